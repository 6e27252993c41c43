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
  return { image: rotate(img, -angle), angle };
}

/**
 * `img` turned by `deg` degrees clockwise about its centre, its size kept: each pixel
 * interpolated (bilinear) from the four it falls between, white where it falls outside. Here
 * rather than in sharp, whose rotation grows the canvas and took three times as long on a
 * 300 dpi page, on threads of its own that the OCR workers wanted.
 */
export function rotate(img: GrayImage, deg: number): GrayImage {
  const { width: w, height: h } = img;
  // Plain Uint8Array views, which V8 indexes faster than Buffers (as in binarise).
  const src = new Uint8Array(img.data.buffer, img.data.byteOffset, img.data.length);
  const out = new Uint8Array(w * h);
  const rad = (deg * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  // Source positions in 1/65536 pixels, integers, so that the inner loop stays in integer
  // arithmetic (drifting less than 0.05 px across a page); weights in 1/256.
  const ONE = 65536;
  const [dx, dy] = [Math.round(cos * ONE), Math.round(sin * ONE)];
  const [xMax, yMax] = [(w - 1) * ONE, (h - 1) * ONE];
  for (let y = 0; y < h; y++) {
    // Where pixel (0, y) comes from; each step right moves that point by (cos, -sin).
    let sx = Math.round((cx - cx * cos + (y - cy) * sin) * ONE);
    let sy = Math.round((cy + cx * sin + (y - cy) * cos) * ONE);
    for (let o = y * w, end = o + w; o < end; o++, sx += dx, sy -= dy) {
      if (sx < 0 || sy < 0 || sx >= xMax || sy >= yMax) {
        out[o] = 255;
        continue;
      }
      const fx = (sx & 0xffff) >> 8;
      const fy = (sy & 0xffff) >> 8;
      const i = (sy >> 16) * w + (sx >> 16);
      const top = (src[i]! << 8) + (src[i + 1]! - src[i]!) * fx;
      const bottom = (src[i + w]! << 8) + (src[i + w + 1]! - src[i + w]!) * fx;
      out[o] = ((top << 8) + (bottom - top) * fy + 32768) >> 16;
    }
  }
  return { data: Buffer.from(out.buffer, out.byteOffset, out.length), width: w, height: h };
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
