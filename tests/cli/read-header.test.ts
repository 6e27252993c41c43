import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'cchc-header-'));

async function readHeader(file: string) {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  try {
    await run('node', [join(ROOT, 'bin/cchc.js'), 'read-header', file, '--json', out], { cwd: ROOT });
    return { code: 0, stderr: '', written: existsSync(out) };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr, written: existsSync(out) };
  }
}

const cases: [string, () => string, RegExp][] = [
  ['a missing file', () => join(dir, 'missing.pdf'), /missing\.pdf: file not found/],
  ['an empty file', () => { const f = join(dir, 'empty.pdf'); writeFileSync(f, ''); return f; }, /empty\.pdf: empty file/],
  ['a text file', () => { const f = join(dir, 'note.txt'); writeFileSync(f, 'Kính gửi: Sở Nội vụ\n'); return f; }, /note\.txt: neither a PDF nor an image/],
  ['a truncated PDF', () => { const f = join(dir, 'cut.pdf'); writeFileSync(f, '%PDF-1.4\n1 0 obj\n<<'); return f; }, /cut\.pdf: /],
];

describe('cchc read-header on bad input', () => {
  it.each(cases)('exits 2 on %s with one line naming the file and the reason, and writes nothing', async (_name, make, reason) => {
    const result = await readHeader(make());
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(reason);
    expect(result.written).toBe(false);
  });
});
