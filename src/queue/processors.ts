import { UnrecoverableError, WaitingChildrenError, type Job, type Queue } from 'bullmq';
import { assembleReport, PageJobResult, readPageAlone, readPageInContext } from '../../pipelines/jobs.ts';
import type { OcrEngine } from '../ocr/index.ts';
import { PdfError } from '../pdf/index.ts';
import { ReportError } from '../report/index.ts';
import type { PdfBytes } from './bytes.ts';
import type { DocumentCache } from './documents.ts';
import { checkEvidence } from './evidence.ts';
import { ATTEMPTS, BACKOFF, PageJobData, pageJobId, ReportJobData, type JobFailure } from './payloads.ts';

/** What a processor needs from its worker process. */
export interface ProcessorContext {
  /** The OCR pool; replaced by `recover` (read it at each use). */
  ocr: OcrEngine;
  /** The open documents; replaced by `recover` (read it at each use). */
  documents: DocumentCache;
  /** How long a page job may take before it is abandoned (ms). */
  pageDeadlineMs: number;
  /** Starts the OCR pool and the document cache afresh: whatever a stuck page holds is left behind. */
  recover: (what: string) => void;
  /** Where the attached documents of a report wait (`--evidence`). */
  bytes: PdfBytes;
  pages: Queue;
  /** One line per finished unit of work, for the worker's log. */
  log: (line: string) => void;
}

const isInputError = (error: unknown): error is PdfError | ReportError => error instanceof PdfError || error instanceof ReportError;

/**
 * Input that can never be read (corrupt, encrypted, not a PDF, no table) fails at once: the
 * reason goes into the job's data, and UnrecoverableError stops BullMQ from retrying.
 */
async function refuse(job: Job, data: ReportJobData, error: PdfError | ReportError): Promise<never> {
  const failure: JobFailure = { code: error.code, reason: error.message };
  await job.updateData({ ...data, failure });
  // BullMQ keeps only a message; the code and reason went into the data above.
  throw new UnrecoverableError(error.message);
}

/** A page job still running at its deadline: its work is abandoned and the job fails this attempt. */
export class PageDeadlineError extends Error {
  override readonly name = 'PageDeadlineError';
  readonly code = 'PAGE_DEADLINE';
}

/**
 * `work`, or a {@link PageDeadlineError} once `ms` have passed. A page takes seconds; one that
 * takes minutes waits on something that will never answer (the OCR thread or pdf.js), and its
 * job's lock, renewed all the while, would keep any other worker from taking it: the batch would
 * wait forever. So the attempt fails (BullMQ tries again, on any worker), and `recover` starts
 * this worker's OCR pool and documents afresh so that its next pages do not queue behind it.
 */
async function withDeadline<T>(work: Promise<T>, ms: number, what: string, recover: (what: string) => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      recover(what);
      reject(new PageDeadlineError(`${what}: not read after ${Math.round(ms / 1000)} s: abandoned, to be read again`));
    }, ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The page job: reads one page on its own (see pipelines/jobs.ts for what it assumes). */
export function pageProcessor(ctx: ProcessorContext) {
  return async (job: Job): Promise<PageJobResult> => {
    const { sha256, file, page, pages } = PageJobData.parse(job.data);
    const started = Date.now();
    const reading = ctx.documents.with(sha256, file, (doc) => readPageAlone(doc, page, ctx.ocr));
    const result = await withDeadline(reading, ctx.pageDeadlineMs, `${file} page ${page}`, ctx.recover);
    ctx.log(`page ${file} ${page}/${pages} read in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
}

/** Child values are keyed by the child's full Redis key; the page number is at its end. */
function pageOf(key: string, sha256: string): number | null {
  const match = key.match(new RegExp(`:${sha256}-p(\\d+)$`));
  return match ? Number(match[1]) : null;
}

async function split(job: Job, data: ReportJobData, ctx: ProcessorContext, token: string): Promise<number> {
  let pages: number;
  try {
    pages = await ctx.documents.with(data.sha256, data.file, async (doc) => doc.pageCount);
  } catch (error) {
    if (isInputError(error)) return refuse(job, data, error);
    throw error;
  }
  await ctx.pages.addBulk(Array.from({ length: pages }, (_, i) => ({
    name: 'page',
    data: PageJobData.parse({ sha256: data.sha256, file: data.file, page: i + 1, pages }),
    opts: {
      jobId: pageJobId(data.sha256, i + 1),
      parent: { id: job.id!, queue: job.queueQualifiedName },
      attempts: ATTEMPTS,
      backoff: BACKOFF,
      // The failed-page policy: a page that fails all its attempts does not fail or block the
      // report; the report job reads that page again itself, and only if that fails too does
      // the report fail (as `extract` would on the same error).
      ignoreDependencyOnFailure: true,
      // Its value is kept by the parent (getChildrenValues), so the page job itself can go.
      removeOnComplete: true,
    },
  })));
  await job.updateData({ ...data, step: 'assemble', pages });
  // Pages finished before this call leave nothing to wait for: assemble at once.
  if (await job.moveToWaitingChildren(token)) throw new WaitingChildrenError();
  return pages;
}

/**
 * The report job: `split` fans the PDF out into page jobs; `assemble` fans them back in, in
 * page order, and returns the ExtractionResult.
 */
export function reportProcessor(ctx: ProcessorContext) {
  return async (job: Job, token?: string): Promise<unknown> => {
    let data = ReportJobData.parse(job.data);
    if (data.step === 'split') {
      const pages = await split(job, data, ctx, token!);
      data = { ...data, step: 'assemble', pages };
    }
    const values = await job.getChildrenValues();
    const alone: (PageJobResult | null)[] = Array.from({ length: data.pages! }, () => null);
    for (const [key, value] of Object.entries(values)) {
      const page = pageOf(key, data.sha256);
      const parsed = PageJobResult.safeParse(value);
      if (page !== null && page <= alone.length && parsed.success) alone[page - 1] = parsed.data;
    }
    try {
      // The document is opened only for a page that must be read again (rare): this worker may
      // not have it open, and fetching and parsing it for nothing costs a second worker's CPU.
      const assembled = await assembleReport(
        alone,
        (n, previous, isFirst) => ctx.documents.with(data.sha256, data.file, (doc) => readPageInContext(doc, n, ctx.ocr, previous, isFirst)),
        { file: data.file, sha256: data.sha256 },
        { schema: data.schema },
      );
      const { reread } = assembled;
      const result = data.evidence ? await checkEvidence(assembled.result, data.evidence, data.sha256, ctx.bytes, ctx.ocr) : assembled.result;
      const evidence = data.evidence ? `, ${data.evidence.length} attached documents` : '';
      ctx.log(`report ${data.file}: ${result.source.pages} pages${reread.length ? `, read again: ${reread.join(', ')}` : ''}${evidence}, ${result.flags.length} flags`);
      return result;
    } catch (error) {
      if (isInputError(error)) return refuse(job, data, error);
      throw error;
    }
  };
}
