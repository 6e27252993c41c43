/**
 * Numbers of a header read again from their own pixels: the number after "Số:" and the day and
 * month of the date are often written by hand, and a full-line OCR pass turns them into
 * "0#" or "Ô 5". A value counts only when independent readings agree; otherwise it is
 * reported unreadable, never guessed.
 */
import { binarise, cropCell, fromSharp, glyphHeight, isBlank, mainInkBand, toSharp, type GrayImage } from '../image/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import type { Reading, Spot } from './parse.ts';

/** Ink heights the digits are scaled to before reading (on the samples' numbers, 24–32 px read best; 48 and more worse). */
const TARGET_HEIGHTS = [32, 24];

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A number whose ink stands this much taller than the header's printed year is taken as handwritten. */
export const HANDWRITTEN_RATIO = 1.1;

/** What a field's value may look like: a number of a document, a day, a month or a year. */
export type DigitsKind = 'number' | 'day' | 'month' | 'year';

const SHAPE: Record<DigitsKind, RegExp> = {
  number: /^\d{1,5}$/,
  day: /^\d{1,2}$/,
  month: /^\d{1,2}$/,
  year: /^\d{4}$/,
};

/** Whether digits can be a value of that kind (a day 1–31, a month 1–12, a year 1945–2100, a number of up to 5 digits). */
export function plausible(kind: DigitsKind, digits: string): boolean {
  if (!SHAPE[kind].test(digits)) return false;
  const n = Number(digits);
  if (kind === 'day') return n >= 1 && n <= 31;
  if (kind === 'month') return n >= 1 && n <= 12;
  if (kind === 'year') return n >= 1945 && n <= 2100;
  return true;
}

/** The height of the glyphs of a spot's main line of ink, in page pixels (accents and descenders aside); null when blank. */
export function inkHeight(page: GrayImage, spot: Spot): number | null {
  const bin = spotInk(page, spot);
  const band = bin && mainInkBand(bin, 0);
  return band ? glyphHeight(band) : null;
}

/** A spot's pixels binarised (dust cleared), the spot clamped to the page; null when under 4 px across. */
export function spotInk(page: GrayImage, spot: Spot): GrayImage | null {
  const [x0, y0, x1, y1] = spot.box;
  const box: [number, number, number, number] = [clamp(x0, 0, page.width), clamp(y0, 0, page.height), clamp(x1, 0, page.width), clamp(y1, 0, page.height)];
  if (box[2] - box[0] < 4 || box[3] - box[1] < 4) return null;
  return binarise(cropCell(page, box), { maxSpeck: 6 });
}

/** The ink of a spot, cut to its main line of glyphs and scaled to a readable height; null when blank. */
async function glyphs(page: GrayImage, spot: Spot, height: number): Promise<GrayImage | null> {
  const bin = spotInk(page, spot);
  if (!bin || isBlank(bin)) return null;
  const band = mainInkBand(bin, 0);
  if (!band || band.height < 6) return null;
  const scale = height / band.height;
  const scaled = await fromSharp(toSharp(band).resize(Math.max(1, Math.round(band.width * scale)), Math.max(1, Math.round(band.height * scale))));
  return padWhite(scaled, Math.round(height * 0.4));
}

/** The image with `pad` pixels of white paper around it. */
export function padWhite(img: GrayImage, pad: number): GrayImage {
  const w = img.width + 2 * pad;
  const h = img.height + 2 * pad;
  const data = Buffer.alloc(w * h, 255);
  for (let y = 0; y < img.height; y++) img.data.copy(data, (y + pad) * w + pad, y * img.width, (y + 1) * img.width);
  return { data, width: w, height: h };
}

/**
 * Reads the digits at a spot. The context readings (the column OCR's, and the line read again
 * on its own, `lineReadings`) decide the value: at least two must agree and outnumber the rest.
 * The spot's glyphs read alone, digits-only and as a word at two sizes, only confirm it (alone
 * they misread more: a cut-off "26tháng" reads "2"). Below that, or when the digits look
 * handwritten against `printedHeight` (the ink height of the date's printed year), the spot is
 * unreadable (null).
 */
export async function readDigits(page: GrayImage, spot: Spot, kind: DigitsKind, ocr: OcrEngine, lineReadings: readonly string[] = [], printedHeight: number | null = null): Promise<Reading<string>> {
  const printed = trimEnds(spot.printed.replace(/\s+/g, ''));
  const context = [...(printed ? [printed] : []), ...lineReadings.map(trimEnds)];
  const glyphReadings: string[] = [];
  for (const height of TARGET_HEIGHTS) {
    const img = await glyphs(page, spot, height);
    if (!img) break;
    const [digits, word] = await Promise.all([ocr.recognize(img, { mode: 'digits' }), ocr.recognize(img, { mode: 'word' })]);
    glyphReadings.push(trimEnds(digits.text.replace(/\s+/g, '')), trimEnds(word.text.replace(/\s+/g, '')));
  }
  const h = inkHeight(page, spot);
  // Written by hand: taller than the printed digits of the same header (glyph heights: printed
  // 0.93–1.05 of the year's on the samples and generated documents, handwritten 1.13–1.53 but
  // va_2's 115, 1.03; an accent of "Số" caught in the spot made a printed number 1.18 by its
  // band's height). Tesseract's LSTM misreads
  // handwriting with full agreement ("15" → "45" five times), so it is reported, not read.
  if (h !== null && printedHeight !== null && h > HANDWRITTEN_RATIO * printedHeight) return { value: null, confidence: 0 };
  const best = mostCommon(context.filter((r) => plausible(kind, r)));
  if (best) {
    const votes = context.filter((r) => r === best.value).length;
    const against = context.length - votes;
    if (votes >= 2 && votes > against) {
      const confirm = glyphReadings.filter((r) => r === best.value).length;
      const deny = glyphReadings.filter((r) => plausible(kind, r) && r !== best.value).length;
      if (against === 0 && confirm > 0 && deny === 0 && spot.confidence >= 0.93) return { value: best.value, confidence: 0.95 };
      // Handwriting can fool every pass the same way ("15" read "45" each time): agreement alone stays below sure.
      return { value: best.value, confidence: against === 0 ? 0.85 : 0.7 };
    }
  }
  const glyph = mostCommon(glyphReadings.filter((r) => plausible(kind, r)));
  if (glyph && glyph.count >= 3 && glyph.count === glyphReadings.length && context.includes(glyph.value)) return { value: glyph.value, confidence: 0.6 };
  return { value: null, confidence: 0 };
}

/** A full stop or a quote read beside the digits is no digit: only the ends are trimmed, never a digit changed. */
const trimEnds = (text: string) => text.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');

function mostCommon(values: readonly string[]): { value: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [value, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return value === undefined || count === undefined ? null : { value, count };
}
