import sharp from 'sharp';
import type { GrayImage } from './gray.ts';

/** Options of {@link estimateSkew}. */
export interface SkewOptions {
  /** Largest skew looked for, in degrees. Default 3. */
  maxAngle?: number;
}

/**
 * Estimates how far the page is turned, in degrees, positive clockwise (the way
 * `sharp().rotate(angle)` turns an image). Picks the angle whose horizontal projection of
 * the ink is sharpest: ruling lines and text lines then fall into few rows.
 */
export function estimateSkew(img: GrayImage, opts: SkewOptions = {}): number {
  const maxAngle = opts.maxAngle ?? 3;
  const { xs, ys } = inkPoints(img);
  if (xs.length < 100) return 0;
  /** Sum of squared bins of the ink projected at `deg`, over every `stride`-th point. */
  const score = (deg: number, stride: number): number => {
    const tan = Math.tan((deg * Math.PI) / 180);
    const pad = Math.ceil(Math.abs(tan) * img.width) + 1;
    // Bins two rows tall: the points come from every other row, and one-row bins would make
    // the unrotated projection look twice as sharp as it is (all its points in even bins).
    const bins = new Float64Array((img.height + 2 * pad) / 2 + 2);
    // (v + 0.5) | 0 is Math.round for the positive v here, and much cheaper in this loop.
    for (let i = 0; i < xs.length; i += stride) bins[((ys[i]! - xs[i]! * tan + pad) / 2 + 0.5) | 0]! += 1;
    let s = 0;
    for (const b of bins) s += b * b;
    return s;
  };
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, step: number, stride: number): void => {
    for (let a = from; a <= to + 1e-9; a += step) {
      const s = score(a, stride);
      if (s > bestScore) { bestScore = s; best = a; }
    }
  };
  // The coarse step must be fine enough that a 1-px ruling line still falls into few bins. Its
  // 61 angles look at a quarter of the points (in page order: all parts of the page), whose
  // peak is as sharp; the finer steps around it count every point, from the coarse best's.
  search(-maxAngle, maxAngle, 0.1, 4);
  bestScore = score(best, 1);
  for (const step of [0.02, 0.005]) search(best - step * 5, best + step * 5, step, 1);
  return Math.round(best * 100) / 100;
}

/**
 * Turns the page back by its estimated skew, on a white background, keeping its size.
 * Returns the straightened image and the skew that was removed (degrees, clockwise).
 */
export async function deskew(img: GrayImage, opts: SkewOptions = {}): Promise<{ image: GrayImage; angle: number }> {
  const angle = estimateSkew(img, opts);
  if (Math.abs(angle) < 0.05) return { image: img, angle };
  const { data, info } = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } })
    .rotate(-angle, { background: '#ffffff' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Rotating grows the canvas; cut the original size back out of its centre, in place: each
  // row moves to its place at the start of the buffer, ahead of the rows still to move (a copy
  // of every page is garbage that makes V8 collect the whole heap the more often).
  const dx = Math.floor((info.width - img.width) / 2);
  const dy = Math.floor((info.height - img.height) / 2);
  for (let y = 0; y < img.height; y++) {
    const from = (y + dy) * info.width + dx;
    data.copyWithin(y * img.width, from, from + img.width);
  }
  return { image: { data: data.subarray(0, img.width * img.height), width: img.width, height: img.height }, angle };
}

/** Ink pixels (darker than the midpoint of the darkest and typical paper levels), sampled. */
function inkPoints(img: GrayImage): { xs: Int32Array; ys: Int32Array } {
  const { width: w, height: h } = img;
  const data = new Uint8Array(img.data.buffer, img.data.byteOffset, img.data.length);
  const hist = new Uint32Array(256);
  for (let i = 0; i < data.length; i += 7) hist[data[i]!]!++;
  let paper = 255;
  let most = 0;
  for (let v = 0; v < 256; v++) if (hist[v]! > most) { most = hist[v]!; paper = v; }
  const cut = paper / 2;
  let n = 0;
  // Every ink pixel of a 300 dpi page is ~10^5–10^6 points; every other row and column is as sharp.
  for (let y = 0; y < h; y += 2) for (let x = 0; x < w; x += 2) if (data[y * w + x]! < cut) n++;
  const xs = new Int32Array(n);
  const ys = new Int32Array(n);
  let i = 0;
  for (let y = 0; y < h; y += 2) {
    for (let x = 0; x < w; x += 2) {
      if (data[y * w + x]! < cut) { xs[i] = x; ys[i++] = y; }
    }
  }
  return { xs, ys };
}
