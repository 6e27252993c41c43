import sharp, { type Sharp } from 'sharp';

/** A scan under 200 dpi: its dots, lines and glyphs need the care a 300 dpi scan's do not. */
export const isCoarse = (dpi: number) => dpi < 200;

/** Whether an image has two levels only, black and white: a 1-bit scan (CCITT, or a 1-bit Flate image). */
export function isBilevel(img: GrayImage): boolean {
  // Every 7th pixel: enough to meet the gray of any anti-aliased or photographed edge.
  for (let i = 0; i < img.data.length; i += 7) if (img.data[i] !== 0 && img.data[i] !== 255) return false;
  return true;
}

/** An 8-bit grayscale page or cell: 1 channel, row-major, 0 = black, 255 = white. */
export interface GrayImage {
  data: Buffer;
  width: number;
  height: number;
}

/** A rectangle in pixels, `[x0, y0, x1, y1]`, x1/y1 exclusive. */
export type BBox = [number, number, number, number];

/** Decodes any image sharp reads (PNG, JPEG, TIFF…) into a {@link GrayImage}. */
export async function loadGray(input: Buffer | string): Promise<GrayImage> {
  const { data, info } = await sharp(input).grayscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Wraps a {@link GrayImage} as a sharp pipeline, e.g. to encode it as PNG. */
export function toSharp(img: GrayImage): Sharp {
  return sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } });
}

/** Reads a sharp pipeline's output back as a 1-channel {@link GrayImage}. */
export async function fromSharp(pipeline: Sharp): Promise<GrayImage> {
  // 'b-w' keeps one channel; without it sharp may hand back 3 (DESIGN.md).
  const { data, info } = await pipeline.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected 1 channel, got ${info.channels}`);
  return { data, width: info.width, height: info.height };
}

/**
 * Copies `bbox` out of `img` (clamped to the image) and surrounds it with `pad` pixels of
 * white: Tesseract reads text that touches the image edge badly, and a cell's bbox from
 * {@link findGrid} already excludes the ruling lines.
 */
export function cropCell(img: GrayImage, bbox: BBox, pad = 0): GrayImage {
  const x0 = clamp(Math.round(bbox[0]), 0, img.width);
  const y0 = clamp(Math.round(bbox[1]), 0, img.height);
  const x1 = clamp(Math.round(bbox[2]), x0, img.width);
  const y1 = clamp(Math.round(bbox[3]), y0, img.height);
  const w = x1 - x0 + 2 * pad;
  const h = y1 - y0 + 2 * pad;
  const data = Buffer.alloc(w * h, 255);
  for (let y = y0; y < y1; y++) {
    const src = y * img.width;
    img.data.copy(data, (y - y0 + pad) * w + pad, src + x0, src + x1);
  }
  return { data, width: w, height: h };
}

/** Options of {@link isBlank}. */
export interface BlankOptions {
  /** Gray level below which a pixel is ink. Default 128. */
  threshold?: number;
  /** Fewest ink pixels (not counting specks) that make a cell non-blank. Default 15. */
  minInk?: number;
  /** Smallest ink ratio (0..1) that makes a cell non-blank. Default 0.001. */
  minRatio?: number;
}

/**
 * True when a cell holds no ink worth reading. Isolated dark pixels (scanner dust, JPEG
 * noise) are not counted: only ink pixels with at least two ink neighbours are.
 */
export function isBlank(img: GrayImage, opts: BlankOptions = {}): boolean {
  const { threshold = 128, minInk = 15, minRatio = 0.001 } = opts;
  const { width: w, height: h } = img;
  const data = new Uint8Array(img.data.buffer, img.data.byteOffset, img.data.length);
  const enough = Math.max(minInk, minRatio * w * h);
  const dark = (i: number): number => (data[i]! < threshold ? 1 : 0);
  let ink = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      if (data[i]! >= threshold) continue;
      const n = dark(i - w - 1) + dark(i - w) + dark(i - w + 1) + dark(i - 1) + dark(i + 1) + dark(i + w - 1) + dark(i + w) + dark(i + w + 1);
      if (n >= 2 && ++ink >= enough) return false; // enough ink seen: the rest need not be counted
    }
  }
  return true;
}

export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
