/** Turns pdf.js's decoded image buffers into 8-bit grayscale, upright as the page shows them. */
import type { GrayImage } from './types.ts';

/**
 * pdf.js's `ImageKind` (src/shared/util.js): how a decoded image's `data` is laid out.
 * 1 bit per pixel rows are padded to whole bytes and a set bit is white.
 */
export const ImageKind = { GRAYSCALE_1BPP: 1, RGB_24BPP: 2, RGBA_32BPP: 3 } as const;

/** A decoded image as pdf.js hands it over in `page.objs` (or inline in an operator's args). */
export interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** Narrows pdf.js's untyped object store entry to a decoded raster we can read. */
export function isDecodedImage(value: unknown): value is DecodedImage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<DecodedImage>;
  return (
    typeof v.width === 'number' &&
    typeof v.height === 'number' &&
    typeof v.kind === 'number' &&
    (v.data instanceof Uint8Array || v.data instanceof Uint8ClampedArray)
  );
}

/** ITU-R BT.601 luma in integers: what most scanners and sharp's 'b-w' use. */
function luma(r: number, g: number, b: number): number {
  return (299 * r + 587 * g + 114 * b + 500) / 1000;
}

/** Converts any pdf.js image kind to gray; RGBA is composed over white, as paper shows it. */
export function toGray(image: DecodedImage): GrayImage {
  const { width, height, kind } = image;
  // Plain Uint8Array views: V8 indexes them much faster than a Buffer in per-pixel loops.
  const src = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.length);
  if (kind === ImageKind.GRAYSCALE_1BPP) return bitsToGray(src, width, height);
  if (kind === ImageKind.RGB_24BPP) return rgbToGray(src, width, height);
  if (kind !== ImageKind.RGBA_32BPP) throw new Error(`unknown pdf.js image kind ${kind}`);
  const out = new Uint8Array(width * height);
  rgbaToGray(src, out);
  return { data: Buffer.from(out.buffer, out.byteOffset, out.length), width, height };
}

/** 1 bit per pixel, rows padded to whole bytes, a set bit white (DeviceGray's default) → gray. */
export function bitsToGray(src: Uint8Array, width: number, height: number): GrayImage {
  const out = new Uint8Array(width * height);
  const rowBytes = (width + 7) >> 3;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const bit = (src[y * rowBytes + (x >> 3)] ?? 0) & (0x80 >> (x & 7));
      out[y * width + x] = bit ? 255 : 0;
    }
  }
  return { data: Buffer.from(out.buffer, out.byteOffset, out.length), width, height };
}

/** RGB, 3 bytes a pixel → gray (BT.601 luma). */
export function rgbToGray(src: Uint8Array, width: number, height: number): GrayImage {
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 3) {
    const r = src[j]!;
    // A gray scan comes as RGB with equal channels, whose luma is that channel.
    out[i] = r === src[j + 1] && r === src[j + 2] ? r : luma(r, src[j + 1]!, src[j + 2]!);
  }
  return { data: Buffer.from(out.buffer, out.byteOffset, out.length), width, height };
}

/** RGBA (as a canvas returns it) to gray over a white background. */
export function rgbaToGray(src: Uint8Array | Uint8ClampedArray, out: Uint8Array): void {
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    const alpha = src[j + 3] ?? 255;
    const gray = luma(src[j] ?? 0, src[j + 1] ?? 0, src[j + 2] ?? 0);
    out[i] = (gray * alpha + 255 * (255 - alpha)) / 255;
  }
}

/** How to turn an image upright: swap axes (a quarter turn), then mirror columns and/or rows. */
export interface Orientation {
  swap: boolean;
  flipX: boolean;
  flipY: boolean;
}

/** Applies an {@link Orientation}; the identity returns the image itself. */
export function orient(image: GrayImage, { swap, flipX, flipY }: Orientation): GrayImage {
  if (!swap && !flipX && !flipY) return image;
  const { width: w, height: h, data } = image;
  const outW = swap ? h : w;
  const outH = swap ? w : h;
  const out = Buffer.alloc(outW * outH);
  for (let y = 0; y < outH; y++) {
    const sy = flipY ? outH - 1 - y : y;
    for (let x = 0; x < outW; x++) {
      const sx = flipX ? outW - 1 - x : x;
      // In the upright output, (sx, sy) is (column, row) of the source, or (row, column) if swapped.
      out[y * outW + x] = swap ? (data[sx * w + sy] ?? 0) : (data[sy * w + sx] ?? 0);
    }
  }
  return { data: out, width: outW, height: outH };
}
