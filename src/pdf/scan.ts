/**
 * Finds the scan in a scanned page: the one image that covers the page, read from pdf.js's
 * operator list with the transform it is painted under.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { orient, type Orientation } from './gray.ts';
import { loadPdfJs } from './load.ts';
import type { GrayImage, ImagePage } from './types.ts';

export type Matrix = [number, number, number, number, number, number];

/** An image covering at least this share of the page is the page's scan. */
const FULL_PAGE = 0.85;
/** Any other image or mask this large means the page is more than one scan: render it instead. */
const LARGE = 0.25;

/** Where the page's scan is: an object id in `page.objs`/`page.commonObjs`, or inline data. */
export interface PageScan {
  source: { objId: string } | { inline: unknown };
  /** How to turn the image upright as the page shows it. */
  orientation: Orientation;
  /** The painted size on the page, in points. */
  widthPt: number;
  heightPt: number;
}

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function toMatrix(value: unknown): Matrix | null {
  if (!ArrayBuffer.isView(value) && !Array.isArray(value)) return null;
  const numbers = Array.from(value as ArrayLike<number>);
  return numbers.length === 6 ? (numbers as Matrix) : null;
}

/** Share of the page that the unit square under `m` (already in page pixels) covers. */
function coverage(m: Matrix, pageW: number, pageH: number): { share: number; w: number; h: number } {
  const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
  const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  const clippedW = Math.max(0, Math.min(pageW, Math.max(...xs)) - Math.max(0, Math.min(...xs)));
  const clippedH = Math.max(0, Math.min(pageH, Math.max(...ys)) - Math.max(0, Math.min(...ys)));
  return { share: (clippedW * clippedH) / (pageW * pageH), w, h };
}

/**
 * The image's pixel axes on the page: columns run along (m0, m1), rows along (-m2, -m3),
 * because pdf.js paints an image into the unit square with its first row at the top.
 * Null when the image is skewed or turned by other than a quarter turn.
 */
function orientationOf(m: Matrix): Orientation | null {
  const scale = Math.max(Math.abs(m[0]), Math.abs(m[1]), Math.abs(m[2]), Math.abs(m[3]));
  const tiny = (v: number): boolean => Math.abs(v) <= scale * 1e-3;
  if (tiny(m[1]) && tiny(m[2])) return { swap: false, flipX: m[0] < 0, flipY: m[3] > 0 };
  if (tiny(m[0]) && tiny(m[3])) return { swap: true, flipX: m[2] > 0, flipY: m[1] < 0 };
  return null;
}

/** A decoded scan turned upright, with its resolution from the size it is painted at. */
export function uprightScan(gray: GrayImage, { orientation, widthPt, heightPt }: Omit<PageScan, 'source'>): Pick<ImagePage, 'image' | 'dpi'> {
  const image = orient(gray, orientation);
  const dpiX = image.width / (widthPt / 72);
  const dpiY = image.height / (heightPt / 72);
  return { image, dpi: Math.round(((dpiX + dpiY) / 2) * 10) / 10 };
}

/** Where an image is painted: the unit square under `m`, in page pixels. */
export interface ImagePaint<T> {
  m: Matrix;
  image: T;
}

/**
 * The page's scan among the images painted on it, when the page is essentially one image: a
 * single image covers ≥ 85 % of it and nothing else painted as an image covers ≥ 25 %. Small
 * overlays (seals, signature stamps) are allowed. Null otherwise.
 */
export function coveringImage<T>(paints: ImagePaint<T>[], pageW: number, pageH: number):
  { image: T; orientation: Orientation; widthPt: number; heightPt: number } | null {
  const large = paints.map((p) => ({ ...p, ...coverage(p.m, pageW, pageH) })).filter((p) => p.share >= LARGE);
  const only = large.length === 1 ? large[0] : undefined;
  if (!only || only.share < FULL_PAGE) return null;
  const orientation = orientationOf(only.m);
  return orientation && { image: only.image, orientation, widthPt: only.w, heightPt: only.h };
}

/**
 * Returns the page's scan (see {@link coveringImage}) from pdf.js's operator list; annotation
 * appearances are ignored. Null otherwise.
 */
export async function findPageScan(page: PDFPageProxy): Promise<PageScan | null> {
  const { OPS } = await loadPdfJs();
  const { fnArray, argsArray } = await page.getOperatorList();
  const viewport = page.getViewport({ scale: 1 });
  const stack: Matrix[] = [];
  let ctm = viewport.transform as Matrix;
  let annotationDepth = 0;
  const paints: ImagePaint<{ op: number; args: unknown[] }>[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const op = fnArray[i];
    const args: unknown[] = argsArray[i] ?? [];
    switch (op) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.transform: {
        const m = toMatrix(args);
        if (m) ctm = multiply(ctm, m);
        break;
      }
      case OPS.paintFormXObjectBegin: {
        stack.push(ctm);
        const m = toMatrix(args[0]);
        if (m) ctm = multiply(ctm, m);
        break;
      }
      case OPS.beginAnnotation:
        annotationDepth++;
        break;
      case OPS.endAnnotation:
        annotationDepth--;
        break;
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
      case OPS.paintImageXObjectRepeat:
      case OPS.paintImageMaskXObjectRepeat:
      case OPS.paintInlineImageXObjectGroup:
      case OPS.paintImageMaskXObjectGroup:
        if (annotationDepth === 0) paints.push({ m: ctm, image: { op: op ?? -1, args } });
        break;
    }
  }
  const found = coveringImage(paints, viewport.width, viewport.height);
  if (!found) return null;
  const { image: { op, args }, ...size } = found;
  if (op === OPS.paintImageXObject && typeof args[0] === 'string') return { source: { objId: args[0] }, ...size };
  if (op === OPS.paintInlineImageXObject) return { source: { inline: args[0] }, ...size };
  return null;
}
