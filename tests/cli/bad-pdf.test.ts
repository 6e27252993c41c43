import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { imagePagePdf, pagelessPdf, passwordPdf } from '../pdf/make-pdf.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'cchc-badpdf-'));
const write = (name: string, bytes: Uint8Array) => { const f = join(dir, name); writeFileSync(f, bytes); return f; };

const cases: [string, () => string, RegExp][] = [
  ['a truncated PDF', () => {
    const whole = readFileSync(join(ROOT, 'fixtures/scanned/clean-s1-s4.pdf'));
    return write('truncated.pdf', whole.subarray(0, whole.length / 2));
  }, /truncated\.pdf: corrupt or truncated PDF/],
  ['an encrypted PDF', () => write('encrypted.pdf', passwordPdf()), /encrypted\.pdf: encrypted PDF/],
  ['a PDF with no pages', () => write('pageless.pdf', pagelessPdf()), /pageless\.pdf: PDF has no pages/],
  ['a 1×1-pixel scan', () => write('dot.pdf', imagePagePdf({
    width: 595, height: 842,
    image: { dict: '/Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8', bytes: new Uint8Array([255]) },
  })), /dot\.pdf: page 1: scan too small to read \(1×1 px\)/],
];

describe('cchc extract on bad PDFs', () => {
  it.each(cases)('exits 2 on %s, naming the file and the reason, and writes nothing', async (_name, make, reason) => {
    const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
    const error = await run('node', [join(ROOT, 'bin/cchc.js'), 'extract', make(), '--json', out], { cwd: ROOT })
      .then(() => null, (e: { code: number; stderr: string }) => e);
    expect(error?.code).toBe(2);
    expect(error?.stderr.trim().split('\n')).toHaveLength(1);
    expect(error?.stderr).toMatch(reason);
    expect(existsSync(out)).toBe(false);
  });
});
