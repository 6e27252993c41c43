import { Queue, type Job } from 'bullmq';
import type { Reading } from '../store/index.ts';
import { pdfBytes } from './bytes.ts';
import { connectionOf, type QueueConfig } from './config.ts';
import { ATTEMPTS, BACKOFF, REPORTS_QUEUE, ReportJobData } from './payloads.ts';

/** The submitting side of the queue: what `submit`, `ingest` and the collector use. */
export interface QueueClient {
  /**
   * Puts a report's bytes in Redis and queues its report job, id = sha256. Queuing a report that
   * is already queued, running or finished does nothing (BullMQ keeps one job per id). The
   * reading (schema, attached documents) travels with it: the schema in the job's data, the
   * documents' bytes beside the PDF's.
   */
  enqueue(sha256: string, file: string, pdf: Uint8Array, reading?: Reading): Promise<void>;
  /** The report job, or undefined when Redis does not hold it (never queued, or lost). */
  reportJob(sha256: string): Promise<Job | undefined>;
  /** Removes a finished report's job, its page jobs and its bytes: Redis keeps only work in flight. */
  forget(sha256: string): Promise<void>;
  close(): Promise<void>;
}

export function queueClient(config: QueueConfig): QueueClient {
  const reports = new Queue(REPORTS_QUEUE, { connection: connectionOf(config), prefix: config.prefix });
  const bytes = pdfBytes(config);
  return {
    async enqueue(sha256, file, pdf, reading = {}) {
      await bytes.put(sha256, pdf);
      if (reading.evidence) await bytes.putEvidence(sha256, reading.evidence);
      const data = { sha256, file, step: 'split', schema: reading.schema, evidence: reading.evidence?.map((f) => f.name) };
      await reports.add('report', ReportJobData.parse(data), {
        jobId: sha256,
        attempts: ATTEMPTS,
        backoff: BACKOFF,
        // The collector reads the result or the failure, lands it in the store, then removes it.
        removeOnComplete: false,
        removeOnFail: false,
      });
    },
    reportJob: (sha256) => reports.getJob(sha256),
    async forget(sha256) {
      const job = await reports.getJob(sha256);
      await job?.remove({ removeChildren: true });
      await bytes.drop(sha256);
    },
    async close() {
      await reports.close();
      await bytes.close();
    },
  };
}
