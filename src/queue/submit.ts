import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ReportError } from '../report/index.ts';
import type { ReportSummary, Store } from '../store/index.ts';
import type { QueueClient } from './client.ts';

/** The PDFs a command line names: files as given, folders by their `*.pdf` files (sorted, not recursive). */
export async function pdfFilesOf(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (cause) {
      throw new ReportError('NOT_FOUND', path, 'file not found', { cause });
    }
    if (!isDir) files.push(path);
    else files.push(...(await readdir(path)).filter((n) => n.toLowerCase().endsWith('.pdf')).sort().map((n) => join(path, n)));
  }
  return files;
}

/** What became of one submitted file. */
export interface Submission {
  path: string;
  report: ReportSummary;
  /** False when the same bytes were submitted before: the report is processed once. */
  created: boolean;
}

/**
 * Records each file in the store, then queues it: the store knows of a report before Redis
 * does, so a report Redis loses is still pending there and is queued again by the collector.
 * A report already done or failed is not queued again.
 */
export async function submitFiles(store: Store, client: QueueClient, files: string[]): Promise<Submission[]> {
  const submissions: Submission[] = [];
  for (const path of files) {
    let pdf: Buffer;
    try {
      pdf = await readFile(path);
    } catch (cause) {
      throw new ReportError('NOT_FOUND', path, 'file not found or not readable', { cause });
    }
    const { report, created } = store.recordSubmission({ file: path, pdf });
    if (report.status === 'queued') await client.enqueue(report.sha256, report.file, pdf);
    submissions.push({ path, report, created });
  }
  return submissions;
}
