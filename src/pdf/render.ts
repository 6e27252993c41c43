/** Draws a page with pdf.js onto an @napi-rs/canvas and reads it back as gray. */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { rgbaToGray } from './gray.ts';
import type { GrayImage } from './types.ts';

/** The part of a 2D context we read back. */
interface Context2D {
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

/** The part of pdf.js's canvas factory we use (`PDFDocumentProxy.canvasFactory` is typed `Object`). */
interface CanvasFactory {
  create(width: number, height: number): { canvas: unknown; context: Context2D };
  destroy(canvasAndContext: { canvas: unknown; context: Context2D }): void;
}

/** A 300 dpi A0 sheet would need 560 MB of RGBA; above this many pixels the dpi is lowered. */
const MAX_PIXELS = 40_000_000;

/**
 * Renders a page at `dpi` (lowered if the page is huge) and returns the gray image and the dpi
 * actually used. The canvas comes from pdf.js's own factory, which creates @napi-rs/canvas
 * canvases: pdf.js composites its temporary canvases (masks, groups) into the target, so all
 * must come from one canvas library.
 */
export async function renderGray(
  pdf: PDFDocumentProxy,
  page: PDFPageProxy,
  dpi: number,
): Promise<{ image: GrayImage; dpi: number }> {
  const points = page.getViewport({ scale: 1 });
  const fit = Math.sqrt(MAX_PIXELS / (points.width * points.height)) * 72;
  const used = Math.min(dpi, Math.floor(fit));
  const viewport = page.getViewport({ scale: used / 72 });
  const width = Math.max(1, Math.round(viewport.width));
  const height = Math.max(1, Math.round(viewport.height));
  const factory = pdf.canvasFactory as CanvasFactory;
  const target = factory.create(width, height);
  try {
    // pdf.js types the context as a DOM one; @napi-rs/canvas implements the same drawing API.
    const canvasContext = target.context as unknown as CanvasRenderingContext2D;
    await page.render({ canvas: null, canvasContext, viewport }).promise;
    const data = Buffer.alloc(width * height);
    rgbaToGray(target.context.getImageData(0, 0, width, height).data, data);
    return { image: { data, width, height }, dpi: used };
  } finally {
    factory.destroy(target);
  }
}
