/**
 * Is a page's text layer real Vietnamese text, or the garbage that a foreign OCR engine or a
 * legacy font encoding (TCVN3, VNI) leaves behind? Pure string statistics, no dictionary file.
 */
import { nfc } from '../text/index.ts';

/** The numbers behind a verdict, kept for tests and for tuning. */
export interface TextLayerStats {
  /** Word-like tokens that contain a letter. */
  words: number;
  /** Share of those that are well-formed Vietnamese syllables, abbreviations or plain numbers. */
  wellFormed: number;
  /** Share of the Vietnamese syllables that carry a Vietnamese mark (tone, ă â ê ô ơ ư đ). */
  marked: number;
  /** Non-space characters per square inch of page. */
  density: number;
}

/** The verdict with its reasons. */
export interface TextLayerVerdict {
  trusted: boolean;
  stats: TextLayerStats;
}

/** Fewer words than this is too little evidence to skip OCR. */
const MIN_WORDS = 20;
/** Real text scores ≥ 0.99 on the samples; the garbage OCR layers of va_1 and va_3 score 0.6–0.87. */
const MIN_WELL_FORMED = 0.9;
/** Vietnamese prose marks ~85 % of its syllables (samples); garbage layers 0.01–0.46. */
const MIN_MARKED = 0.5;
/** A dense A4 page holds ~60 characters per square inch; far more means stacked or junk glyphs. */
const MAX_DENSITY = 400;

const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
const NUCLEUS = '[aăâeêioôơuưy]{1,3}';
const FINAL = '(?:ch|ng|nh|c|m|n|p|t|i|y|o|u)?';
const SYLLABLE = new RegExp(`^${INITIAL}${NUCLEUS}${FINAL}$`);
/** Tone marks as NFD combining characters: grave, acute, tilde, hook above, dot below. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Letters that only Vietnamese spelling uses, after tones are removed. */
const VIETNAMESE_LETTER = /[ăâêôơưđ]/;
/** All-capital abbreviations such as UBND, CCHC, SGDĐT, QĐ. */
const ABBREVIATION = /^[A-ZĐ]{2,8}$/u;
/** Splits a whitespace-separated chunk into word pieces at ordinary punctuation. */
const PUNCTUATION = /[-‐–—/\\.,;:!?()[\]{}"'“”‘’«»…*+=<>%&#|_~`^@$]+/u;

/** Tone-stripped lower-case form, or null when the word has more than one tone mark. */
function untoned(word: string): { base: string; toned: boolean } | null {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE)?.length ?? 0;
  if (tones > 1) return null;
  return { base: decomposed.replace(TONE, '').normalize('NFC'), toned: tones === 1 };
}

type TokenClass = 'syllable' | 'marked-syllable' | 'other-good' | 'bad';

/** Classifies one word piece (no whitespace, no ordinary punctuation). */
export function classifyToken(token: string): TokenClass {
  if (/^\d+$/.test(token)) return 'other-good';
  if (ABBREVIATION.test(token)) return 'other-good';
  // Mixed case inside a word ("CHiJ", "hQi") is what OCR garbage looks like; Title case is fine.
  if (/\p{Ll}\p{Lu}/u.test(token)) return 'bad';
  const parts = untoned(token);
  if (!parts || !SYLLABLE.test(parts.base)) return 'bad';
  return parts.toned || VIETNAMESE_LETTER.test(parts.base) ? 'marked-syllable' : 'syllable';
}

/** Word pieces of a text, NFC, split at whitespace and ordinary punctuation. */
export function tokenize(text: string): string[] {
  return nfc(text)
    .split(/\s+/u)
    .flatMap((chunk) => chunk.split(PUNCTUATION))
    .filter((piece) => piece.length > 0);
}

/**
 * Judges a page's text layer.
 * @param text the layer's text, items joined by spaces
 * @param pageAreaSqIn the page area in square inches, for the density check
 */
export function assessTextLayer(text: string, pageAreaSqIn: number): TextLayerVerdict {
  let words = 0;
  let good = 0;
  let syllables = 0;
  let marked = 0;
  for (const token of tokenize(text)) {
    if (!/\p{L}/u.test(token)) continue;
    words++;
    const kind = classifyToken(token);
    if (kind !== 'bad') good++;
    if (kind === 'syllable' || kind === 'marked-syllable') syllables++;
    if (kind === 'marked-syllable') marked++;
  }
  const characters = text.replace(/\s+/gu, '').length;
  const stats: TextLayerStats = {
    words,
    wellFormed: words ? good / words : 0,
    marked: syllables ? marked / syllables : 0,
    density: pageAreaSqIn > 0 ? characters / pageAreaSqIn : Infinity,
  };
  const trusted =
    stats.words >= MIN_WORDS &&
    stats.wellFormed >= MIN_WELL_FORMED &&
    stats.marked >= MIN_MARKED &&
    stats.density <= MAX_DENSITY;
  return { trusted, stats };
}
