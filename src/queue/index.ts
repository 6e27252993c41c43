/**
 * The queue (BullMQ on Redis): workers that read reports page by page, the client that submits
 * them, and the collector that lands results in the store. Redis holds only work in flight;
 * the store (src/store) is the system of record.
 */
export { checkRedis, queueConfig, QueueConfig, QueueError, DEFAULT_REDIS_URL, safeUrl } from './config.ts';
export { queueClient, type QueueClient } from './client.ts';
export { pdfFilesOf, submitFiles, type Submission, type SubmitOptions } from './submit.ts';
export { failedOnInput, retryReports } from './retry.ts';
export { collectOnce, waitForBatch, type BatchProgress, type WaitOptions } from './collect.ts';
export { startWorker, type RunningWorker, type WorkerOptions } from './worker.ts';
export { REPORTS_QUEUE, PAGES_QUEUE } from './payloads.ts';
