/**
 * Character error rate of the OCR stage on the two real page images that come with their true
 * text (../shared/samples/real/va_4_*.jpg), side by side with native `tesseract -l vie` on the
 * same images. Ours reads through `readPageText` (enlarged to 300 dpi, deskewed, binarised,
 * cut into blocks, two-column blocks read column by column, tesseract.js best_int LSTM).
 *
 *   npm run bench:ocr            (needs Debian tesseract-ocr and tesseract-ocr-vie for the native side)
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadFirstPage, readPageText } from '../src/header/index.ts';
import { createTesseractOcr } from '../src/ocr/index.ts';
import { nfc } from '../src/text/index.ts';

const SAMPLES = fileURLToPath(new URL('../../shared/samples/real/', import.meta.url));
const PAGES = ['va_4_1.jpg', 'va_4_2.jpg'];
const run = promisify(execFile);

/** Whitespace runs count as one space: line breaks and column order are layout, not characters. */
const normalise = (text: string) => nfc(text).replace(/\s+/g, ' ').trim();

/** Levenshtein distance over UTF-16 code units of NFC strings (Vietnamese letters are one unit each). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

const cer = (read: string, truth: string) => distance(normalise(read), normalise(truth)) / normalise(truth).length;

async function native(file: string): Promise<string | null> {
  try {
    const { stdout } = await run('tesseract', [file, '-', '-l', 'vie'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 16 << 20 });
    return stdout;
  } catch {
    return null;
  }
}

const ocr = createTesseractOcr({ workers: 1 });
const rows: string[] = [];
let oursTotal = 0, nativeTotal = 0, truthTotal = 0;
try {
  for (const name of PAGES) {
    const file = join(SAMPLES, name);
    const truth = readFileSync(join(SAMPLES, name.replace('.jpg', '_gt.txt')), 'utf8');
    const started = Date.now();
    const ours = await readPageText(await loadFirstPage(file), ocr);
    const seconds = (Date.now() - started) / 1000;
    const theirs = await native(file);
    const n = normalise(truth).length;
    oursTotal += cer(ours, truth) * n;
    truthTotal += n;
    if (theirs !== null) nativeTotal += cer(theirs, truth) * n;
    rows.push(`${name.padEnd(12)} ${String(n).padStart(6)}  ${(cer(ours, truth) * 100).toFixed(2).padStart(8)} %  ${theirs === null ? '   (none)' : `${(cer(theirs, truth) * 100).toFixed(2).padStart(8)} %`}  ${seconds.toFixed(1)} s`);
  }
} finally {
  await ocr.close();
}
const haveNative = rows.every((r) => !r.includes('(none)'));
process.stdout.write([
  'Character error rate against the *_gt.txt files (whitespace runs as one space)',
  `${'page'.padEnd(12)} ${'chars'.padStart(6)}  ${'cchc'.padStart(10)}  ${'tesseract -l vie'.padStart(10)}  cchc time`,
  ...rows,
  `${'all'.padEnd(12)} ${String(truthTotal).padStart(6)}  ${((oursTotal / truthTotal) * 100).toFixed(2).padStart(8)} %  ${haveNative ? `${((nativeTotal / truthTotal) * 100).toFixed(2).padStart(8)} %` : '   (none)'}`,
  haveNative ? '' : 'native tesseract not found: apt-get install tesseract-ocr tesseract-ocr-vie',
].join('\n') + '\n');
