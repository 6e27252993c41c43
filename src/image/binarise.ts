import type { GrayImage } from './gray.ts';

/** Options of {@link binarise}. */
export interface BinariseOptions {
  /**
   * Side of the local window in pixels. Default: width / 40, at least 41: a window not much
   * wider than a stroke or a comma would hollow it out.
   */
  window?: number;
  /** How much darker than its neighbourhood's mean a pixel must be to be ink. Default 0.15. */
  t?: number;
}

/**
 * Adaptive threshold (Bradley–Roth: ink is darker than `1 - t` times the local mean), so a
 * gray or uneven paper tone does not turn into ink; anything darker than half the paper tone
 * is ink too, so large blobs keep their middle. Then removes specks (ink pixels with fewer
 * than two ink neighbours: dust and JPEG noise that Tesseract reads as "." or ","). Returns
 * 0 for ink and 255 for paper, same size as the input.
 */
export function binarise(img: GrayImage, opts: BinariseOptions = {}): GrayImage {
  const { data, width: w, height: h } = img;
  const win = opts.window ?? Math.max(41, Math.round(w / 40));
  const t = opts.t ?? 0.15;
  const W = w + 1;
  // Uint32 holds 255 × 16.8 M pixels, a 300 dpi A3 page; Float64 beyond that.
  const sums = w * h * 255 < 2 ** 32 ? new Uint32Array(W * (h + 1)) : new Float64Array(W * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += data[y * w + x]!;
      sums[(y + 1) * W + x + 1] = sums[y * W + x + 1]! + row;
    }
  }
  const out = Buffer.alloc(w * h, 255);
  const dark = paperTone(data) / 2;
  const r = win >> 1;
  for (let y = 0; y < h; y++) {
    const ya = Math.max(0, y - r);
    const yb = Math.min(h, y + r + 1);
    for (let x = 0; x < w; x++) {
      const xa = Math.max(0, x - r);
      const xb = Math.min(w, x + r + 1);
      const sum = sums[yb * W + xb]! - sums[ya * W + xb]! - sums[yb * W + xa]! + sums[ya * W + xa]!;
      const area = (yb - ya) * (xb - xa);
      const g = data[y * w + x]!;
      if (g < dark || g * area < sum * (1 - t)) out[y * w + x] = 0;
    }
  }
  return { data: despeckle(out, w, h), width: w, height: h };
}

/** The most common gray level, sampled: the paper. */
function paperTone(data: Buffer): number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < data.length; i += 5) hist[data[i]!]!++;
  let tone = 255;
  for (let v = 0; v < 256; v++) if (hist[v]! > hist[tone]!) tone = v;
  return tone;
}

/** Clears ink pixels that have fewer than two ink pixels among their 8 neighbours. */
function despeckle(bin: Buffer, w: number, h: number): Buffer {
  const out = Buffer.from(bin);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (bin[i] !== 0) continue;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if ((dx || dy) && xx >= 0 && xx < w && bin[yy * w + xx] === 0) n++;
        }
      }
      if (n < 2) out[i] = 255;
    }
  }
  return out;
}
