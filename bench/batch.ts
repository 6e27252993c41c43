/**
 * `npm run bench:batch`: pages per minute through the queue with one and with two worker
 * processes on a private Redis, on the same generated reports. Each worker process is given an
 * explicit share of the machine, printed with the figures: one page job at a time, one OCR
 * thread (a tesseract.js worker is single-threaded), and one core of its own (`taskset -c i`).
 * So one process is measured against two such processes, as one single-core host against two,
 * not against a pool that already uses every core (`createTesseractOcr` defaults to one thread
 * per core). Unpinned, one process takes about 1.2 cores (its main thread's image work runs
 * beside its OCR thread, libvips and the GC have threads of their own), so on this 2-core
 * machine two processes could never give more than 2 / 1.2 of one: that measures the machine,
 * not how the queue scales. `--no-pin` runs them unpinned.
 *
 * The machine may be shared: each configuration runs `--rounds` times, alternating, and the
 * best round counts; every round also prints the CPU time its workers got (cores obtained), so
 * a low speed-up caused by other load shows as fewer cores rather than passing for our own.
 *
 * Before each round it waits (up to --idle-wait seconds) for the machine to be idle, i.e. at
 * least 80% of every core free over 5 s.
 *
 *   npm run bench:batch -- [--reports 10] [--seed 6100] [--concurrency 1] [--ocr-threads 1] [--rounds 2] [--idle-wait 300] [--no-pin]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
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
    rounds: { type: 'string', default: '2' },
    'idle-wait': { type: 'string', default: '300' },
    'no-pin': { type: 'boolean', default: false },
  },
});
const pin = !values['no-pin'] && availableParallelism() >= 2;
const ROOT = new URL('../', import.meta.url).pathname;
const count = Number(values.reports);
const corpus = join(ROOT, '.cache', 'bench-batch', `${values.seed}-${count}`);
if (!existsSync(corpus) || readdirSync(corpus).length < count) await writeSmallReports(corpus, count, Number(values.seed));
const files = readdirSync(corpus).filter((n) => n.endsWith('.pdf')).sort().map((n) => join(corpus, n));

const redis = await startRedis();
const env = { ...process.env, REDIS_URL: redis.url, CCHC_QUEUE_PREFIX: 'bench' };
const config = queueConfig(env);

/** When each worker logged a finished page: how long one of two processes sat idle at the end shows. */
const pageEnds = new Map<ChildProcess, number[]>();

function startWorkers(n: number): ChildProcess[] {
  return Array.from({ length: n }, (_, i) => {
    const command = ['node', join(ROOT, 'bin/cchc.js'), 'worker', '--concurrency', values.concurrency!, '--ocr-threads', values['ocr-threads']!];
    const [file, ...args] = pin ? ['taskset', '-c', String(i), ...command] : command;
    const child = spawn(file!, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const ends: number[] = [];
    pageEnds.set(child, ends);
    // Each worker's log is kept (`.cache/bench-batch/worker-<i>.log`): a stuck batch shows where it stopped.
    const log = createWriteStream(join(ROOT, '.cache', 'bench-batch', `worker-${i}.log`), { flags: 'a' });
    child.stderr!.on('data', (b: Buffer) => {
      log.write(b);
      for (const line of b.toString().split('\n')) if (line.startsWith('page ')) ends.push(Date.now());
    });
    child.once('exit', () => log.end());
    return child;
  });
}

/** The share of all cores left idle over `ms` (from /proc/stat). */
async function idleShare(ms: number): Promise<number> {
  const read = () => readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const a = read();
  await sleep(ms);
  const b = read();
  const delta = b.map((v, i) => v - a[i]!);
  const total = delta.reduce((x, y) => x + y, 0);
  return total > 0 ? (delta[3]! + delta[4]!) / total : 1; // idle + iowait
}

/** Waits until the machine is idle, up to `seconds`; returns the idle share it started with. */
async function waitForIdle(seconds: number): Promise<number> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const idle = await idleShare(5000);
    if (idle >= 0.8 || Date.now() > end) return idle;
  }
}

/** CPU seconds a process has used, all its threads (OCR included): utime + stime of /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // fields 14 and 15, in USER_HZ (100 on Linux)
}

async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  await Promise.all(workers.map((w) => new Promise((resolve) => { w.once('exit', resolve); w.kill('SIGTERM'); })));
}

/** One run: `processes` workers, every report submitted at once, timed until the last lands. */
interface Round { processes: number; pages: number; seconds: number; perMinute: number; cores: number; idle: number; submitter: number; redis: number; tail: number }

async function measure(processes: number): Promise<Round> {
  await redis.client.flushall();
  const data = mkdtempSync(join(tmpdir(), 'cchc-bench-batch-'));
  const store = openStore(data);
  const client = queueClient(config);
  const workers = startWorkers(processes);
  try {
    await sleep(3000); // the workers connect; pdf.js and the OCR thread start on each one's first page, inside the timed run
    const idle = await waitForIdle(Number(values['idle-wait']));
    const cpuBefore = workers.reduce((sum, w) => sum + cpuSeconds(w.pid!), 0);
    // What the rest of the batch costs beside the workers: this process (submits, collects every 200 ms) and Redis.
    const submitterBefore = process.cpuUsage();
    const redisBefore = cpuSeconds(redis.pid);
    const started = Date.now();
    const subs = await submitFiles(store, client, files);
    const progress = await waitForBatch(store, client, subs.map((s) => s.report.sha256), { intervalMs: 200 });
    const seconds = (Date.now() - started) / 1000;
    const cores = (workers.reduce((sum, w) => sum + cpuSeconds(w.pid!), 0) - cpuBefore) / seconds;
    const used = process.cpuUsage(submitterBefore);
    const submitter = (used.user + used.system) / 1e6 / seconds;
    const redisCores = (cpuSeconds(redis.pid) - redisBefore) / seconds;
    const lastPages = workers.map((w) => Math.max(...pageEnds.get(w)!));
    const tail = (Math.max(...lastPages) - Math.min(...lastPages)) / 1000;
    if (progress.reports.failed > 0) throw new Error(`${progress.reports.failed} reports failed`);
    return { processes, pages: progress.pages.done, seconds, perMinute: (progress.pages.done / seconds) * 60, cores, idle, submitter, redis: redisCores, tail };
  } finally {
    await stopWorkers(workers);
    await client.close();
    store.close();
    rmSync(data, { recursive: true, force: true });
  }
}

const perPage = (r: Round, cores: number) => `${Math.round((cores * r.seconds * 1000) / r.pages)} ms`;
const show = (r: Round) => `${r.processes} worker process${r.processes > 1 ? 'es' : ''}: ${r.pages} pages in ${r.seconds.toFixed(1)} s = ${r.perMinute.toFixed(1)} pages/min; workers got ${r.cores.toFixed(2)} cores, submitter ${r.submitter.toFixed(3)}, Redis ${r.redis.toFixed(3)}; CPU per page: workers ${perPage(r, r.cores)}, submitter ${perPage(r, r.submitter)}, Redis ${perPage(r, r.redis)}${r.processes > 1 ? `; one process idle for the last ${r.tail.toFixed(1)} s` : ''} (machine ${Math.round(r.idle * 100)}% idle before)`;

try {
  const share = `each process: ${values.concurrency} page job(s) at a time, ${values['ocr-threads']} OCR thread(s), ${pin ? 'a core of its own (taskset)' : 'not pinned to a core'}`;
  console.log(`bench:batch: ${files.length} reports from ${corpus}; ${availableParallelism()} cores; ${share}`);
  const best = new Map<number, Round>();
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const processes of [1, 2]) {
      const r = await measure(processes);
      console.log(`  round ${round + 1}, ${show(r)}`);
      if (r.perMinute > (best.get(processes)?.perMinute ?? 0)) best.set(processes, r);
    }
  }
  const one = best.get(1)!, two = best.get(2)!;
  console.log(`best of ${values.rounds}:\n  ${show(one)}\n  ${show(two)}`);
  console.log(`speed-up: ${(two.perMinute / one.perMinute).toFixed(2)}× (target ≥ 1.7×); per core obtained: ${(one.perMinute / one.cores).toFixed(1)} and ${(two.perMinute / two.cores).toFixed(1)} pages/min`);
} finally {
  await redis.stop();
}
