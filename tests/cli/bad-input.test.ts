import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'cchc-bad-'));

/** Runs `cchc extract <file> --json <out>` and returns exit code, stderr and whether out was written. */
async function extract(file: string) {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  try {
    await run('node', [join(ROOT, 'bin/cchc.js'), 'extract', file, '--json', out], { cwd: ROOT });
    return { code: 0, stderr: '', written: existsSync(out) };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr, written: existsSync(out) };
  }
}

const cases: [string, () => string, RegExp][] = [
  ['a missing file', () => join(dir, 'missing.txt'), /missing\.txt: file not found/],
  ['an empty file', () => { const f = join(dir, 'empty.txt'); writeFileSync(f, ''); return f; }, /empty\.txt: empty file/],
  ['a binary file', () => { const f = join(dir, 'image.bin'); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0xff, 0xfe, 0x00, 0x13])); return f; }, /image\.bin: binary file/],
  ['a text file with no score table', () => { const f = join(dir, 'letter.txt'); writeFileSync(f, 'Kính gửi: Sở Nội vụ\nUBND huyện Nga Sơn báo cáo như sau.\n1. Tình hình chung\n'); return f; }, /letter\.txt: no score table found/],
];

describe('cchc extract on bad input', () => {
  it.each(cases)('exits 2 on %s with one line naming the file and the reason, and writes nothing', async (_name, make, reason) => {
    const result = await extract(make());
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(reason);
    expect(result.written).toBe(false);
  });
});
