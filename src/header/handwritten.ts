/**
 * Digits written (or stamped) by hand into a printed header, read glyph by glyph: the ink is
 * set upright (handwriting leans), cut at the blank columns between glyphs, and each glyph is
 * read alone and within the whole number. Tesseract's LSTM reads a handwritten 1 (a stroke with
 * a long flag) as 4 with full agreement, and a handwritten 0 as "là": a glyph is a 1 or a 0 only
 * by its shape, and a 4 only with a 4's crossbar. A glyph the passes do not read alike, or
 * whose holes do not fit the digit, leaves the field unreadable: never guessed.
 */
import { cropCell, fromSharp, isBlank, mainInkBand, numberGlyphs, toSharp, type GrayImage } from '../image/index.ts';
import { classifyDigit } from '../handwriting/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import { padWhite, spotInk } from './digits.ts';
import type { Reading, Spot } from './parse.ts';

/** A value read this way is never sure: handwriting can fool every pass alike. */
export const HANDWRITTEN_CONFIDENCE = 0.7;
/** The MNIST classifier's share of the vote that reads a glyph Tesseract has no digit for, when no reading names another digit. */
const KNN_ALONE = 0.6;
/** The same when one of Tesseract's readings names another digit. */
const KNN_OVER_ONE = 0.75;
/** Glyph heights (px) each glyph is read at. */
const HEIGHTS = [28, 40];
const INK = 128;
/** How many holes each digit may enclose when written by hand (a 4 or a 2 may close a loop). */
const HOLES: Record<string, number[]> = { 2: [0, 1], 3: [0], 4: [0, 1], 5: [0], 6: [1], 7: [0], 8: [1, 2], 9: [1] };

/** Whether a glyph enclosing `holes` holes can be `digit` (a 1 none, a 0 one). */
const fits = (digit: string, holes: number) => (HOLES[digit] ?? (digit === '1' ? [0] : [1])).includes(holes);

const inkAt = (g: GrayImage, x: number, y: number) => g.data[y * g.width + x]! < INK;

/** The image sheared by `s` (x moves by s per row up from the bottom); ink only, as 0/255. */
function shear(img: GrayImage, s: number): GrayImage {
  const extra = Math.ceil(Math.abs(s) * img.height);
  const width = img.width + extra;
  const data = Buffer.alloc(width * img.height, 255);
  for (let y = 0; y < img.height; y++) {
    const off = Math.round(s * (img.height - 1 - y)) + (s < 0 ? extra : 0);
    for (let x = 0; x < img.width; x++) if (inkAt(img, x, y)) data[y * width + x + off] = 0;
  }
  return { data, width, height: img.height };
}

/** Columns of the image holding any ink. */
function inkColumns(img: GrayImage): boolean[] {
  return Array.from({ length: img.width }, (_, x) => {
    for (let y = 0; y < img.height; y++) if (inkAt(img, x, y)) return true;
    return false;
  });
}

/** The band set upright: the shear (leaning right only) that leaves the fewest columns with ink. */
function upright(band: GrayImage): GrayImage {
  let best = band, fewest = Infinity;
  for (let s = 0; s >= -0.7; s -= 0.05) {
    const img = shear(band, s);
    const n = inkColumns(img).filter(Boolean).length;
    if (n < fewest) { fewest = n; best = img; }
  }
  return best;
}

/** Glyphs left to right, each cut to its ink; null when a blob wide enough to be two glyphs cannot be cut in two. */
function glyphsOf(img: GrayImage): GrayImage[] | null {
  const cols = inkColumns(img);
  const out: GrayImage[] = [];
  let start = -1;
  for (let x = 0; x <= cols.length; x++) {
    if (x < cols.length && cols[x]) { if (start < 0) start = x; continue; }
    if (start < 0) continue;
    const glyph = mainInkBand(cropCell(img, [start, 0, x, img.height]), 0);
    start = -1;
    // Marks much shorter than the band (a dot, a dash of the keyword) are no digit.
    if (!glyph || glyph.height < 0.5 * img.height) continue;
    const parts = glyph.width <= 0.9 * glyph.height ? [glyph] : split(glyph) ?? [withoutBar(glyph)];
    if (parts.includes(null)) return null;
    out.push(...(parts as GrayImage[]));
  }
  return out;
}

/**
 * Two glyphs that touch ("11", "04" written in one stroke), cut at the column with the least
 * ink in the middle of the blob; null when either part is no full-height glyph (a 7's bar, a 4's
 * arm), so that a wide digit is never cut in two.
 */
function split(g: GrayImage): GrayImage[] | null {
  let cut = -1, least = Infinity;
  for (let x = Math.round(0.3 * g.width); x < Math.round(0.7 * g.width); x++) {
    let ink = 0;
    for (let y = 0; y < g.height; y++) if (inkAt(g, x, y)) ink++;
    if (ink < least) { least = ink; cut = x; }
  }
  const parts = [cropCell(g, [0, 0, cut, g.height]), cropCell(g, [cut, 0, g.width, g.height])].map((p) => mainInkBand(p, 0));
  if (parts.some((p) => !p || p.height < 0.8 * g.height || p.width > 0.85 * p.height)) return null;
  return parts as GrayImage[];
}

/**
 * A glyph made wide only by a bar run out to one side (a 7's crossbar drawn on past it), with
 * that bar cut off: the columns at that side that hold no more ink than a stroke's width across;
 * null when what is left is still wider than one glyph.
 */
function withoutBar(g: GrayImage): GrayImage | null {
  const thin = inkPerColumn(g).map((n) => n <= 0.2 * g.height);
  const x0 = thin.indexOf(false), x1 = thin.lastIndexOf(false) + 1;
  const [from, to] = x0 > g.width - x1 ? [x0, g.width] : [0, x1];
  return to - from <= 0.9 * g.height ? mainInkBand(cropCell(g, [from, 0, to, g.height]), 0) : null;
}

function inkPerColumn(g: GrayImage): number[] {
  return Array.from({ length: g.width }, (_, x) => {
    let ink = 0;
    for (let y = 0; y < g.height; y++) if (inkAt(g, x, y)) ink++;
    return ink;
  });
}

/** Runs of ink along a row: [start, end) pairs. */
function runs(g: GrayImage, y: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let x = 0; x <= g.width; x++) {
    const ink = x < g.width && inkAt(g, x, y);
    if (ink && start < 0) start = x;
    if (!ink && start >= 0) { out.push([start, x]); start = -1; }
  }
  return out;
}

/**
 * The shape of a handwritten 1 set upright: one stroke from top to bottom on the right (the
 * right end of every row within a tenth of the height of the same x, the lower half narrow), its
 * flag off to the left only (a 4's crossbar reaches right, a 2's foot runs wide, a 0, 3, 5 or 6
 * curves); no bar across the top (a 7's spans its width), no enclosed paper (a 9).
 */
function isOne(g: GrayImage, holes: number): boolean {
  const h = g.height;
  if (g.width > 0.9 * h || holes !== 0) return false;
  const rights: number[] = [];
  for (let y = Math.round(0.1 * h); y < Math.round(0.95 * h); y++) {
    const last = runs(g, y).at(-1);
    if (!last || (y >= 0.5 * h && last[1] - last[0] > 0.35 * h)) return false;
    rights.push(last[1]);
  }
  const median = [...rights].sort((a, b) => a - b)[rights.length >> 1]!;
  if (rights.some((r) => Math.abs(r - median) > 0.1 * h)) return false;
  for (let y = 0; y < Math.max(1, Math.round(0.1 * h)); y++) if (runs(g, y).some(([a, b]) => b - a > Math.max(0.5 * g.width, 0.3 * h))) return false;
  return true;
}

/** The rows the enclosed paper of a glyph spans (a 0's inside spans most of its height, a 6's or 9's half). */
function holeRows(g: GrayImage): { top: number; bottom: number } {
  const { width: w, height: h } = g;
  const outside = new Uint8Array(w * h);
  const stack: number[] = [];
  const visit = (x: number, y: number) => {
    const i = y * w + x;
    if (x < 0 || y < 0 || x >= w || y >= h || outside[i] || inkAt(g, x, y)) return;
    outside[i] = 1;
    stack.push(i);
  };
  for (let x = 0; x < w; x++) { visit(x, 0); visit(x, h - 1); }
  for (let y = 0; y < h; y++) { visit(0, y); visit(w - 1, y); }
  while (stack.length) {
    const i = stack.pop()!;
    const x = i % w, y = (i - x) / w;
    visit(x - 1, y); visit(x + 1, y); visit(x, y - 1); visit(x, y + 1);
  }
  let top = h, bottom = -1;
  for (let i = 0; i < w * h; i++) {
    if (outside[i] || g.data[i]! < INK) continue;
    top = Math.min(top, Math.floor(i / w));
    bottom = Math.max(bottom, Math.floor(i / w));
  }
  return { top, bottom };
}

/** The shape of a 0: one hole, spanning most of the height around the middle. */
function isZero(g: GrayImage, holes: number): boolean {
  if (holes !== 1) return false;
  const { top, bottom } = holeRows(g);
  return bottom - top >= 0.55 * g.height && Math.abs((top + bottom) / 2 - g.height / 2) <= 0.15 * g.height;
}

/** A 4's crossbar: in the lower middle, one run across most of the glyph (a 1's flag stands apart from its stroke there). */
function hasCrossbar(g: GrayImage): boolean {
  for (let y = Math.round(0.45 * g.height); y < Math.round(0.85 * g.height); y++) {
    const r = runs(g, y);
    if (r.length === 1 && r[0]![1] - r[0]![0] >= 0.6 * g.width) return true;
  }
  return false;
}

/** Digits-only and word readings of an image scaled to each of {@link HEIGHTS}, separators and spaces dropped. */
async function readings(img: GrayImage, ocr: OcrEngine): Promise<{ digits: string[]; words: string[] }> {
  const out = { digits: [] as string[], words: [] as string[] };
  for (const height of HEIGHTS) {
    const scaled = padWhite(await fromSharp(toSharp(img).resize(Math.max(1, Math.round((img.width * height) / img.height)), height)), Math.round(height * 0.6));
    const [d, w] = await Promise.all([ocr.recognize(scaled, { mode: 'digits' }), ocr.recognize(scaled, { mode: 'word' })]);
    out.digits.push(d.text.replace(/[\s.,]+/g, ''));
    out.words.push(w.text.replace(/[\s.,]+/g, ''));
  }
  return out;
}

/**
 * One glyph's digit: a 1 or a 0 by its shape; else the digit Tesseract and the MNIST classifier
 * agree on, or that one of them gives while the other does not say otherwise.
 *
 * Tesseract's opinion is the digit its own digits-only readings agree on, or failing that the
 * one every reading of the whole number (`inBand`) has at its place; a word reading may be
 * letters (a handwritten 0 reads "là"), never another digit. The classifier's is the digit most
 * of its nearest MNIST samples are, among the digits the glyph's holes allow (none when the
 * nearest sample of all is another). Where Tesseract has an opinion, the classifier must not vote
 * for another digit by half or more; where it has none (a looped 2, a closed 4 read as letters),
 * the classifier's digit stands at {@link KNN_ALONE} of the vote when no reading names another
 * digit, at {@link KNN_OVER_ONE} when one does. Either way a 1 or a 0 is read by its shape
 * only, a 4 has its crossbar, and every digit the holes it may have.
 */
async function digitOf(g: GrayImage, inBand: string[], ocr: OcrEngine): Promise<string | null> {
  // The holes the glyph's ink encloses: what a 1 (none), a 0 (one) and every digit must fit.
  const holes = numberGlyphs(g).holes[0]!;
  if (isOne(g, holes)) return '1';
  if (isZero(g, holes)) return '0';
  const { digits, words } = await readings(g, ocr);
  // The classifier votes among the digits the holes allow; a glyph nearest a digit they do not (an open loop, a stroke closing one) is not read.
  const vote = classifyDigit(g, (d) => fits(String(d), holes));
  if (!fits(vote.nearest, holes)) return null;
  const own = digits.every((d) => d === digits[0]) && /^\d$/.test(digits[0]!) ? digits[0]! : null;
  const band = inBand.length > 0 && inBand.every((d) => d === inBand[0]) ? inBand[0]! : null;
  const tesseract = own ?? band;
  const digit = tesseract ?? vote.digit;
  if (tesseract) {
    if ((band && band !== digit) || words.some((w) => /\d/.test(w) && w !== digit) || (vote.digit !== digit && vote.share >= 0.5)) return null;
  } else {
    const others = [...digits, ...words].filter((r) => /\d/.test(r) && r !== digit).length;
    if (vote.share < (others === 0 ? KNN_ALONE : others === 1 ? KNN_OVER_ONE : Infinity)) return null;
  }
  // A 1 or a 0 is read by its shape only; a 4 has its crossbar, and every digit the holes it may have.
  if (digit === '1' || digit === '0' || (digit === '4' && !hasCrossbar(g)) || !fits(digit, holes)) return null;
  return digit;
}

/**
 * Reads handwritten digits at a spot glyph by glyph; `shape` is what the field may look like.
 * The value, if every glyph was read, has {@link HANDWRITTEN_CONFIDENCE}.
 */
export async function readHandwritten(page: GrayImage, spot: Spot, shape: (digits: string) => boolean, ocr: OcrEngine): Promise<Reading<string>> {
  const none = { value: null, confidence: 0 };
  const bin = spotInk(page, spot);
  const band = !bin || isBlank(bin) ? null : mainInkBand(bin, 0);
  if (!band || band.height < 12) return none;
  const up = upright(band);
  const glyphs = glyphsOf(up);
  // Fewer glyphs than the line's OCR saw digits there: part of the number fell outside the spot.
  if (!glyphs?.length || glyphs.length < spot.printed.replace(/\D/g, '').length) return none;
  // The whole number read at once (upright), where it has a digit for every glyph: each glyph's digit in context.
  const whole = (await readings(up, ocr)).digits.filter((r) => r.length === glyphs.length && /^\d+$/.test(r));
  const digits = await Promise.all(glyphs.map((g, i) => digitOf(g, whole.map((r) => r[i]!), ocr)));
  const value = digits.every((d) => d !== null) ? digits.join('') : null;
  return value !== null && shape(value) ? { value, confidence: HANDWRITTEN_CONFIDENCE } : none;
}
