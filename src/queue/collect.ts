import { setTimeout as sleep } from 'node:timers/promises';
import { ExtractionResult } from '../contract/index.ts';
import { openReadings, type Reading, type ReportSummary, type Store } from '../store/index.ts';
import type { QueueClient } from './client.ts';
import { JobFailure, ReportJobData, WORK_FAILED } from './payloads.ts';

/** Where a batch stands. Page counts cover the reports whose PDF a worker has opened (`pages.reports`). */
export interface BatchProgress {
  reports: { total: number; done: number; failed: number };
  pages: { total: number; done: number; reports: number };
  /** Reports queued again because Redis had lost them. */
  requeued: number;
}

/**
 * One pass of the collector over a batch: lands every finished report job in the store (a
 * result or a failure, exactly once: the store refuses a second landing), removes it from
 * Redis, and queues again from the store any pending report that Redis no longer holds.
 */
export async function collectOnce(store: Store, client: QueueClient, batch: readonly string[]): Promise<BatchProgress> {
  const progress: BatchProgress = { reports: { total: batch.length, done: 0, failed: 0 }, pages: { total: 0, done: 0, reports: 0 }, requeued: 0 };
  for (const sha256 of batch) {
    let report = store.getReport(sha256);
    if (!report) continue;
    if (report.status === 'queued') report = await collectReport(store, client, report, progress);
    if (report.status === 'done') {
      progress.reports.done++;
      progress.pages.total += report.pages ?? 0;
      progress.pages.done += report.pages ?? 0;
      progress.pages.reports++;
    } else if (report.status === 'failed') progress.reports.failed++;
  }
  return progress;
}

/** What the collector reads of a report job's data: not the schema it may carry, checked by the worker. */
const Collected = ReportJobData.pick({ pages: true, failure: true });

/** How a report is to be read, from the store (a rare look-up: only when Redis lost the report). */
export function readingOf(store: Store, sha256: string): Reading {
  const readings = openReadings(store);
  try {
    return readings.of(sha256);
  } finally {
    readings.close();
  }
}

async function collectReport(store: Store, client: QueueClient, report: ReportSummary, progress: BatchProgress): Promise<ReportSummary> {
  const { sha256 } = report;
  const read = await client.reportJob(sha256);
  const state = read ? await read.getState() : 'unknown';
  // Finished between the two calls, the job as read lacks its outcome (return value, last attempt): read it again.
  const job = state === 'completed' || state === 'failed' ? await client.reportJob(sha256) : read;
  // Gone meanwhile: another collector (`serve`, a second `collect`) landed it.
  if (read && !job) return store.getReport(sha256)!;
  if (!job || state === 'unknown') {
    await client.enqueue(sha256, report.file, store.pdfOf(sha256)!, readingOf(store, sha256));
    progress.requeued++;
    return report;
  }
  if (state === 'completed') {
    store.recordResult(sha256, ExtractionResult.parse(job.returnvalue));
    await client.forget(sha256);
    return store.getReport(sha256)!;
  }
  if (state === 'failed') {
    const data = Collected.safeParse(job.data);
    const failure: JobFailure = (data.success ? data.data.failure : undefined) ?? { code: WORK_FAILED, reason: `${report.file}: ${job.failedReason}` };
    store.recordFailure(sha256, { ...failure, attempts: job.attemptsMade });
    await client.forget(sha256);
    return store.getReport(sha256)!;
  }
  const data = Collected.safeParse(job.data);
  if (data.success && data.data.pages) {
    progress.pages.total += data.data.pages;
    progress.pages.reports++;
    const counts = await job.getDependenciesCount({ processed: true, ignored: true });
    progress.pages.done += (counts.processed ?? 0) + (counts.ignored ?? 0);
  }
  return report;
}

/** Options of {@link waitForBatch}. */
export interface WaitOptions {
  intervalMs?: number;
  onProgress?: (progress: BatchProgress) => void;
  signal?: AbortSignal;
}

/** Collects until every report of the batch is done or failed; returns the last progress, re-queued reports counted over the whole wait. */
export async function waitForBatch(store: Store, client: QueueClient, batch: readonly string[], options: WaitOptions = {}): Promise<BatchProgress> {
  const { intervalMs = 500, onProgress, signal } = options;
  let requeued = 0;
  for (;;) {
    signal?.throwIfAborted();
    const progress = await collectOnce(store, client, batch);
    requeued += progress.requeued;
    progress.requeued = requeued;
    onProgress?.(progress);
    if (progress.reports.done + progress.reports.failed === progress.reports.total) return progress;
    await sleep(intervalMs, undefined, { signal });
  }
}
