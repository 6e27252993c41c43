import type { PdfErrorCode } from '../pdf/index.ts';
import type { ReportError } from '../report/index.ts';
import { openReadings, type ReportSummary, type Store } from '../store/index.ts';
import type { QueueClient } from './client.ts';

/**
 * The failure codes of input that cannot be read (PdfError, ReportError): the same bytes fail
 * the same way again, unless cchc itself changed. Every code is listed, or this does not compile.
 */
const INPUT_FAILURES: Record<PdfErrorCode | ReportError['code'], true> = {
  NOT_PDF: true, ENCRYPTED: true, NO_PAGES: true, CORRUPT: true,
  NOT_FOUND: true, EMPTY: true, BINARY: true, NO_TABLE: true, UNREADABLE: true,
};

/** Whether a report failed because of its input (corrupt, encrypted, no table…) rather than its work (a crash, a timeout). */
export const failedOnInput = (report: ReportSummary) => report.failure !== null && Object.hasOwn(INPUT_FAILURES, report.failure.code);

/**
 * Puts failed reports back in the queue, each read as it was first submitted (schema, attached
 * documents); reports that are not failed are left alone. Returns the reports queued again.
 */
export async function retryReports(store: Store, client: QueueClient, sha256s: readonly string[]): Promise<ReportSummary[]> {
  const readings = openReadings(store);
  try {
    const retried: ReportSummary[] = [];
    for (const sha256 of sha256s) {
      if (store.getReport(sha256)?.status !== 'failed') continue;
      // A failed job the collector had not removed yet would keep its id taken.
      await client.forget(sha256);
      if (!readings.retry(sha256)) continue;
      const report = store.getReport(sha256)!;
      await client.enqueue(sha256, report.file, store.pdfOf(sha256)!, readings.of(sha256));
      retried.push(report);
    }
    return retried;
  } finally {
    readings.close();
  }
}
