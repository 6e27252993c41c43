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
  const { width: w, height: h } = img;
  const win = opts.window ?? Math.max(41, Math.round(w / 40));
  const t = opts.t ?? 0.15;
  // Plain Uint8Array views: V8 indexes them several times faster than a Buffer in these loops,
  // which run for every pixel of the page.
  const data = new Uint8Array(img.data.buffer, img.data.byteOffset, img.data.length);
  const W = w + 1;
  const sums = integralBuffer(W * (h + 1));
  // Sums wrap around 2^32 (a page's total exceeds it); a window's, the difference of four, is
  // exact in int32 all the same, since it is far below 2^31.
  sums.fill(0, 0, W);
  for (let y = 0; y < h; y++) {
    let row = 0;
    const above = y * W + 1;
    const here = above + W;
    const src = y * w;
    sums[here - 1] = 0;
    for (let x = 0; x < w; x++) {
      row += data[src + x]!;
      sums[here + x] = (sums[above + x]! + row) | 0;
    }
  }
  const out = new Uint8Array(w * h).fill(255);
  const dark = paperTone(data) / 2;
  const r = win >> 1;
  const xa = new Int32Array(w);
  const xb = new Int32Array(w);
  for (let x = 0; x < w; x++) {
    xa[x] = Math.max(0, x - r);
    xb[x] = Math.min(w, x + r + 1);
  }
  const keep = 1 - t;
  // No mean exceeds 255: a pixel this light is paper whatever its neighbourhood, which spares
  // most pixels of a page the window sum.
  const paper = 255 * keep;
  for (let y = 0; y < h; y++) {
    const ya = Math.max(0, y - r);
    const yb = Math.min(h, y + r + 1);
    const top = ya * W;
    const bottom = yb * W;
    const rows = yb - ya;
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const g = data[row + x]!;
      if (g >= paper) continue;
      const a = xa[x]!;
      const b = xb[x]!;
      const sum = (sums[bottom + b]! - sums[top + b]! - sums[bottom + a]! + sums[top + a]!) | 0;
      if (g < dark || g * (rows * (b - a)) < sum * keep) out[row + x] = 0;
    }
  }
  removeSpecks(out, w, h, opts.maxSpeck ?? 8);
  return { data: Buffer.from(out.buffer, out.byteOffset, out.length), width: w, height: h };
}

let scratch = new Int32Array(0);

/**
 * The integral image's buffer, kept between pages: a fresh 35 MB array for each 300 dpi page
 * cost more (its pages zeroed by the system on first touch, ~0.1 s) than the sums themselves.
 * `binarise` runs synchronously, so one buffer serves every call.
 */
function integralBuffer(size: number): Int32Array {
  if (scratch.length < size) scratch = new Int32Array(size);
  return scratch;
}

/** The most common gray level, sampled: the paper. */
function paperTone(data: Uint8Array): number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < data.length; i += 5) hist[data[i]!]!++;
  let tone = 255;
  for (let v = 0; v < 256; v++) if (hist[v]! > hist[tone]!) tone = v;
  return tone;
}

/** The runs of {@link removeSpecks}: where each starts and ends, its row, its blob (union–find). */
interface Runs {
  starts: Int32Array;
  ends: Int32Array;
  rows: Int32Array;
  parent: Int32Array;
  size: Int32Array;
}

/** Kept between pages and grown as needed, as the integral image's buffer is. */
let runs: Runs = { starts: new Int32Array(0), ends: new Int32Array(0), rows: new Int32Array(0), parent: new Int32Array(0), size: new Int32Array(0) };

/** A page's run buffers with room for `n` runs, the ones filled so far kept. */
function roomFor(n: number, filled: number): Runs {
  if (runs.starts.length >= n) return runs;
  const grow = (a: Int32Array): Int32Array => {
    const b = new Int32Array(Math.max(n, 2 * a.length, 1 << 16));
    b.set(a.subarray(0, filled));
    return b;
  };
  runs = { starts: grow(runs.starts), ends: grow(runs.ends), rows: grow(runs.rows), parent: grow(runs.parent), size: grow(runs.size) };
  return runs;
}

/**
 * Clears 8-connected ink blobs of at most `maxSize` pixels. Works on horizontal runs of ink:
 * runs that touch a run of the row above (diagonals included) are joined with union–find, so
 * the cost follows the number of runs, not of pixels.
 */
function removeSpecks(bin: Uint8Array, w: number, h: number, maxSize: number): void {
  if (maxSize <= 0) return;
  let { starts, ends, rows, parent, size } = runs;
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  let count = 0;
  let prevFrom = 0;
  let prevTo = 0;
  for (let y = 0; y < h; y++) {
    const from = count;
    let above = prevFrom; // runs are in x order, so the first run above that may touch only moves right
    const row = y * w;
    if (count + w > starts.length) ({ starts, ends, rows, parent, size } = roomFor(count + w, count));
    for (let x = 0; x < w; x++) {
      if (bin[row + x] !== 0) continue;
      const start = x;
      while (x < w && bin[row + x] === 0) x++;
      const run = count++;
      starts[run] = start;
      ends[run] = x;
      rows[run] = y;
      parent[run] = run;
      size[run] = x - start;
      // Runs of the row above that overlap [start - 1, x] touch this one.
      while (above < prevTo && ends[above]! < start) above++;
      for (let k = above; k < prevTo && starts[k]! <= x; k++) {
        const a = root(k);
        const b = root(run);
        if (a === b) continue;
        parent[b] = a;
        size[a]! += size[b]!;
      }
    }
    prevFrom = from;
    prevTo = count;
  }
  for (let k = 0; k < count; k++) {
    if (size[root(k)]! <= maxSize) bin.fill(255, rows[k]! * w + starts[k]!, rows[k]! * w + ends[k]!);
  }
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
