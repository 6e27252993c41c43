/**
 * `npm run bench:accuracy`: extracts a generated corpus of full-schema scanned reports (seeds
 * that no test tuned on) and prints criterion-row recall, exact max and self scores, citation
 * F1, flag precision and recall, header accuracy, silent errors, seconds per page, peak memory.
 *
 *   npm run bench:accuracy -- [--corpus .cache/bench] [--count 6] [--seed 9001]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateReport } from '../fixtures/generator/index.ts';
import { Truth } from '../fixtures/generator/truth.ts';
import { extractFile } from '../pipelines/extract.ts';
import { createTesseractOcr } from '../src/ocr/index.ts';
import { resolveSchema } from '../src/schema/index.ts';
import { compare, type Score } from './compare.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '.cache/bench' },
    count: { type: 'string', default: '6' },
    seed: { type: 'string', default: '9001' },
  },
});

/** Makes the corpus once (report i from seed S + i, the first one clean); later runs reuse it. */
async function ensureCorpus(dir: string, count: number, seed: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const schema = resolveSchema('thanh-hoa-2018-huyen');
  for (let i = 0; i < count; i++) {
    const name = join(dir, `synthetic-${seed + i}`);
    if (existsSync(`${name}.pdf`)) continue;
    const { truth, pdf } = await generateReport(schema, { seed: seed + i, clean: i === 0 });
    writeFileSync(`${name}.pdf`, pdf);
    writeFileSync(`${name}.truth.json`, JSON.stringify(truth));
  }
  return readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)}%`);

const files = await ensureCorpus(values.corpus, Number(values.count), Number(values.seed));
let peak = 0;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 100);
const ocr = createTesseractOcr();
const scores: Score[] = [];
let pages = 0;
const started = performance.now();
for (const file of files) {
  const truth = Truth.parse(JSON.parse(readFileSync(file.replace(/\.pdf$/, '.truth.json'), 'utf8')));
  const t0 = performance.now();
  const result = await extractFile(file, { ocr });
  const score = compare(result, truth);
  scores.push(score);
  pages += result.source.pages;
  process.stdout.write(`${file}: ${result.source.pages} pages, ${((performance.now() - t0) / 1000 / result.source.pages).toFixed(2)} s/page, `
    + `rows ${score.found}/${score.criteria}, max ${score.maxRight}, self ${score.selfRight}, silent ${score.silent}, `
    + `flags missed [${score.flags.missed.join('; ')}] extra [${score.flags.extra.join('; ')}]\n`);
  for (const s of score.silentIds) process.stdout.write(`  silent: ${s}\n`);
}
const seconds = (performance.now() - started) / 1000;
await ocr.close();
clearInterval(sampler);

const sum = (f: (s: Score) => number) => scores.reduce((a, s) => a + f(s), 0);
const criteria = sum((s) => s.criteria);
const cites = { truth: sum((s) => s.citations.truth), read: sum((s) => s.citations.read), matched: sum((s) => s.citations.matched) };
const citeP = cites.matched / cites.read;
const citeR = cites.matched / cites.truth;
const flags = { truth: sum((s) => s.flags.truth), raised: sum((s) => s.flags.raised), matched: sum((s) => s.flags.matched) };
console.log(`
reports                 ${scores.length} (${pages} pages)
criterion rows found    ${pct(sum((s) => s.found), criteria)}  (${sum((s) => s.found)}/${criteria})
max score exact         ${pct(sum((s) => s.maxRight), criteria)}
self score exact        ${pct(sum((s) => s.selfRight), criteria)}
citations F1            ${(100 * (2 * citeP * citeR) / (citeP + citeR)).toFixed(2)}%  (P ${pct(cites.matched, cites.read)}, R ${pct(cites.matched, cites.truth)})
flags precision         ${pct(flags.matched, flags.raised)}  (LOW_CONFIDENCE not counted)
flags recall            ${pct(flags.matched, flags.truth)}
header number+date      ${sum((s) => (s.headerRight ? 1 : 0))}/${scores.length}
silent errors           ${pct(sum((s) => s.silent), sum((s) => s.values))}  (${sum((s) => s.silent)} of ${sum((s) => s.values)} max+self values wrong without LOW_CONFIDENCE)
seconds per page        ${(seconds / pages).toFixed(2)}
peak memory (RSS)       ${(peak / 2 ** 20).toFixed(0)} MiB`);
