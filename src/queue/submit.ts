import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { evidenceFilesOf, EvidenceFolderError } from '../evidence/index.ts';
import { ReportError } from '../report/index.ts';
import type { CriteriaSchema } from '../schema/index.ts';
import { openReadings, type Reading, type ReportSummary, type Store } from '../store/index.ts';
import { nfc } from '../text/index.ts';
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

/** How submitted files are to be read: `cchc extract`'s `--schema` and `--evidence`. */
export interface SubmitOptions {
  /** The criteria schema; absent: picked from each report's header; null: arithmetic checks only. */
  schema?: CriteriaSchema | null;
  /** The folder of a report's attached documents, by the report's path; undefined: no evidence check. */
  evidenceOf?: (pdf: string) => string | undefined;
}

/** What became of one submitted file. */
export interface Submission {
  path: string;
  report: ReportSummary;
  /** False when the same bytes were submitted before: the report is processed once. */
  created: boolean;
  /** True when those bytes were submitted before with another schema or other attached documents: the first ones stand. */
  otherReading: boolean;
}

async function readOrRefuse(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (cause) {
    throw new ReportError('NOT_FOUND', path, 'file not found or not readable', { cause });
  }
}

/** The documents of an evidence folder; a missing folder is refused as `extract --evidence` refuses it. */
async function evidenceNames(dir: string): Promise<string[]> {
  try {
    return await evidenceFilesOf(dir);
  } catch (error) {
    if (error instanceof EvidenceFolderError) throw new ReportError('NOT_FOUND', error.dir, 'evidence folder not found', { cause: error });
    throw error;
  }
}

/** The attached documents of the folder, as `extract --evidence` takes them. */
async function evidenceIn(dir: string): Promise<NonNullable<Reading['evidence']>> {
  const names = await evidenceNames(dir);
  return Promise.all(names.map(async (name) => ({ name: nfc(name), bytes: await readOrRefuse(join(dir, name)) })));
}

const sameReading = (a: Reading, b: Reading) =>
  JSON.stringify(a.schema) === JSON.stringify(b.schema)
  && (a.evidence === undefined) === (b.evidence === undefined)
  && (a.evidence ?? []).length === (b.evidence ?? []).length
  && (a.evidence ?? []).every((f, i) => f.name === b.evidence![i]!.name && Buffer.compare(f.bytes, b.evidence![i]!.bytes) === 0);

/**
 * Records each file in the store, with how it is to be read, then queues it: the store knows of
 * a report before Redis does, so a report Redis loses is still pending there and is queued again
 * by the collector, read the same way. A report already done or failed is not queued again.
 * Every evidence folder is checked before anything is recorded: a missing one refuses the lot.
 */
export async function submitFiles(store: Store, client: QueueClient, files: string[], options: SubmitOptions = {}): Promise<Submission[]> {
  for (const path of files) {
    const dir = options.evidenceOf?.(path);
    if (dir !== undefined) await evidenceNames(dir);
  }
  const readings = openReadings(store);
  try {
    const submissions: Submission[] = [];
    for (const path of files) {
      const pdf = await readOrRefuse(path);
      const dir = options.evidenceOf?.(path);
      const reading: Reading = {
        ...(options.schema === undefined ? {} : { schema: options.schema }),
        ...(dir === undefined ? {} : { evidence: await evidenceIn(dir) }),
      };
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      // The reading first: a queued report never lacks it.
      if (!store.getReport(sha256)) readings.record(sha256, reading);
      const { report, created } = store.recordSubmission({ file: path, pdf });
      const stored = created ? reading : readings.of(sha256);
      if (report.status === 'queued') await client.enqueue(report.sha256, report.file, pdf, stored);
      submissions.push({ path, report, created, otherReading: !created && !sameReading(reading, stored) });
    }
    return submissions;
  } finally {
    readings.close();
  }
}
