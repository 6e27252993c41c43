import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { REAL_SAMPLES_DIR, realSampleNames } from '../helpers/samples.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'cchc-real-'));
/** Bounded time: the slowest of them takes about 14 s on this machine with other work beside it. */
const LIMIT_MS = 90_000;

describe('cchc extract on the real government PDFs (none holds a score table)', () => {
  it.each(realSampleNames('.pdf'))('reads %s without a crash or a hang and exits 2: no score table found', async (name) => {
    const out = join(dir, `${name}.json`);
    const error = await run('node', [join(ROOT, 'bin/cchc.js'), 'extract', join(REAL_SAMPLES_DIR, name), '--json', out], { cwd: ROOT, timeout: LIMIT_MS })
      .then(() => null, (e: { code: number | null; killed?: boolean; stderr: string }) => e);
    expect(error?.killed, 'killed after the time limit').toBeFalsy();
    expect(error?.code).toBe(2);
    expect(error?.stderr.trim()).toBe(`cchc: ${join(REAL_SAMPLES_DIR, name)}: no score table found`);
    expect(existsSync(out)).toBe(false);
  }, LIMIT_MS + 10_000);
});
