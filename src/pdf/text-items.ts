/** A page's text layer as NFC strings with boxes in the pixel space of a page rendered at some dpi. */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { nfc } from '../text/index.ts';
import type { TextItem } from './types.ts';

type Matrix = [number, number, number, number, number, number];

/** pdf.js's text items: a string, its font, its text matrix and its advance width in user space. */
interface RawItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL: boolean;
}

function isRawItem(item: object): item is RawItem {
  return 'str' in item && 'transform' in item;
}

/** Applies an affine matrix to a point. */
function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * Reads the text layer. Boxes are the item's run from descent to ascent, through the viewport of
 * `scale` (pixels per point), so they line up with an image of the page rendered at that scale.
 */
export async function readTextItems(
  page: PDFPageProxy,
  scale: number,
): Promise<{ items: TextItem[]; text: string }> {
  const content = await page.getTextContent();
  const viewport = page.getViewport({ scale });
  const toDevice = viewport.transform as Matrix;
  const items: TextItem[] = [];
  // The plain text joins runs as pdf.js cut them: it inserts its own space runs where glyphs stand apart.
  let text = '';
  for (const item of content.items) {
    if (!isRawItem(item)) continue;
    text += item.str + (item.hasEOL ? '\n' : '');
    if (item.str.trim() === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    const fontSize = Math.hypot(c, d) || Math.hypot(a, b);
    const style = content.styles[item.fontName];
    // pdf.js reports ascent/descent per em; fall back to typical Latin metrics when missing.
    const ascent = style?.ascent || 0.8;
    const descent = style?.descent || -0.2;
    const along = Math.hypot(a, b) || 1;
    const up = Math.hypot(c, d) || 1;
    const ux = a / along;
    const uy = b / along;
    const vx = (c / up) * fontSize;
    const vy = (d / up) * fontSize;
    const corners = [
      [e + vx * descent, f + vy * descent],
      [e + vx * ascent, f + vy * ascent],
      [e + ux * item.width + vx * descent, f + uy * item.width + vy * descent],
      [e + ux * item.width + vx * ascent, f + uy * item.width + vy * ascent],
    ].map(([x = 0, y = 0]) => apply(toDevice, x, y));
    const xs = corners.map((p) => p[0]);
    const ys = corners.map((p) => p[1]);
    items.push({
      text: nfc(item.str),
      bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map(round2) as TextItem['bbox'],
    });
  }
  return { items, text: nfc(text) };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
