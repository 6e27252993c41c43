/**
 * Numbers of a header read again from their own pixels: the number after "Số:" and the day and
 * month of the date are often written by hand, and a full-line OCR pass turns them into
 * "0#" or "Ô 5". A value counts only when independent readings agree; otherwise it is
 * reported unreadable, never guessed.
 */
import { binarise, cropCell, fromSharp, isBlank, mainInkBand, toSharp, type GrayImage } from '../image/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import type { Reading, Spot } from './parse.ts';

/** Ink heights the digits are scaled to before reading (on the samples' numbers, 24–32 px read best; 48 and more worse). */
const TARGET_HEIGHTS = [32, 24];

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** What a field's value may look like: a number of a document, a day, a month or a year. */
export type DigitsKind = 'number' | 'day' | 'month' | 'year';

const SHAPE: Record<DigitsKind, RegExp> = {
  number: /^\d{1,5}$/,
  day: /^\d{1,2}$/,
  month: /^\d{1,2}$/,
  year: /^\d{4}$/,
};

function plausible(kind: DigitsKind, digits: string): boolean {
  if (!SHAPE[kind].test(digits)) return false;
  const n = Number(digits);
  if (kind === 'day') return n >= 1 && n <= 31;
  if (kind === 'month') return n >= 1 && n <= 12;
  if (kind === 'year') return n >= 1945 && n <= 2100;
  return true;
}

/** The ink of a spot, cut to its main line of glyphs and scaled to a readable height; null when blank. */
async function glyphs(page: GrayImage, spot: Spot, height: number): Promise<GrayImage | null> {
  const [x0, y0, x1, y1] = spot.box;
  const box: [number, number, number, number] = [clamp(x0, 0, page.width), clamp(y0, 0, page.height), clamp(x1, 0, page.width), clamp(y1, 0, page.height)];
  if (box[2] - box[0] < 4 || box[3] - box[1] < 4) return null;
  const bin = binarise(cropCell(page, box), { maxSpeck: 6 });
  if (isBlank(bin)) return null;
  const band = mainInkBand(bin, 0);
  if (!band || band.height < 6) return null;
  const scale = height / band.height;
  const scaled = await fromSharp(toSharp(band).resize(Math.max(1, Math.round(band.width * scale)), Math.max(1, Math.round(band.height * scale))));
  return padWhite(scaled, Math.round(height * 0.4));
}

function padWhite(img: GrayImage, pad: number): GrayImage {
  const w = img.width + 2 * pad;
  const h = img.height + 2 * pad;
  const data = Buffer.alloc(w * h, 255);
  for (let y = 0; y < img.height; y++) img.data.copy(data, (y + pad) * w + pad, y * img.width, (y + 1) * img.width);
  return { data, width: w, height: h };
}

/**
 * Reads the digits at a spot: the line OCR's reading, and the spot's glyphs read digits-only and
 * as one word at two sizes. Agreement decides the confidence; a spot whose readings disagree,
 * or whose value cannot be a {@link DigitsKind}, is unreadable (value null).
 */
export async function readDigits(page: GrayImage, spot: Spot, kind: DigitsKind, ocr: OcrEngine): Promise<Reading<string>> {
  const printed = spot.printed.replace(/\s+/g, '');
  const readings: string[] = [];
  for (const height of TARGET_HEIGHTS) {
    const img = await glyphs(page, spot, height);
    if (!img) break;
    const [digits, word] = await Promise.all([
      ocr.recognize(img, { mode: 'digits' }),
      ocr.recognize(img, { mode: 'word' }),
    ]);
    // A full stop or a quote read beside the digits is no digit: only the ends are trimmed, never a digit changed.
    readings.push(...[digits.text, word.text].map((t) => t.replace(/\s+/g, '').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')));
  }
  const good = readings.filter((r) => plausible(kind, r));
  const counts = new Map<string, number>();
  for (const r of good) counts.set(r, (counts.get(r) ?? 0) + 1);
  const printedOk = plausible(kind, printed);
  if (printedOk) counts.set(printed, (counts.get(printed) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, votes] = ranked[0] ?? [null, 0];
  const against = readings.length + (printed ? 1 : 0) - votes;
  if (best === null || votes < 2) return { value: null, confidence: 0 };
  // Printed digits read the same by the line pass, with high confidence, and by every re-reading.
  if (printedOk && best === printed && against === 0 && spot.confidence >= 0.93) return { value: best, confidence: 0.95 };
  // Handwriting can fool every pass the same way ("15" read "45" four times): agreement alone stays below sure.
  if (against === 0) return { value: best, confidence: 0.85 };
  if (votes >= 3 && votes > 2 * against) return { value: best, confidence: 0.75 };
  if (votes > against) return { value: best, confidence: 0.6 };
  return { value: null, confidence: 0 };
}
