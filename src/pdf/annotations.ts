/**
 * Text drawn by annotations: e-signed documents get their number and day stamped into signature
 * widgets' appearance streams after signing, so the page's text layer lacks them ("Số: /TB-UBND").
 */
import { nfc } from '../text/index.ts';
import { PdfError } from './errors.ts';
import { loadPdfJs } from './load.ts';
import type { PdfDocument } from './open.ts';
import { TEXT_DPI, type TextItem } from './types.ts';

/**
 * The text each annotation's appearance shows, one item per annotation, boxed by the annotation's
 * rectangle in pixels of the page rendered at {@link TEXT_DPI}. Annotations that show no text
 * are left out.
 * @throws {PdfError} CORRUPT when pdf.js cannot read the page
 */
export async function readAnnotationText(doc: PdfDocument, pageNumber: number): Promise<TextItem[]> {
  const pdfjs = await loadPdfJs();
  try {
    const page = await doc.pdf.getPage(pageNumber);
    try {
      const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE });
      const viewport = page.getViewport({ scale: TEXT_DPI / 72 });
      const items: TextItem[] = [];
      let current: { rect: number[]; text: string } | null = null;
      ops.fnArray.forEach((fn, i) => {
        const args = ops.argsArray[i] as unknown[];
        if (fn === pdfjs.OPS.beginAnnotation) current = { rect: args[1] as number[], text: '' };
        else if (fn === pdfjs.OPS.showText && current) {
          // Glyphs carry their Unicode; numbers in the array are spacing adjustments.
          for (const g of args[0] as unknown[]) if (g && typeof g === 'object' && 'unicode' in g) current.text += String(g.unicode);
          current.text += ' ';
        } else if (fn === pdfjs.OPS.endAnnotation && current) {
          const text = nfc(current.text).replace(/\s+/g, ' ').trim();
          if (text) {
            const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = viewport.convertToViewportRectangle(current.rect);
            items.push({ text, bbox: [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)] });
          }
          current = null;
        }
      });
      return items;
    } finally {
      page.cleanup();
    }
  } catch (error) {
    if (error instanceof PdfError) throw error;
    throw new PdfError('CORRUPT', doc.file, `corrupt or truncated PDF: page ${pageNumber}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
