/** One page in, one PageSource out: its trustworthy text, its own scan, or a rendering. */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readScanDirectly } from './direct.ts';
import { PdfError } from './errors.ts';
import { isDecodedImage, toGray } from './gray.ts';
import type { PdfDocument } from './open.ts';
import { renderGray } from './render.ts';
import { findPageScan, type PageScan, uprightScan } from './scan.ts';
import { readTextItems } from './text-items.ts';
import { assessTextLayer } from './text-trust.ts';
import { TEXT_DPI, type ImagePage, type PageSource } from './types.ts';

/** Below this resolution (or a side under 16 px) an image page cannot be read; see {@link tooSmallToRead}. */
export const MIN_READABLE_DPI = 50;

/**
 * Reads one page. A trustworthy text layer gives a text page; otherwise the page's own scan
 * (when one image covers it) at its resolution, read from the file when it is a plain JPEG or
 * deflated image (src/pdf/direct.ts), else decoded by pdf.js; otherwise a 300 dpi rendering. A trusted text
 * layer wins even over a full-page image (a born-digital page on a background picture, or a scan
 * with a good OCR layer); a table pasted in as a picture beside real text is then not seen.
 * Only this page's data is held: pdf.js's copy of its images is freed before returning.
 * @param pageNumber 1-based
 * @throws {PdfError} CORRUPT when pdf.js cannot read the page
 * @throws {RangeError} for a page number outside the document (a bug in the caller)
 */
export async function readPage(doc: PdfDocument, pageNumber: number): Promise<PageSource> {
  const page = await openPage(doc, pageNumber);
  try {
    const { items, text } = await fromPdfJs(doc, pageNumber, () => readTextItems(page, TEXT_DPI / 72));
    const points = page.getViewport({ scale: 1 });
    if (assessTextLayer(text, (points.width / 72) * (points.height / 72)).trusted) {
      const width = Math.round((points.width * TEXT_DPI) / 72);
      const height = Math.round((points.height * TEXT_DPI) / 72);
      return { kind: 'text', page: pageNumber, width, height, items };
    }
    const objects = doc.objects;
    const direct = objects && (await readScanDirectly(objects, page));
    if (direct) return { kind: 'image', page: pageNumber, ...direct, origin: 'embedded' };
    const scan = await fromPdfJs(doc, pageNumber, () => findPageScan(page));
    const embedded = scan && (await fromPdfJs(doc, pageNumber, () => readScan(page, scan)));
    if (embedded) return { kind: 'image', page: pageNumber, ...embedded, origin: 'embedded' };
    const rendered = await fromPdfJs(doc, pageNumber, () => renderGray(doc.pdf, page, TEXT_DPI));
    return { kind: 'image', page: pageNumber, ...rendered, origin: 'rendered' };
  } finally {
    page.cleanup();
  }
}

/** Renders any page at `dpi` (≤ 300 recommended): for page images in review, or ruling lines on text pages. */
export async function renderPage(doc: PdfDocument, pageNumber: number, dpi = TEXT_DPI): Promise<ImagePage> {
  const page = await openPage(doc, pageNumber);
  try {
    const rendered = await fromPdfJs(doc, pageNumber, () => renderGray(doc.pdf, page, dpi));
    return { kind: 'image', page: pageNumber, ...rendered, origin: 'rendered' };
  } finally {
    page.cleanup();
  }
}

/**
 * True when a page's image is too coarse for OCR (a 1×1-pixel "scan", a thumbnail): the
 * caller decides what to do, e.g. report the page as unreadable.
 */
export function tooSmallToRead(source: PageSource): boolean {
  if (source.kind === 'text') return false;
  return source.dpi < MIN_READABLE_DPI || source.image.width < 16 || source.image.height < 16;
}

/** The decoded scan, upright, with its resolution; null when pdf.js could not decode it. */
async function readScan(page: PDFPageProxy, scan: PageScan): Promise<Pick<ImagePage, 'image' | 'dpi'> | null> {
  let raw: unknown;
  if ('objId' in scan.source) {
    const { objId } = scan.source;
    // Images used on many pages live in the document-wide store, under ids starting with "g_".
    const store = objId.startsWith('g_') ? page.commonObjs : page.objs;
    raw = await new Promise<unknown>((resolve) => store.get(objId, resolve));
  } else {
    raw = scan.source.inline;
  }
  return isDecodedImage(raw) ? uprightScan(toGray(raw), scan) : null;
}

async function openPage(doc: PdfDocument, pageNumber: number): Promise<PDFPageProxy> {
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > doc.pageCount) {
    throw new RangeError(`${doc.file}: no page ${pageNumber} (the document has ${doc.pageCount})`);
  }
  return fromPdfJs(doc, pageNumber, () => doc.pdf.getPage(pageNumber));
}

/** Runs a pdf.js call on a page; its failures mean the file is damaged there. */
async function fromPdfJs<T>(doc: PdfDocument, pageNumber: number, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof PdfError || error instanceof RangeError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new PdfError('CORRUPT', doc.file, `corrupt or truncated PDF: page ${pageNumber}: ${detail}`, {
      cause: error,
    });
  }
}
