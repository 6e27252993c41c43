/**
 * The whole queue, as a province's batch goes through it: 27 small generated reports and one
 * corrupt PDF, `cchc ingest --wait` with two worker processes on a private Redis; one worker is
 * SIGKILLed mid-page and Redis is flushed once. Every report must land in the store exactly
 * once, equal to what in-process `extract` reads, and the corrupt file must fail alone.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../pipelines/extract.ts';
import type { ExtractionResult } from '../../src/contract/index.ts';
import { createTesseractOcr } from '../../src/ocr/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { run, type Proc } from '../helpers/cchc.ts';
import { startRedis, type TestRedis } from '../helpers/redis.ts';
import { writeSmallReports } from '../helpers/small-reports.ts';

const REPORTS = 27;

async function until(what: string, test: () => boolean | Promise<boolean>, timeoutMs = 600_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

let redis: TestRedis;
let dir: string;
let files: string[];
const workers: Proc[] = [];
const expected = new Map<string, ExtractionResult>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-batch-'));
  files = await writeSmallReports(join(dir, 'in'), REPORTS, 4100);
  writeFileSync(join(dir, 'in', 'report-broken.pdf'), readFileSync(files[0]!).subarray(0, 600));
  const started = Date.now();
  const ocr = createTesseractOcr({ workers: 2 });
  try {
    for (const file of files) {
      const result = await extractFile(file, { ocr });
      expected.set(result.source.sha256, result);
    }
  } finally {
    await ocr.close();
  }
  console.log(`in-process extract of ${REPORTS} reports: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  redis = await startRedis();
}, 900_000);

afterAll(async () => {
  for (const w of workers) w.child.kill('SIGKILL');
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a batch through the queue', () => {
  it('lands every report once, equal to extract, through a killed worker and a Redis flush; the corrupt file fails alone', async () => {
    const started = Date.now();
    const env = { REDIS_URL: redis.url, CCHC_LOCK_MS: '16000', CCHC_STALLED_MS: '3000' };
    const worker = () => { const w = run(['worker', '--concurrency', '2', '--ocr-threads', '1'], env); workers.push(w); return w; };
    const [victim] = [worker(), worker()];
    const data = join(dir, 'data');
    const ingest = run(['ingest', join(dir, 'in'), '--wait', '--data', data], env);

    // Mid-page: the victim has finished pages and, with a full queue, holds two more.
    await until('the first worker to read pages', () => (victim!.out().match(/^page /gm) ?? []).length >= 3);
    victim!.child.kill('SIGKILL');
    worker();

    await until('the store to exist', () => existsSync(join(data, 'store.sqlite')) && /queued/.test(ingest.out()));
    const store: Store = openStore(data);
    try {
      // The victim's pages come back once its locks lapse (16 s); the flush must come after, or
      // Redis would forget those pages before any worker saw them stall.
      await until('a stalled page to go back to the queue', () => workers.slice(1).some((w) => /stalled \(its worker stopped/.test(w.out())));
      await until('some reports to land', () => store.listReports({ status: 'done' }).length >= 8);
      const pendingAtFlush = store.pending().length;
      await redis.client.flushall();
      const code = await ingest.exited;
      const elapsed = (Date.now() - started) / 1000;
      console.log(`queue run: ${elapsed.toFixed(0)} s; ${pendingAtFlush} reports pending at the flush\n${ingest.out()}`);

      expect(pendingAtFlush).toBeGreaterThan(1);
      expect(code).toBe(2);
      // The page the victim held went back to the queue and another worker read it.
      expect(workers.slice(1).some((w) => /stalled \(its worker stopped/.test(w.out()))).toBe(true);

      const reports = store.listReports();
      expect(reports).toHaveLength(REPORTS + 1);
      const failed = reports.filter((r) => r.status === 'failed');
      expect(failed.map((r) => [r.file, r.failure?.code, r.failure?.attempts])).toEqual([['report-broken.pdf', 'CORRUPT', 1]]);
      expect(failed[0]!.failure?.reason).toMatch(/^report-broken\.pdf: corrupt or truncated PDF/);

      const done = reports.filter((r) => r.status === 'done');
      expect(done.map((r) => r.sha256).sort()).toEqual([...expected.keys()].sort());
      for (const report of done) {
        const result = store.resultOf(report.sha256);
        expect(result, report.file).toEqual(expected.get(report.sha256));
        expect(store.flagsOf(report.sha256)).toHaveLength(result!.flags.length);
      }
      expect(ingest.out()).toMatch(/28 reports: 27 done, 1 failed, 0 pending/);
      expect(ingest.out()).toMatch(/\d+ reports were queued again from the store: Redis had lost them/);
      // Redis keeps nothing of a finished batch but the queues' bookkeeping.
      expect(await redis.client.keys('cchc:pdf:*')).toEqual([]);

      // SIGTERM stops the survivors cleanly; their image work never blocked lock renewal (every 8 s here).
      const survivors = workers.slice(1);
      for (const w of survivors) w.child.kill('SIGTERM');
      expect(await Promise.all(survivors.map((w) => w.exited))).toEqual([0, 0]);
      const stalls = survivors.map((w) => Number(w.out().match(/longest event-loop stall (\d+) ms/)?.[1]));
      console.log(`longest event-loop stalls: ${stalls.join(', ')} ms`);
      for (const stall of stalls) expect(stall).toBeLessThan(8000);
    } finally {
      store.close();
    }
  }, 900_000);
});
