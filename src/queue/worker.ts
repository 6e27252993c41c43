import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Queue, Worker } from 'bullmq';
import { createTesseractOcr, type OcrEngine } from '../ocr/index.ts';
import { pdfBytes } from './bytes.ts';
import { connectionOf, type QueueConfig } from './config.ts';
import { documentCache } from './documents.ts';
import { PAGES_QUEUE, REPORTS_QUEUE } from './payloads.ts';
import { pageProcessor, reportProcessor, type ProcessorContext } from './processors.ts';

/** Options of {@link startWorker}. */
export interface WorkerOptions {
  /** Page jobs this process works on at once (image work of one overlaps OCR of another). */
  concurrency: number;
  /** OCR threads of this process (tesseract.js workers, one core each). */
  ocrThreads: number;
  log?: (line: string) => void;
  /**
   * Makes the OCR engine, instead of a tesseract.js pool of `ocrThreads` (tests); called again
   * when a page is stuck past its deadline. The worker closes the engines it made.
   */
  newOcr?: () => OcrEngine;
  /** How long a page job may run before it is abandoned and tried again (default 5 minutes; pages take seconds). */
  pageDeadlineMs?: number;
}

/** A page takes seconds; past this it waits on something that will never answer. */
export const PAGE_DEADLINE_MS = 300_000;

/** A running worker process's queue side. */
export interface RunningWorker {
  /**
   * Stops taking jobs. Graceful: finishes the jobs in hand. Forced: drops them, and their claims
   * lapse so that another worker takes them (stalled-job recovery).
   */
  close(force?: boolean): Promise<void>;
  /** The longest the event loop was blocked so far (ms): lock renewal runs on it. */
  maxStallMs(): number;
}

/**
 * Starts working on both queues against Redis only. OCR runs in tesseract.js worker threads;
 * the page image work (deskew, binarise, grid) runs on this thread in short synchronous steps,
 * well under the lock renewal period (`maxStallMs` tells, and the worker logs it).
 */
export function startWorker(config: QueueConfig, options: WorkerOptions): RunningWorker {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const connection = connectionOf(config);
  const newOcr = options.newOcr ?? (() => createTesseractOcr({ workers: options.ocrThreads }));
  const bytes = pdfBytes(config);
  const newDocuments = () => documentCache(bytes, Math.max(2, options.concurrency + 1));
  const pages = new Queue(PAGES_QUEUE, { connection, prefix: config.prefix });
  const delay = monitorEventLoopDelay({ resolution: 20 });
  delay.enable();
  const ctx: ProcessorContext = {
    ocr: newOcr(),
    documents: newDocuments(),
    bytes,
    pages,
    log,
    pageDeadlineMs: options.pageDeadlineMs ?? PAGE_DEADLINE_MS,
    recover(what) {
      log(`${what}: stuck past its deadline; OCR pool and open documents started afresh`);
      // What the stuck page holds (a busy OCR thread, its document) is closed when, if ever, it lets go.
      void ctx.ocr.close();
      void ctx.documents.close();
      ctx.ocr = newOcr();
      ctx.documents = newDocuments();
    },
  };
  const common = {
    connection,
    prefix: config.prefix,
    lockDuration: config.lockMs,
    stalledInterval: config.stalledMs,
    // A page may be caught by a killed worker twice in a bad batch; the third time it fails.
    maxStalledCount: 2,
  };
  const workers = [
    new Worker(PAGES_QUEUE, pageProcessor(ctx), { ...common, concurrency: options.concurrency }),
    new Worker(REPORTS_QUEUE, reportProcessor(ctx), { ...common, concurrency: 2 }),
  ];
  let lastError = '';
  const logError = (error: Error) => {
    // Reconnection attempts repeat the same error every few hundred ms: log it once.
    if (error.message !== lastError) log(`worker error: ${error.message}`);
    lastError = error.message;
  };
  pages.on('error', logError);
  for (const worker of workers) {
    // Without a listener an 'error' event would end the process; a lost connection or a job
    // that vanished with a Redis flush is logged, and BullMQ carries on.
    worker.on('error', logError);
    worker.on('stalled', (jobId) => log(`job ${jobId} stalled (its worker stopped or lost its lock): back in the queue`));
    worker.on('failed', (job, error) => log(`${job?.name ?? 'job'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`));
  }
  return {
    async close(force = false) {
      await Promise.all(workers.map((w) => w.close(force)));
      delay.disable();
      await pages.close();
      await ctx.documents.close();
      await bytes.close();
      await ctx.ocr.close();
    },
    maxStallMs: () => delay.max / 1e6,
  };
}
