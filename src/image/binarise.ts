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
  /**
   * Ink blobs of this many pixels or fewer are dust and are removed. Default 8: a full stop
   * or a comma is ~16 px at 200 dpi and ~36 px at 300 dpi.
   */
  maxSpeck?: number;
}

/**
 * Adaptive threshold (Bradley–Roth: ink is darker than `1 - t` times the local mean), so a
 * gray or uneven paper tone does not turn into ink; anything darker than half the paper tone
 * is ink too, so large blobs keep their middle. Then removes specks (tiny blobs of dust and
 * JPEG noise, which Tesseract reads as "." or ","). Returns
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
  return { data: removeSpecks(out, w, h, opts.maxSpeck ?? 8), width: w, height: h };
}

/** The most common gray level, sampled: the paper. */
function paperTone(data: Buffer): number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < data.length; i += 5) hist[data[i]!]!++;
  let tone = 255;
  for (let v = 0; v < 256; v++) if (hist[v]! > hist[tone]!) tone = v;
  return tone;
}

/**
 * Clears 8-connected ink blobs of at most `maxSize` pixels. Each search stops as soon as it
 * finds more, or touches a blob already known to be big, so the cost stays linear.
 */
function removeSpecks(bin: Buffer, w: number, h: number, maxSize: number): Buffer {
  const KEEP = 1;
  const state = new Uint8Array(w * h);
  const blob: number[] = [];
  for (let start = 0; start < bin.length; start++) {
    if (bin[start] !== 0 || state[start] === KEEP) continue;
    blob.length = 0;
    blob.push(start);
    state[start] = 2;
    let big = false;
    for (let k = 0; k < blob.length && !big; k++) {
      const i = blob[k]!;
      const x = i % w;
      for (let dy = -w; dy <= w && !big; dy += w) {
        for (let dx = -1; dx <= 1; dx++) {
          const j = i + dy + dx;
          if (j < 0 || j >= bin.length || x + dx < 0 || x + dx >= w || bin[j] !== 0) continue;
          if (state[j] === KEEP || blob.length > maxSize) { big = true; break; }
          if (state[j] === 0) { state[j] = 2; blob.push(j); }
        }
      }
    }
    big ||= blob.length > maxSize;
    for (const i of blob) {
      state[i] = big ? KEEP : 0;
      if (!big) bin[i] = 255;
    }
  }
  return bin;
}

/**
 * Everything noticeably darker than the paper is ink: a lenient mask for finding ruling lines.
 * A 1-px line of a 1-bit scan turns light gray once the page is rotated straight, and the
 * adaptive threshold that suits text then breaks it into dashes.
 */
export function lineMask(img: GrayImage): GrayImage {
  const hist = new Uint32Array(256);
  for (let i = 0; i < img.data.length; i += 5) hist[img.data[i]!]!++;
  let paper = 255;
  for (let v = 0; v < 256; v++) if (hist[v]! > hist[paper]!) paper = v;
  const cut = paper * 0.85;
  const data = Buffer.alloc(img.data.length);
  for (let i = 0; i < data.length; i++) data[i] = img.data[i]! < cut ? 0 : 255;
  return { data, width: img.width, height: img.height };
}
