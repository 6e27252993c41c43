import type { ExtractionResult } from '../src/contract/index.ts';
import { createTesseractOcr } from '../src/ocr/index.ts';
import { closePdf, openPdf } from '../src/pdf/index.ts';
import { ReportError } from '../src/report/index.ts';
import type { ExtractOptions } from './extract.ts';
import { resultOf } from './extract.ts';
import { preparePage, startPage, type PageRead } from './page.ts';

/**
 * Reads a PDF report page by page (the table layout carries over page breaks), then groups
 * the rows into criteria and validates them. A file with no table anywhere is a ReportError.
 */
export async function extractPdf(bytes: Uint8Array, file: string, sha256: string, options: ExtractOptions = {}): Promise<ExtractionResult> {
  // The workers load their language data while the file is opened and its first page prepared.
  const ocr = options.ocr ?? createTesseractOcr({ warm: true });
  const doc = await openPdf(bytes, file).catch(async (error: unknown) => {
    if (!options.ocr) await ocr.close();
    throw error;
  });
  const reads: Promise<PageRead>[] = [];
  let kind: ExtractionResult['source']['kind'] = 'digital';
  let next = preparePage(doc, 1);
  let pages: PageRead[];
  try {
    let layout = null;
    let first = true; // every page before this one was unreadable
    for (let n = 1; n <= doc.pageCount; n++) {
      const prepared = await next;
      // The next page's image work overlaps this page's OCR, which runs in the worker threads.
      if (n < doc.pageCount) next = preparePage(doc, n + 1);
      if (prepared.kind === 'scan') kind = 'scanned';
      // A page's OCR starts as soon as the page before it knows its columns, so that the
      // workers never wait for the last cells of a page; two pages at most are read at once.
      await reads.at(-2);
      const started = await startPage(prepared, ocr, layout, first);
      started.read.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
      reads.push(started.read);
      layout = started.layout ?? layout;
      first &&= prepared.kind === 'unreadable';
    }
    pages = await Promise.all(reads);
  } finally {
    // Pages still being prepared or read when reading stopped must settle before their document
    // and the workers close.
    await Promise.allSettled([next, ...reads]);
    await closePdf(doc);
    if (!options.ocr) await ocr.close();
  }
  return resultOfPages(pages, { file, sha256, kind }, options);
}

/**
 * The report from its pages read in order: shared by `extractPdf` and the queue's report job,
 * so that both give the same result. A file none of whose pages could be read is a ReportError.
 */
export function resultOfPages(
  pages: PageRead[],
  source: { file: string; sha256: string; kind: ExtractionResult['source']['kind'] },
  options: ExtractOptions = {},
): ExtractionResult {
  const { file, sha256, kind } = source;
  const problems = pages.flatMap((p) => (p.problem ? [p.problem] : []));
  if (problems.length === pages.length) throw new ReportError('UNREADABLE', file, problems.join('; '));
  const lines = pages.flatMap((p) => p.lines);
  const headerText = pages.map((p) => p.headerText).filter(Boolean).join('\n');
  return resultOf(headerText, lines, options, file, { sha256, pages: pages.length, kind });
}
