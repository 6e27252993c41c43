/**
 * The units of work the queue runs, built from the same steps as `extractPdf`: a page job reads
 * one page on its own, and the report job puts the pages together in order.
 *
 * Reading page n in-process depends on two things the earlier pages decide: the table layout
 * they carried (a page that does not repeat the header row takes its column roles from it) and
 * whether it is the first readable page (only then is a table-less page's header read). A page
 * job cannot know either, so it reads the page under a stated assumption: no previous layout,
 * which gives the usual column roles and reads the text above the table. The report job then
 * walks the pages in order as `extractPdf` does and keeps each page job's reading when the
 * assumption could not have changed it; otherwise (rare: a previous page with other columns or
 * roles, or page 1 unreadable) it reads that page again itself with the true context. Either
 * way every page is what `extractPdf` would have read, so the results are the same.
 */
import { z } from 'zod';
import type { ExtractionResult } from '../src/contract/index.ts';
import type { OcrEngine } from '../src/ocr/index.ts';
import type { PdfDocument } from '../src/pdf/index.ts';
import type { TableLayout } from '../src/table/index.ts';
import { resultOfPages } from './extract-pdf.ts';
import type { ExtractOptions } from './extract.ts';
import { preparePage, readPreparedPage, type PageRead } from './page.ts';

const ColumnRole = z.enum(['id', 'title', 'max', 'self', 'appraised', 'evidence']);
const Box = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const Layout = z.object({ roles: z.array(ColumnRole.nullable()), centres: z.array(z.number()), cols: z.array(z.number()).optional(), pageWidth: z.number().optional() });

/** A page as one page job read it, and what it assumed; it crosses Redis, hence the schema. */
export const PageJobResult = z.object({
  read: z.object({
    page: z.number().int().positive(),
    headerText: z.string(),
    lines: z.array(z.object({
      cells: z.array(z.string()),
      roles: z.array(ColumnRole.nullable()).optional(),
      confidences: z.array(z.number()).optional(),
      page: z.number().int().nullable(),
      bbox: Box.nullable(),
    })),
    layout: Layout.nullable(),
    problem: z.string().optional(),
  }),
  kind: z.enum(['text', 'scan', 'unreadable']),
  /** Whether ruling lines were found (a table page). */
  hasGrid: z.boolean(),
  /** Whether the page was read as the report's first readable page. */
  assumedFirst: z.boolean(),
});
export type PageJobResult = z.infer<typeof PageJobResult>;

/**
 * The page-level unit of work: prepares and reads one page with no previous layout. A page
 * without a table is read as the first page only when it is page 1 or costs no OCR (a text page).
 */
export async function readPageAlone(doc: PdfDocument, pageNumber: number, ocr: OcrEngine): Promise<PageJobResult> {
  const prepared = await preparePage(doc, pageNumber);
  const assumedFirst = pageNumber === 1 || prepared.kind === 'text';
  const read = await readPreparedPage(prepared, ocr, null, assumedFirst);
  const hasGrid = prepared.kind !== 'unreadable' && prepared.grid !== null;
  return { read, kind: prepared.kind, hasGrid, assumedFirst };
}

/** Reads one page in its true context: the report job's fallback, the way `extractPdf` reads it. */
export async function readPageInContext(doc: PdfDocument, pageNumber: number, ocr: OcrEngine, previous: TableLayout | null, isFirst: boolean): Promise<PageJobResult> {
  const prepared = await preparePage(doc, pageNumber);
  const read = await readPreparedPage(prepared, ocr, previous, isFirst);
  const hasGrid = prepared.kind !== 'unreadable' && prepared.grid !== null;
  return { read, kind: prepared.kind, hasGrid, assumedFirst: isFirst };
}

const sameRoles = (a: readonly (string | null)[], b: readonly (string | null)[]) => a.length === b.length && a.every((r, i) => r === b[i]);

/**
 * The page as `extractPdf` would have read it after `previous` and `isFirst`, or null when the
 * page job's assumption may have changed the reading.
 */
export function inContext(alone: PageJobResult, previous: TableLayout | null, isFirst: boolean): PageRead | null {
  const { read, kind, hasGrid, assumedFirst } = alone;
  if (kind === 'unreadable') return read;
  if (kind === 'text') {
    // A text page's table passes the carried layout on; its header text costs no OCR either way.
    return hasGrid ? { ...read, layout: previous } : { ...read, headerText: isFirst ? read.headerText : '' };
  }
  if (!hasGrid) {
    // A page whose ruling lines were lost is read with the previous page's columns, if any.
    if ((isFirst && !assumedFirst) || previous?.cols) return null;
    return { ...read, headerText: isFirst ? read.headerText : '' };
  }
  // With no previous layout the page job used the roles `extractPdf` uses too. With one, a page
  // without its own header row takes the previous roles when the column count is the same
  // (carryRoles): equal roles mean equal readings, whether or not the page had a header row.
  const layout = read.layout!;
  if (previous && !(previous.centres.length === layout.centres.length && sameRoles(previous.roles, layout.roles))) return null;
  // A grid with fewer columns than the previous page's may be read with the previous columns.
  if (previous?.cols && layout.cols && layout.cols.length < previous.cols.length) return null;
  return { ...read, headerText: isFirst || previous === null ? read.headerText : '' };
}

/** Reads a page again in its true context; the report job supplies it with its open document. */
export type ReadInContext = (pageNumber: number, previous: TableLayout | null, isFirst: boolean) => Promise<PageJobResult>;

/**
 * The report-level unit of work: the page jobs' readings (null for a page whose job failed) put
 * in order as `extractPdf` reads them, pages read again where needed, then the report built and
 * validated. Returns the result and how many pages had to be read again.
 */
export async function assembleReport(
  alone: (PageJobResult | null)[],
  reread: ReadInContext,
  source: { file: string; sha256: string },
  options: ExtractOptions = {},
): Promise<{ result: ExtractionResult; reread: number[] }> {
  const pages: PageRead[] = [];
  const again: number[] = [];
  let scanned = false;
  let layout: TableLayout | null = null;
  for (const [index, job] of alone.entries()) {
    const isFirst = pages.every((p) => p.problem !== undefined);
    let page: PageRead | null = job ? inContext(job, layout, isFirst) : null;
    let kind = job?.kind;
    if (page === null) {
      again.push(index + 1);
      const fresh = await reread(index + 1, layout, isFirst);
      page = fresh.read;
      kind = fresh.kind;
    }
    scanned ||= kind === 'scan';
    layout = page.layout ?? layout;
    pages.push(page);
  }
  const result = resultOfPages(pages, { ...source, kind: scanned ? 'scanned' : 'digital' }, options);
  return { result, reread: again };
}
