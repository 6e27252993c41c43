/**
 * `npm run bench:speed`: times `cchc extract` (in its own process, as a user runs it) on a
 * generated 20-page scanned report against native `tesseract -l vie` (Debian tesseract-ocr-vie)
 * doing plain full-page OCR of the same page images at its best on this machine
 * (OMP_THREAD_LIMIT=1, one process per core), in the same run, and prints the ratio and our
 * peak memory.
 *
 *   npm run bench:speed -- [--seed 9201] [--pages 20] [--rounds 2]
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { generateReport } from '../fixtures/generator/index.ts';
import { ExtractionResult } from '../src/contract/index.ts';
import { toSharp } from '../src/image/index.ts';
import { openPdf, readPage } from '../src/pdf/index.ts';
import { resolveSchema } from '../src/schema/index.ts';

const run = promisify(execFile);
const { values } = parseArgs({ options: { seed: { type: 'string', default: '9201' }, pages: { type: 'string', default: '20' }, rounds: { type: 'string', default: '2' } } });

/** A full report of exactly `pages` pages (the first seed from --seed that gives that many), and its page images. */
async function makeReport(dir: string, pages: number): Promise<{ pdf: string; images: string[] }> {
  const schema = resolveSchema('thanh-hoa-2018-huyen');
  let seed = Number(values.seed);
  for (;;) {
    const { pdf, truth } = await generateReport(schema, { seed, clean: false });
    if (truth.pages.length === pages) {
      const file = join(dir, `report-${seed}.pdf`);
      writeFileSync(file, pdf);
      const doc = await openPdf(pdf, file);
      const images: string[] = [];
      for (let n = 1; n <= doc.pageCount; n++) {
        const page = await readPage(doc, n);
        if (page.kind !== 'image') throw new Error(`page ${n} is not a scan`);
        const png = join(dir, `page-${String(n).padStart(2, '0')}.png`);
        await toSharp(page.image).withMetadata({ density: page.dpi }).png().toFile(png);
        images.push(png);
      }
      await doc.destroy();
      return { pdf: file, images };
    }
    if (++seed > Number(values.seed) + 40) throw new Error(`no report of ${pages} pages in 40 seeds`);
  }
}

async function nativeTesseract(images: string[]): Promise<number> {
  const started = performance.now();
  const queue = [...images];
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  await Promise.all(Array.from({ length: availableParallelism() }, async () => {
    for (let image = queue.shift(); image; image = queue.shift()) {
      await run('tesseract', [image, '-', '-l', 'vie'], { env, maxBuffer: 1 << 24 });
    }
  }));
  return (performance.now() - started) / 1000;
}

/**
 * Runs `cchc extract` as a user does (its own process, its startup included) and samples the
 * process's resident memory every 100 ms: its seconds, its peak RSS and the result it wrote.
 */
async function cchcExtract(pdf: string, out: string): Promise<{ seconds: number; peak: number; result: ExtractionResult }> {
  const started = performance.now();
  const child = execFile(process.execPath, [fileURLToPath(new URL('../bin/cchc.js', import.meta.url)), 'extract', pdf, '--json', out], { maxBuffer: 1 << 24 });
  let peak = 0;
  const sampler = setInterval(() => {
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSafe(`/proc/${child.pid}/status`))?.[1];
    if (rss) peak = Math.max(peak, Number(rss) * 1024);
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`cchc extract ${pdf} exited with ${code}`);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, peak, result: ExtractionResult.parse(JSON.parse(readFileSync(out, 'utf8'))) };
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // the process has just ended
  }
}

// `cchc` runs its bundle only when that is newer than every source (bin/cchc.js): build it, so
// that what is timed is what a user who ran `npm ci` runs.
await run('npm', ['run', 'build', '--silent'], { cwd: fileURLToPath(new URL('..', import.meta.url)) });
const dir = mkdtempSync(join(tmpdir(), 'cchc-speed-'));
mkdirSync(dir, { recursive: true });
const pages = Number(values.pages);
const { pdf, images } = await makeReport(dir, pages);
// Each is timed `rounds` times, in turn, and its fastest run taken: what another process on this
// shared machine does to one run (seen: ±3 s) counts against neither.
let native = Infinity;
let ours = Infinity;
let peak = 0;
let result: ExtractionResult | undefined;
for (let round = 0; round < Number(values.rounds); round++) {
  native = Math.min(native, await nativeTesseract(images));
  const run = await cchcExtract(pdf, join(dir, 'out.json'));
  ours = Math.min(ours, run.seconds);
  peak = Math.max(peak, run.peak);
  result = run.result;
}
if (!result) throw new Error('--rounds must be 1 or more');
const oursPerPage = ours / result.source.pages;
const nativePerPage = native / pages;
console.log(`
pages                     ${result.source.pages} (native: ${pages} page images, ${availableParallelism()} processes, OMP_THREAD_LIMIT=1; fastest of ${values.rounds} runs each)
native tesseract -l vie   ${native.toFixed(1)} s, ${nativePerPage.toFixed(2)} s/page
cchc extract              ${ours.toFixed(1)} s, ${oursPerPage.toFixed(2)} s/page (${result.criteria.length} criteria, ${result.flags.length} flags; its own process)
ratio (ours / native)     ${(oursPerPage / nativePerPage).toFixed(2)}
peak memory (RSS)         ${(peak / 2 ** 20).toFixed(0)} MiB`);
