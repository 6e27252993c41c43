import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from '../helpers/paths.ts';

const run = promisify(execFile);

describe('cchc extract --evidence', () => {
  it('exits 2 with one line naming a missing evidence folder, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-evidence-cli-'));
    const out = join(dir, 'out.json');
    const missing = join(dir, 'no-such-folder');
    const error = await run('node', [join(ROOT, 'bin/cchc.js'), 'extract', SEED, '--evidence', missing, '--json', out], { cwd: ROOT })
      .then(() => null, (e: { code: number; stderr: string }) => e);
    expect(error?.code).toBe(2);
    expect(error?.stderr.trim().split('\n')).toHaveLength(1);
    expect(error?.stderr).toContain(`${missing}: evidence folder not found`);
    expect(existsSync(out)).toBe(false);
  });
});
