import { fromSharp, numberGlyphs, toSharp, wholeDigits, type GrayImage, type NumberGlyphs } from '../image/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import { isSubsequence, parseScore } from '../text/index.ts';

/** White margin kept around a number's ink by mainInkBand. */
export const BAND_PAD = 8;
/** Gaussian sigma (pixels of the sized glyphs) that softens a coarse scan's stair-stepped edges. */
const COARSE_BLUR = 0.8;
/** Two digits readings this sure, fitting the glyphs and agreeing, need no third. */
const SURE_READING = 0.9;
/** One digits reading this sure, fitting whole glyphs, needs no second. */
const VERY_SURE = 0.95;

/**
 * Resizes an image by `factor` (within 5% of its size it is left as it is), and blurs it by
 * `blur` (a Gaussian sigma, 0 for none) in the same sharp pipeline.
 */
async function scale(img: GrayImage, factor: number, blur = 0): Promise<GrayImage> {
  const resize = Math.abs(factor - 1) >= 0.05;
  if (!resize && blur === 0) return img;
  const width = Math.max(1, Math.round(img.width * factor));
  const height = Math.max(1, Math.round(img.height * factor));
  const sized = resize ? toSharp(img).resize(width, height, { kernel: 'lanczos3' }) : toSharp(img);
  return fromSharp(blur > 0 ? sized.blur(blur) : sized);
}

/** Blurs an image by `sigma` (a Gaussian's), its size kept. */
export const soften = (img: GrayImage, sigma: number) => scale(img, 1, sigma);

/** Enlarges a crop by `factor` (coarse scans towards 300 dpi); never shrinks it. */
export const enlarge = (img: GrayImage, factor: number) => scale(img, Math.max(1, factor));

/** Scales a single-line crop so that its ink stands `height` pixels tall, then blurs it by `blur`. */
const toInkHeight = (band: GrayImage, height: number, blur = 0) => scale(band, height / Math.max(1, band.height - 2 * BAND_PAD), blur);

/**
 * The most holes each digit's ink can enclose (a 4 may be open or closed). A glyph with more
 * holes than the digit read is another digit: an 8 read as 9 or 6, a 0 read as 2. Fewer is
 * allowed, since blur fills small holes.
 */
const MAX_HOLES = [1, 0, 0, 0, 1, 0, 1, 0, 2, 1];
/** A hole at least this share of its glyph's height is a 0's: a 6, 9 or 4 encloses one in half of it only. */
const TALL_HOLE = 0.6;
/**
 * A bold 0 of a coarse scan, its strokes thickened, encloses less (0.57 of its height in
 * 11508's "100"), as tall as a 6's hole may be: a reading of 0 fits a hole this tall with ink
 * on both its sides through both halves, which no 6 or 9 has (a closed 4 may: it is no reason
 * to doubt a reading of 4, nor to take the glyph for a 0 by its shape alone).
 */
const OVAL_HOLE = 0.5;
/** Digits whose foot tells them apart: a 2 stands on a bar, a 7 on the end of its stroke (a 2 read as 7 is not trusted). */
const FOOTED: Readonly<Record<string, boolean>> = { 2: true, 7: false };

/** Digits whose ink stands on one side only just below their middle (the bowl of a 3 or 5, a 2's or 7's diagonal, a 1). */
const ONE_SIDED_BELOW = new Set(['1', '2', '3', '5', '7']);

/** Whether digit i's hole fits a reading of 0: tall, or nearly so in an oval. */
const zeroHole = (glyphs: NumberGlyphs, i: number) => glyphs.holeHeights[i]! >= (glyphs.ovals[i] ? OVAL_HOLE : TALL_HOLE);

interface Reading { text: string; value: number | null; confidence: number; fits: boolean }

/**
 * Puts back a decimal comma the OCR dropped ("135" for "13,5"), where the glyphs show one
 * mark between the digits and the reading has exactly their digits: the comma's place is
 * printed on the page, only its reading was lost.
 */
function withSeparator(text: string, pattern: string): string {
  const printed = /^(d+)\.(d+)$/.exec(pattern);
  if (!printed || !/^\d+$/.test(text) || text.length !== pattern.length - 1) return text;
  return `${text.slice(0, printed[1]!.length)},${text.slice(printed[1]!.length)}`;
}

/** Whether digit glyph i of `glyphs` may be the digit `d` by its shape: holes, foot, sides and strokes. */
export function digitFits(glyphs: NumberGlyphs, i: number, d: string): boolean {
  return glyphs.holes[i]! <= MAX_HOLES[Number(d)]! && (FOOTED[d] ?? glyphs.feet[i]) === glyphs.feet[i]
    && (glyphs.holes[i] === 0 || (d === '0' ? zeroHole(glyphs, i) : glyphs.holeHeights[i]! < TALL_HOLE))
    // A glyph with two sides through both halves is no 6 or 9 (a 0 whose hole the scan opened).
    && !(glyphs.ovals[i] && (d === '6' || d === '9'))
    // Ink on both sides just below the middle is no 1, 2, 3, 5 or 7 (a 6 whose bowl the scan
    // opened at its top reads surely as 5).
    && !(glyphs.lowerSides[i] && ONE_SIDED_BELOW.has(d))
    // Two arcs facing each other are a 0 the scan opened at the top and bottom.
    && (!glyphs.rings[i] || d === '0')
    // One straight stroke is a 1 (a coarse serif 1 read surely as 4).
    && (!glyphs.stems[i] || d === '1')
    // A bar standing apart under a curve is a 2's foot (12004's "2,5", its diagonal broken,
    // read surely as 3,5 at both sizes), or a 1's.
    && (!glyphs.footBars[i] || d === '2' || d === '1');
}

/**
 * Reads a score cell: digits-only at two ink heights, and as a word when those two do not
 * agree surely, after clearing stray marks around the number. A reading fits when its digits
 * and separator match the glyphs printed, and it has no leading zero; the value is trusted as
 * far as the readings fit and agree, and otherwise its confidence drops so that the validator
 * flags it for a person. A `datePart` (the day or month of "ngày 08 tháng 11") has a leading
 * zero and no separator: a mark between its digits is a speck. `coarse`: the band comes from a
 * scan under 200 dpi. `apart`: a piece of the number may stand apart from the band (`numberBand`),
 * so that no reading of it is sure. `seen`: what another pass read there (an option's line
 * read as text), which one sure digits reading of the same value confirms.
 */
export async function readScore(ocr: OcrEngine, band: GrayImage, { datePart = false, most = 100, coarse = false, apart = false, seen = '' } = {}): Promise<{ text: string; confidence: number }> {
  const found = numberGlyphs(band);
  // Ones stand far apart for their width (bold serif 1s more than a third of their height):
  // between them only a printed mark, not their spacing, makes a separator ("11" is no 1,1).
  const allOnes = found.digits > 0 && found.marks === 0 && found.stems.every(Boolean);
  const spaced = allOnes ? { ...found, pattern: found.pattern.replace(/\./g, ''), separator: false } : found;
  const glyphs = apart ? { ...spaced, broken: true } : spaced;
  const read = async ({ height, mode }: { height: number; mode: 'digits' | 'word' }): Promise<Reading> => {
    // A coarse scan's binarised glyphs come out of the enlargement in stair steps; softened,
    // they read more like the gray print the LSTM learnt from (11401, a 150 dpi 1-bit report:
    // max scores right 111 → 114 of 129, self 107 → 111).
    const result = await ocr.recognize(await toInkHeight(glyphs.image, height, coarse ? COARSE_BLUR : 0), { mode, words: false });
    // Read as a word, a serif 1 often comes out as a letter made of one stroke (the domain
    // README's "1 read as I"); in a score cell that stroke can only be a 1.
    // In a day or month, where a leading zero is printed ("tháng 01"), a round letter is that 0.
    const word = mode === 'word' ? result.text.replace(/[lI|\]!ij]/g, '1') : result.text;
    const rounded = datePart && mode === 'word' ? word.replace(/[Oo]/g, '0') : word;
    // A word with other letters left is text the LSTM saw, not a number ("lại" for a 0 the scan
    // opened at its foot): it says nothing of the digits, and casts no doubt on the others.
    const raw = mode === 'word' && /\p{L}/u.test(rounded) ? '' : rounded;
    // A trailing separator is a speck or the cell's edge, never part of a printed score.
    const printed = raw.replace(/[^0-9.,]/g, '').replace(/[.,]+$/, '');
    const text = datePart ? printed.replace(/[.,]/g, '') : withSeparator(printed, glyphs.pattern);
    // A date's part is a whole number (a year too: no score is that large).
    const value = datePart ? (/^\d+$/.test(text) ? Number(text) : null) : parseScore(text);
    const digits = text.replace(/\D/g, '');
    const fits = value !== null && (datePart || !/^0\d/.test(text)) && value <= most
      && digits.length === glyphs.digits && (datePart || /[.,]/.test(text) === glyphs.separator)
      && [...digits].every((d, i) => digitFits(glyphs, i, d));
    return { text, value, confidence: result.confidence, fits };
  };
  const sure = (r: Reading) => r.fits && r.confidence >= SURE_READING;
  const whole = wholeDigits(glyphs);
  // One digits reading is enough when it is very sure and fits whole glyphs (a second one, at
  // another size, then gave the same value or nothing in 1916 of 1917 such cells of 11501,
  // 11503, 11505, 11508, 11801, 11802, 11804 and 11806), or when another pass read the same
  // value there already (an option's line read as text, `seen`) and it is sure and fits.
  const first = await read({ height: 24, mode: 'digits' });
  if (whole && first.fits && first.confidence >= VERY_SURE) return { text: first.text, confidence: first.confidence };
  if (seen !== '' && whole && sure(first) && first.value === parseScore(seen.replace(/[^0-9.,]/g, ''))) return { text: first.text, confidence: first.confidence };
  // Most other cells read the same, surely and fitting their glyphs, at two sizes; only the
  // others pay for the word pass.
  const second = await read({ height: 30, mode: 'digits' });
  if (sure(first) && sure(second) && first.value === second.value && whole) return { text: first.text, confidence: Math.min(first.confidence, second.confidence) };
  // Neither size read anything: a larger one may (13007's bold 8 of a 300 dpi 1-bit scan, read
  // "" at 24 and 30 px and "§" as a word, is a sure 8 from 36 px on).
  const larger = first.text === '' && second.text === '' ? [await read({ height: 40, mode: 'digits' })] : [];
  const readings = [first, second, ...larger, await read({ height: 40, mode: 'word' })];
  // A day or month whose glyphs broke apart ("0" as two arcs) is taken when every reading agrees surely.
  const unanimous = datePart && readings.every((r) => r.value !== null && r.text === first.text && r.confidence >= SURE_READING);
  const best = readings.filter((r) => r.fits || unanimous).sort((a, b) => b.confidence - a.confidence)[0];
  // No reading fits: the glyphs' shapes may tell, and go to a person when a reading saw another
  // digit there; then only whole glyphs tell (13001's footed 1 at 150 dpi, one stroke, read "4"
  // at every size), not pieces (12908's eroded 2s and 3s, of which a stroke is left).
  if (!best) {
    // (A mark beside a day's or month's digits is a speck: 12308's "tháng 11" shows ".11".)
    const contradicted = readings.some((r) => /[02-9]/.test(r.text));
    const ones = contradicted && !wholeDigits(glyphs) ? null : onesByShape(datePart ? { ...glyphs, marks: 0 } : glyphs);
    const byShapes = (ones && contradicted ? { ...ones, confidence: BY_SHAPE } : ones)
      ?? zeroByShape(glyphs) ?? (datePart ? zerosAndOnesByShape(glyphs) : null);
    return byShapes ?? { text: first.text, confidence: 0 };
  }
  // Another reading with other digits is a doubt; one that only lost the comma, or read nothing,
  // is not, nor in a day or month one that lost a digit ("0" of "01": the serif 1 the LSTM drops),
  // nor in a score one that lost a digit when two others read every digit alike (13304's "1,5"
  // read "1," at 24 px, "1,5" surely at 30 px and as a word: its SCORE_EXCEEDS_MAX was lost).
  const digitsOf = (r: Reading) => r.text.replace(/\D/g, '');
  const confirmed = readings.some((r) => r !== best && digitsOf(r) === digitsOf(best));
  const lostDigit = (r: Reading) => (datePart || confirmed) && isSubsequence(digitsOf(r), digitsOf(best));
  const doubt = readings.some((r) => r !== best && r.value !== null && digitsOf(r) !== digitsOf(best) && !lostDigit(r));
  const confidence = best.confidence * (doubt ? 0.3 : 1);
  // Ones the LSTM reads with next to no confidence are as sure as the glyphs' shapes make them.
  const ones = !doubt && /^1+$/.test(digitsOf(best)) && glyphs.stems.every(Boolean);
  const shaped = ones ? Math.max(confidence, byShape(glyphs)) : confidence;
  // A digit the scan broke may read as another, surely ("5" without its upright as 2); one cut
  // across its waist, its halves touching at a corner, is read surely only by every reading.
  const unsure = glyphs.broken || (glyphs.stacked && !readings.every((r) => sure(r) && r.value === best.value));
  return { text: best.text, confidence: unsure ? Math.min(shaped, BY_SHAPE) : shaped };
}

/** Confidence of a value read from the glyphs' shapes alone: low enough to be flagged for a person. */
const BY_SHAPE = 0.5;
/**
 * Confidence of a lone whole glyph of one straight stroke read as 1 from its shape: trusted. No
 * other digit is printed so (on the generator's four faces × four styles × five sizes, binarised
 * and enlarged as coarse cells are, 1 is a stroke in 72 of 80 and no other digit ever), and a
 * digit the scan broke leaves its other pieces beside it (the glyphs are then broken).
 */
const ONE_BY_SHAPE = 0.85;
/** How surely the glyphs' shapes alone show ones: a lone whole stroke surely, more or a broken one not. */
const byShape = (glyphs: NumberGlyphs) => (glyphs.digits === 1 && glyphs.stems[0] && wholeDigits(glyphs) ? ONE_BY_SHAPE : BY_SHAPE);

/**
 * The LSTM returns nothing for some bold serif 1s ("11" of a section's max), under any page
 * segmentation or size. A number whose every digit is one upright stroke can only be ones; the
 * value is given for the reviewer to confirm, with a confidence that flags it, unless it is one
 * whole stroke ({@link byShape}).
 */
function onesByShape(glyphs: NumberGlyphs): { text: string; confidence: number } | null {
  if (glyphs.digits === 0 || !glyphs.stems.every(Boolean)) return null;
  // Ones stand far apart for their width: only a printed mark, not their spacing, makes a comma.
  const text = glyphs.marks === 1 ? glyphs.pattern.replace(/d/g, '1').replace(/\./g, ',') : '1'.repeat(glyphs.digits);
  return { text, confidence: byShape(glyphs) };
}

/**
 * A lone digit that encloses one hole running most of its height, or that is two arcs facing
 * each other "( )", can only be a 0, which the LSTM reads as 9 on some coarse scans (and the
 * glyph checks then refuse): the value is given for the reviewer to confirm, with a
 * confidence that flags it.
 */
function zeroByShape(glyphs: NumberGlyphs): { text: string; confidence: number } | null {
  const zero = glyphs.digits === 1 && ((glyphs.holes[0] === 1 && glyphs.holeHeights[0]! >= TALL_HOLE) || glyphs.rings[0]);
  return zero ? { text: '0', confidence: BY_SHAPE } : null;
}

/**
 * A day or month of whole glyphs each of which is a 0 (one hole running most of its height) or
 * a 1 (one straight stroke), of both kinds ("01", "10"): a 150 dpi 1-bit scan's "tháng 01",
 * which the digits pass reads as nothing and the word pass as "ƠI". Given as sure as a shape
 * makes it ({@link BY_SHAPE}).
 */
function zerosAndOnesByShape(glyphs: NumberGlyphs): { text: string; confidence: number } | null {
  if (!wholeDigits(glyphs) || glyphs.marks > 0) return null;
  const digits = glyphs.stems.map((stem, i) => (stem ? '1' : glyphs.holes[i] === 1 && zeroHole(glyphs, i) ? '0' : null));
  if (digits.some((d) => d === null) || !digits.includes('0') || !digits.includes('1')) return null;
  return { text: digits.join(''), confidence: BY_SHAPE };
}

/**
 * Reads an id cell. Tesseract drops the small dots of "1.3.1" now and then; when the digits it
 * read match the digit glyphs one for one, the dots go back where the glyphs show them.
 */
export async function readId(ocr: OcrEngine, band: GrayImage): Promise<{ text: string; confidence: number }> {
  const glyphs = numberGlyphs(band);
  const reads = await Promise.all([24, 30].map(async (height) => {
    const read = await ocr.recognize(await toInkHeight(glyphs.image, height), { mode: 'digits', words: false });
    const digits = read.text.replace(/\D/g, '');
    if (!/^d(\.?d)*\.?$/.test(glyphs.pattern) || digits.length !== glyphs.digits) return { text: read.text, confidence: 0 };
    let i = 0;
    return { text: glyphs.pattern.replace(/d/g, () => digits[i++]!), confidence: read.confidence };
  }));
  const [a, b] = reads as [{ text: string; confidence: number }, { text: string; confidence: number }];
  // Only two readings that fit the glyphs and agree make an id sure enough to call a row
  // misnumbered, and only of glyphs that are whole, none squat (a dot run into a digit's foot
  // leaves no mark between the digits: "6.2" read "62", a dropped dot it is not).
  const sure = a.confidence > 0 && a.text === b.text && wholeDigits(glyphs) && !glyphs.squat;
  return { text: a.confidence > 0 ? a.text : b.text || a.text || '?', confidence: sure ? Math.min(a.confidence, b.confidence) : 0.3 * Math.max(a.confidence, b.confidence) };
}

