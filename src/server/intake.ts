import type { CriteriaSchema } from '../schema/index.ts';
import type { ReportSummary, Store } from '../store/index.ts';
import type { QueueConfig } from '../queue/index.ts';

/** Where an uploaded PDF goes after the store has recorded it. */
export interface Intake {
  readonly mode: 'queue' | 'in-process';
  /** Records the upload in the store and starts its extraction; the same bytes twice are one report. */
  submit(file: string, pdf: Uint8Array): Promise<{ report: ReportSummary; created: boolean }>;
  close(): Promise<void>;
}

/** The error classes of input that cannot be a report: their code and message are the failure. */
async function failureOf(error: unknown): Promise<{ code: string; reason: string } | null> {
  const [{ ReportError }, { PdfError }] = await Promise.all([import('../report/index.ts'), import('../pdf/index.ts')]);
  if (error instanceof ReportError || error instanceof PdfError) return { code: error.code, reason: error.message };
  return null;
}

/**
 * Extraction in this process, one report at a time (the OCR pool already uses every core).
 * Reports left pending by an earlier run are picked up first.
 */
export function inProcessIntake(store: Store, options: { schema?: CriteriaSchema | null; log?: (line: string) => void } = {}): Intake {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let chain: Promise<void> = Promise.resolve();
  let closed = false;
  const run = (sha256: string, file: string) => {
    chain = chain.then(async () => {
      if (closed) return;
      const pdf = store.pdfOf(sha256);
      if (!pdf || store.getReport(sha256)?.status !== 'queued') return;
      const { extractPdf } = await import('../../pipelines/extract-pdf.ts');
      try {
        store.recordResult(sha256, await extractPdf(pdf, file, sha256, { schema: options.schema }));
      } catch (error) {
        const failure = await failureOf(error);
        if (!failure) log(`cchc serve: ${file}: extraction failed: ${(error as Error).stack ?? String(error)}`);
        store.recordFailure(sha256, { ...(failure ?? { code: 'INTERNAL', reason: `${file}: ${(error as Error).message}` }), attempts: 1 });
      }
    });
  };
  for (const report of store.pending()) run(report.sha256, report.file);
  return {
    mode: 'in-process',
    async submit(file, pdf) {
      const submitted = store.recordSubmission({ file, pdf });
      if (submitted.created) run(submitted.report.sha256, submitted.report.file);
      return submitted;
    },
    async close() {
      closed = true;
      await chain;
    },
  };
}

/**
 * Uploads go to the BullMQ queue (`cchc worker` reads them); this process collects finished
 * reports into the store every `intervalMs`, as `cchc collect` does.
 */
export async function queueIntake(store: Store, config: QueueConfig, intervalMs = 1000): Promise<Intake> {
  const queue = await import('../queue/index.ts');
  await queue.checkRedis(config);
  const client = queue.queueClient(config);
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    queue.collectOnce(store, client, store.pending().map((r) => r.sha256))
      .catch((error: Error) => process.stderr.write(`cchc serve: collecting: ${error.message}\n`))
      .finally(() => { busy = false; });
  }, intervalMs);
  return {
    mode: 'queue',
    async submit(file, pdf) {
      const submitted = store.recordSubmission({ file, pdf });
      if (submitted.report.status === 'queued') await client.enqueue(submitted.report.sha256, submitted.report.file, pdf);
      return submitted;
    },
    async close() {
      clearInterval(timer);
      await client.close();
    },
  };
}
