/**
 * `--schema`, `--no-schema` and `--evidence` in queue mode, and `cchc retry`: the reading options
 * travel with the report (the schema in the job, the attached documents' bytes through Redis and
 * the store), results equal in-process `extract` with the same options, and a retried report is
 * read as first submitted. Two small generated reports, worker processes on a private Redis.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEvidence, writeEvidenceFolder } from '../../fixtures/generator/evidence.ts';
import { generateReport, subSchema } from '../../fixtures/generator/index.ts';
import { extractFile } from '../../pipelines/extract.ts';
import type { ExtractionResult } from '../../src/contract/index.ts';
import { createTesseractOcr, OcrError, type OcrEngine } from '../../src/ocr/index.ts';
import { collectOnce, queueClient, queueConfig, startWorker, submitFiles, type QueueClient } from '../../src/queue/index.ts';
import { resolveSchema } from '../../src/schema/index.ts';
import { openReadings, openStore, type Store } from '../../src/store/index.ts';
import { run, type Proc } from '../helpers/cchc.ts';
import { startRedis, type TestRedis } from '../helpers/redis.ts';

const readdirSorted = (folder: string) => readdirSync(folder).sort();

let redis: TestRedis;
let env: NodeJS.ProcessEnv;
let dir: string;
const processes: Proc[] = [];
/** Report A, in `in/` with its evidence folder `in/a/`, and a schema file with its sections only. */
let reportA: string, evidenceA: string, schemaFile: string, expectedA: ExtractionResult;
/** Report B, with an empty evidence folder (every citation then lacks its document). */
let reportB: string, emptyEvidence: string, expectedB: ExtractionResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-queue-options-'));
  const base = resolveSchema('thanh-hoa-2018-huyen');
  const a = await generateReport(base, { seed: 4701, sections: ['6'], dpi: 150, orientation: 'portrait' });
  mkdirSync(join(dir, 'in'));
  reportA = join(dir, 'in', 'a.pdf');
  writeFileSync(reportA, a.pdf);
  evidenceA = join(dir, 'in', 'a');
  writeEvidenceFolder(evidenceA, await generateEvidence(a.truth.criteria, a.truth.document.unit, { seed: 4701, missing: 1, redated: 1, extra: 1, dpi: 150 }));
  schemaFile = join(dir, 'section-6.json');
  writeFileSync(schemaFile, JSON.stringify(subSchema(base, ['6'])));
  const b = await generateReport(base, { seed: 4702, sections: ['3'], dpi: 150, orientation: 'portrait' });
  reportB = join(dir, 'b.pdf');
  writeFileSync(reportB, b.pdf);
  emptyEvidence = join(dir, 'nothing-attached');
  mkdirSync(emptyEvidence);

  const started = Date.now();
  const ocr = createTesseractOcr({ workers: 2 });
  try {
    expectedA = await extractFile(reportA, { schema: resolveSchema(schemaFile), evidence: evidenceA, ocr });
    expectedB = await extractFile(reportB, { schema: null, evidence: emptyEvidence, ocr });
  } finally {
    await ocr.close();
  }
  console.log(`in-process extract of A and B: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  redis = await startRedis();
  env = { REDIS_URL: redis.url, CCHC_DATA: join(dir, 'data') };
}, 900_000);

afterAll(async () => {
  for (const p of processes) p.child.kill('SIGKILL');
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const worker = () => {
  const w = run(['worker', '--concurrency', '2', '--ocr-threads', '1'], env);
  processes.push(w);
  return w;
};
const stop = async (w: Proc) => {
  w.child.kill('SIGTERM');
  expect(await w.exited).toBe(0);
};
const withStore = <T>(use: (store: Store) => T): T => {
  const store = openStore(join(dir, 'data'));
  try {
    return use(store);
  } finally {
    store.close();
  }
};

describe('reading options in queue mode', () => {
  it('says what the expected results hold: A its own schema and evidence flags, B no schema and every citation unattached', () => {
    expect(expectedA.schema?.id).toBe('thanh-hoa-2018-huyen-s6');
    expect(expectedA.flags.filter((f) => f.code.startsWith('EVIDENCE_')).map((f) => f.code).sort()).toEqual(expect.arrayContaining(['EVIDENCE_MISMATCH', 'EVIDENCE_NOT_ATTACHED', 'EVIDENCE_UNUSED']));
    expect(expectedB.schema).toBeNull();
    const citations = expectedB.criteria.reduce((n, c) => n + c.references.length, 0);
    expect(citations).toBeGreaterThan(0);
    expect(expectedB.flags.filter((f) => f.code === 'EVIDENCE_NOT_ATTACHED')).toHaveLength(citations);
  });

  it('refuses --evidence <dir> with two PDFs, and an ingest --evidence where a report lacks its folder, recording nothing', async () => {
    const two = run(['submit', reportA, reportB, '--evidence', evidenceA], env);
    expect(await two.exited).toBe(2);
    expect(two.out()).toMatch(/--evidence .*one PDF .*\(2 given\)/);
    mkdirSync(join(dir, 'half'));
    writeFileSync(join(dir, 'half', 'a.pdf'), readFileSync(reportA));
    mkdirSync(join(dir, 'half', 'a'));
    writeFileSync(join(dir, 'half', 'b.pdf'), readFileSync(reportB));
    const half = run(['ingest', join(dir, 'half'), '--evidence'], env);
    expect(await half.exited).toBe(2);
    expect(half.out().trim()).toBe(`cchc: ${join(dir, 'half', 'b')}: evidence folder not found`);
    expect(withStore((s) => s.listReports())).toEqual([]);
    // Nothing was queued: no PDF, no attached document, no job (BullMQ's queue metadata aside).
    expect((await redis.client.keys('cchc:*')).filter((k) => !k.endsWith(':meta'))).toEqual([]);
  });

  it('reads a report ingested with --schema <file> and --evidence as extract does with the same options', async () => {
    const w = worker();
    const ingest = run(['ingest', join(dir, 'in'), '--evidence', '--schema', schemaFile, '--wait'], env);
    expect(await ingest.exited, ingest.out()).toBe(0);
    await stop(w);
    const result = withStore((s) => s.resultOf(expectedA.source.sha256));
    expect(result).toEqual(expectedA);
    expect(w.out()).toMatch(/report a\.pdf: 3 pages, \d+ attached documents/);
    // Collected: neither the PDF nor its attached documents stay in Redis.
    expect(await redis.client.keys('cchc:evidence:*')).toEqual([]);
    expect(await redis.client.keys('cchc:pdf:*')).toEqual([]);
  }, 900_000);
});

describe('the reading of a submission', () => {
  let store: Store;
  let client: QueueClient;
  beforeAll(() => {
    store = openStore(join(dir, 'unit-data'));
    client = queueClient(queueConfig({ REDIS_URL: redis.url, CCHC_QUEUE_PREFIX: 'unit' }));
  });
  afterAll(async () => {
    await client.close();
    store.close();
  });

  it('keeps the first reading of the same bytes, says so, and queues them again with it when Redis lost them', async () => {
    const pdf = join(dir, 'same.pdf');
    writeFileSync(pdf, '%PDF-1.4 same bytes');
    const [first] = await submitFiles(store, client, [pdf], { schema: null, evidenceOf: () => evidenceA });
    const [again] = await submitFiles(store, client, [pdf]);
    expect(first!.otherReading).toBe(false);
    expect(again).toMatchObject({ created: false, otherReading: true });
    const sha256 = first!.report.sha256;
    expect(readdirSorted(evidenceA).length).toBeGreaterThan(5);
    await redis.client.flushall();
    expect((await collectOnce(store, client, [sha256])).requeued).toBe(1);
    const job = await client.reportJob(sha256);
    expect(job?.data.schema).toBeNull();
    expect(job?.data.evidence).toEqual(readdirSorted(evidenceA));
    expect(await redis.client.hlen(`unit:evidence:${sha256}`)).toBe(readdirSorted(evidenceA).length);
    const readings = openReadings(store);
    try {
      expect(readings.of(sha256).evidence?.map((f) => f.name)).toEqual(readdirSorted(evidenceA));
    } finally {
      readings.close();
    }
    await client.forget(sha256);
    expect(await redis.client.exists(`unit:evidence:${sha256}`)).toBe(0);
  });
});

describe('cchc retry', () => {
  it('queues again a report whose work failed, read as first submitted, and leaves one refused as unreadable input', async () => {
    const broken: OcrEngine = { recognize: async () => { throw new OcrError('OCR_CRASH', 'tesseract worker died'); }, close: async () => undefined };
    const failing = startWorker(queueConfig(env), { concurrency: 2, ocrThreads: 1, newOcr: () => broken, log: () => undefined });
    const corrupt = join(dir, 'corrupt.pdf');
    writeFileSync(corrupt, readFileSync(reportB).subarray(0, 600));
    try {
      const submit = run(['submit', reportB, '--no-schema', '--evidence', emptyEvidence], env);
      expect(await submit.exited, submit.out()).toBe(0);
      const corruptSubmit = run(['submit', corrupt, '--wait'], env);
      expect(await corruptSubmit.exited).toBe(2);
      const collect = run(['collect'], env);
      expect(await collect.exited).toBe(2);
    } finally {
      await failing.close();
    }
    const shaB = expectedB.source.sha256;
    expect(withStore((s) => s.getReport(shaB)?.failure)).toMatchObject({ code: 'FAILED', attempts: 3 });

    const retry = run(['retry'], env);
    expect(await retry.exited, retry.out()).toBe(0);
    expect(retry.out()).toContain(`${shaB.slice(0, 12)}  b.pdf: queued again (it had failed: FAILED)`);
    expect(retry.out()).toContain('1 reports refused as unreadable input are left alone');
    expect(withStore((s) => s.listReports().map((r) => [r.file, r.status]).sort())).toEqual([['a.pdf', 'done'], ['b.pdf', 'queued'], ['corrupt.pdf', 'failed']]);

    const w = worker();
    const collect = run(['collect'], env);
    expect(await collect.exited, collect.out()).toBe(0);
    await stop(w);
    expect(withStore((s) => s.resultOf(shaB))).toEqual(expectedB);

    // Named, a done report is left alone; a file never submitted is an input error.
    const named = run(['retry', reportA, join(dir, 'section-6.json')], env);
    expect(await named.exited).toBe(2);
    expect(named.out()).toContain('a.pdf: done, not failed: left alone');
    expect(named.out()).toContain(`cchc: ${join(dir, 'section-6.json')}: never submitted: not in the store`);
  }, 900_000);
});
