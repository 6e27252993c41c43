import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../pipelines/extract.ts';
import { createTesseractOcr, OcrError, type OcrEngine } from '../../src/ocr/index.ts';
import { collectOnce, queueClient, queueConfig, startWorker, submitFiles, waitForBatch, type QueueClient } from '../../src/queue/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { passwordPdf } from '../pdf/make-pdf.ts';
import { startRedis, type TestRedis } from '../helpers/redis.ts';
import { writeSmallReports } from '../helpers/small-reports.ts';

let redis: TestRedis;
let dir: string;
let store: Store;
let client: QueueClient;

beforeAll(async () => {
  redis = await startRedis();
  dir = mkdtempSync(join(tmpdir(), 'cchc-queue-'));
  store = openStore(join(dir, 'data'));
  client = queueClient(queueConfig({ REDIS_URL: redis.url, CCHC_QUEUE_PREFIX: 'unit' }));
});
afterAll(async () => {
  await client.close();
  store.close();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('submitting to the queue', () => {
  it('records and queues a file once, whatever it is called, with its sha256 as the job id', async () => {
    const a = file('a.pdf', '%PDF-1.4 same bytes');
    const b = file('b.pdf', '%PDF-1.4 same bytes');
    const [first, second] = await submitFiles(store, client, [a, b]);
    expect(first!.created).toBe(true);
    expect(second!.created).toBe(false);
    expect(second!.report.sha256).toBe(first!.report.sha256);
    expect((await client.reportJob(first!.report.sha256))?.id).toBe(first!.report.sha256);
    expect((await redis.client.keys('unit:reports:*')).filter((k) => /^unit:reports:[0-9a-f]{64}$/.test(k))).toHaveLength(1);
    await client.forget(first!.report.sha256);
  });

  it('queues again from the store a pending report that Redis lost', async () => {
    const [s] = await submitFiles(store, client, [file('lost.pdf', '%PDF-1.4 lost')]);
    await redis.client.flushall();
    expect(await client.reportJob(s!.report.sha256)).toBeUndefined();
    const progress = await collectOnce(store, client, [s!.report.sha256]);
    expect(progress.requeued).toBe(1);
    expect(await (await client.reportJob(s!.report.sha256))?.getState()).toBe('waiting');
    expect(await redis.client.exists(`unit:pdf:${s!.report.sha256}`)).toBe(1);
    await client.forget(s!.report.sha256);
  });

  it('fails a corrupt or non-PDF file once, with its reason, and does not retry it', async () => {
    const config = queueConfig({ REDIS_URL: redis.url, CCHC_QUEUE_PREFIX: 'unit' });
    const worker = startWorker(config, { concurrency: 1, ocrThreads: 1, log: () => undefined });
    try {
      const encrypted = join(dir, 'khóa.pdf');
      writeFileSync(encrypted, passwordPdf());
      const subs = await submitFiles(store, client, [file('broken.pdf', '%PDF-1.7\ngarbage'), file('letter.pdf', 'Kính gửi: Sở Nội vụ'), encrypted]);
      const progress = await waitForBatch(store, client, subs.map((s) => s.report.sha256), { intervalMs: 100 });
      expect(progress.reports).toEqual({ total: 3, done: 0, failed: 3 });
      const [broken, letter, locked] = subs.map((s) => store.getReport(s.report.sha256)!);
      expect(broken!.failure).toEqual({ code: 'CORRUPT', reason: expect.stringMatching(/^broken\.pdf: corrupt or truncated PDF/), attempts: 1 });
      expect(letter!.failure).toEqual({ code: 'NOT_PDF', reason: 'letter.pdf: not a PDF file', attempts: 1 });
      expect(locked!.failure).toEqual({ code: 'ENCRYPTED', reason: 'khóa.pdf: encrypted PDF (password required)', attempts: 1 });
      // Collected reports leave nothing in Redis but the queues' own bookkeeping.
      expect(await redis.client.keys('unit:pdf:*')).toEqual([]);
      expect(await client.reportJob(broken!.sha256)).toBeUndefined();
    } finally {
      await worker.close();
    }
  });

  it('abandons a page stuck past its deadline, starts the OCR afresh, and reads the page again', async () => {
    const [pdf] = await writeSmallReports(join(dir, 'stuck'), 1, 4401);
    // The first engine never answers (a wedged OCR thread); the ones made after it are real.
    const stuck: OcrEngine = { recognize: () => new Promise(() => undefined), close: async () => undefined };
    const engines: OcrEngine[] = [];
    const newOcr = () => {
      const engine = engines.length === 0 ? stuck : createTesseractOcr({ workers: 1 });
      engines.push(engine);
      return engine;
    };
    const config = queueConfig({ REDIS_URL: redis.url, CCHC_QUEUE_PREFIX: 'unit' });
    const lines: string[] = [];
    const worker = startWorker(config, { concurrency: 1, ocrThreads: 1, newOcr, pageDeadlineMs: 15_000, log: (line) => lines.push(line) });
    try {
      const [s] = await submitFiles(store, client, [pdf!]);
      const progress = await waitForBatch(store, client, [s!.report.sha256], { intervalMs: 200 });
      expect(progress.reports).toEqual({ total: 1, done: 1, failed: 0 });
      expect(engines).toHaveLength(2);
      expect(lines).toContainEqual(expect.stringMatching(/^report-4401\.pdf page \d+: stuck past its deadline/));
      expect(lines).toContainEqual(expect.stringMatching(/^page \S+-p\d+ failed \(attempt 1\): report-4401\.pdf page \d+: not read after 15 s/));
      const expected = await extractFile(pdf!, { ocr: engines[1]! });
      expect(store.resultOf(s!.report.sha256)).toEqual(expected);
    } finally {
      await worker.close();
    }
  }, 120_000);

  it('does not leave a report waiting on a page that fails every attempt: the report reads it itself, then fails with its error', async () => {
    const [pdf] = await writeSmallReports(join(dir, 'failing'), 1, 4400);
    const broken: OcrEngine = { recognize: async () => { throw new OcrError('OCR_CRASH', 'tesseract worker died'); }, close: async () => undefined };
    const config = queueConfig({ REDIS_URL: redis.url, CCHC_QUEUE_PREFIX: 'unit' });
    const lines: string[] = [];
    const worker = startWorker(config, { concurrency: 2, ocrThreads: 1, newOcr: () => broken, log: (line) => lines.push(line) });
    try {
      const [s] = await submitFiles(store, client, [pdf!]);
      const progress = await waitForBatch(store, client, [s!.report.sha256], { intervalMs: 200 });
      expect(progress.reports.failed).toBe(1);
      expect(store.getReport(s!.report.sha256)!.failure).toEqual({ code: 'FAILED', reason: 'report-4400.pdf: tesseract worker died', attempts: 3 });
      // Each page job had its 3 attempts before the report job took over.
      expect(lines.filter((l) => /^page \S+-p1 failed/.test(l))).toHaveLength(3);
    } finally {
      await worker.close();
    }
  }, 60_000);
});
