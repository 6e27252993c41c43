import type { ExtractionResult } from '../src/contract/index.ts';
import { createTesseractOcr } from '../src/ocr/index.ts';
import { closePdf, openPdf } from '../src/pdf/index.ts';
import { ReportError } from '../src/report/index.ts';
import type { ExtractOptions } from './extract.ts';
import { resultOf } from './extract.ts';
import { preparePage, readPreparedPage, type PageRead } from './page.ts';

/**
 * Reads a PDF report page by page (the table layout carries over page breaks), then groups
 * the rows into criteria and validates them. A file with no table anywhere is a ReportError.
 */
export async function extractPdf(bytes: Uint8Array, file: string, sha256: string, options: ExtractOptions = {}): Promise<ExtractionResult> {
  const doc = await openPdf(bytes, file);
  const ocr = options.ocr ?? createTesseractOcr();
  const pages: PageRead[] = [];
  let kind: ExtractionResult['source']['kind'] = 'digital';
  let next = preparePage(doc, 1);
  try {
    let layout = null;
    for (let n = 1; n <= doc.pageCount; n++) {
      const prepared = await next;
      // The next page's image work overlaps this page's OCR, which runs in the worker threads.
      if (n < doc.pageCount) next = preparePage(doc, n + 1);
      if (prepared.kind === 'scan') kind = 'scanned';
      const read = await readPreparedPage(prepared, ocr, layout, pages.every((p) => p.problem !== undefined));
      layout = read.layout ?? layout;
      pages.push(read);
    }
  } finally {
    // A page still being prepared when reading stopped must settle before its document closes.
    await next.catch(() => undefined);
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
