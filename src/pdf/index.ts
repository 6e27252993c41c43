/**
 * The pdf stage: open a PDF and turn each page into a PageSource, either a trustworthy text
 * layer or a grayscale image (the page's own scan at its resolution, else a 300 dpi rendering).
 * pdf.js loads on the first call and works offline.
 */
export { PdfError, type PdfErrorCode } from './errors.ts';
export { openPdf, closePdf, type PdfDocument } from './open.ts';
export { readPage, renderPage, tooSmallToRead, MIN_READABLE_DPI } from './page.ts';
export { readAnnotationText } from './annotations.ts';
export { assessTextLayer, type TextLayerStats, type TextLayerVerdict } from './text-trust.ts';
export {
  TEXT_DPI,
  type BBox,
  type GrayImage,
  type ImagePage,
  type PageSource,
  type TextItem,
  type TextPage,
} from './types.ts';
