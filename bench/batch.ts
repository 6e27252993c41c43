/**
 * `npm run bench:batch`: pages per minute through the queue with one and with two worker
 * processes on a private Redis, on the same generated reports. Each worker process is given an
 * explicit share of the machine, printed with the figures: one page job at a time and one OCR
 * thread (a tesseract.js worker is single-threaded), i.e. one core's worth of work. So one
 * process is measured against two such processes, not against a pool that already uses every
 * core (`createTesseractOcr` defaults to one thread per core).
 *
 *   npm run bench:batch -- [--reports 10] [--seed 6100] [--concurrency 1] [--ocr-threads 1]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { queueClient, queueConfig, submitFiles, waitForBatch } from '../src/queue/index.ts';
import { openStore } from '../src/store/index.ts';
import { startRedis } from '../tests/helpers/redis.ts';
import { writeSmallReports } from '../tests/helpers/small-reports.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '10' },
    seed: { type: 'string', default: '6100' },
    concurrency: { type: 'string', default: '1' },
    'ocr-threads': { type: 'string', default: '1' },
  },
});
const ROOT = new URL('../', import.meta.url).pathname;
const count = Number(values.reports);
const corpus = join(ROOT, '.cache', 'bench-batch', `${values.seed}-${count}`);
if (!existsSync(corpus) || readdirSync(corpus).length < count) await writeSmallReports(corpus, count, Number(values.seed));
const files = readdirSync(corpus).filter((n) => n.endsWith('.pdf')).sort().map((n) => join(corpus, n));

const redis = await startRedis();
const env = { ...process.env, REDIS_URL: redis.url, CCHC_QUEUE_PREFIX: 'bench' };
const config = queueConfig(env);

function startWorkers(n: number): ChildProcess[] {
  return Array.from({ length: n }, () => spawn('node', [join(ROOT, 'bin/cchc.js'), 'worker', '--concurrency', values.concurrency!, '--ocr-threads', values['ocr-threads']!], { env, stdio: 'ignore' }));
}

async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  await Promise.all(workers.map((w) => new Promise((resolve) => { w.once('exit', resolve); w.kill('SIGTERM'); })));
}

/** One run: `processes` workers, every report submitted at once, timed until the last lands. */
async function measure(processes: number): Promise<{ pages: number; seconds: number; perMinute: number; load: number }> {
  await redis.client.flushall();
  const data = mkdtempSync(join(tmpdir(), 'cchc-bench-batch-'));
  const store = openStore(data);
  const client = queueClient(config);
  const workers = startWorkers(processes);
  try {
    await sleep(3000); // the workers connect and load pdf.js; OCR threads start on the first page
    const load = loadavg()[0]!;
    const started = Date.now();
    const subs = await submitFiles(store, client, files);
    const progress = await waitForBatch(store, client, subs.map((s) => s.report.sha256), { intervalMs: 200 });
    const seconds = (Date.now() - started) / 1000;
    if (progress.reports.failed > 0) throw new Error(`${progress.reports.failed} reports failed`);
    return { pages: progress.pages.done, seconds, perMinute: (progress.pages.done / seconds) * 60, load };
  } finally {
    await stopWorkers(workers);
    await client.close();
    store.close();
    rmSync(data, { recursive: true, force: true });
  }
}

try {
  const share = `each process: ${values.concurrency} page job(s) at a time, ${values['ocr-threads']} OCR thread(s)`;
  console.log(`bench:batch: ${files.length} reports from ${corpus}; ${availableParallelism()} cores; ${share}`);
  const one = await measure(1);
  console.log(`1 worker process : ${one.pages} pages in ${one.seconds.toFixed(1)} s = ${one.perMinute.toFixed(1)} pages/min (load before ${one.load.toFixed(2)})`);
  const two = await measure(2);
  console.log(`2 worker processes: ${two.pages} pages in ${two.seconds.toFixed(1)} s = ${two.perMinute.toFixed(1)} pages/min (load before ${two.load.toFixed(2)})`);
  console.log(`speed-up: ${(two.perMinute / one.perMinute).toFixed(2)}× (target ≥ 1.7×)`);
} finally {
  await redis.stop();
}
