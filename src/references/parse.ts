/** Evidence text → the documents it cites, in order. */
import type { Reference } from '../contract/index.ts';
import { nfc } from '../text/index.ts';
import { ABBREVIATION_SOURCE, GENERIC, WRITTEN_SOURCE, codeOfWord } from './codes.ts';
import { dateAfter } from './date.ts';
import { CORE, readCore, type Core } from './symbol.ts';
import { BREAK, subjectAfter } from './subject.ts';

/** A citation found in the text, before its subject is cut off at the next one. */
interface Found {
  start: number;
  /** End of the citation as printed: after its date, else after its symbol or number. */
  end: number;
  ref: Omit<Reference, 'raw' | 'subject'>;
}

/** "Quyết định số", "KH số:", "Quyết định số 37 đến " (a garbled range) or a bare "số" right before a number. */
const SO = String.raw`(?:(?:[Ss]ố|SỐ) ?:? ?(?:\d+ đến )?)`;
const WRITTEN_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(?<word>${WRITTEN_SOURCE}) ?${SO}?$`, 'iu');
const ABBREVIATION_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(?<word>${ABBREVIATION_SOURCE}) ?${SO}?$`, 'u');
const SO_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])${SO}$`, 'u');
/** How far back a type word may start; the longest, "Thông tư liên tịch số: 12 đến ", is shorter. */
const LOOKBACK = 40;

/** A number cited without symbol ("Kế hoạch số 2180 ngày 01/11/2017"); a type word must precede it. */
const BARE_NUMBER = /(?<![\p{L}\d])(?:[Ss]ố|SỐ) ?:? ?(?<num>\d{1,5}[a-zđ]?)(?![\p{L}\d/-]| ?\/)/gu;
const ENDS_CLAUSE = /^ ?(?:[;,)\u2029]|\.(?: |$)|$)/u;

/**
 * Every document cited in `text` (one evidence cell), in order of appearance.
 *
 * Accepts NFD text, Ð for Đ, HTML markup and entities. `raw` is the citation as printed (NFC,
 * whitespace collapsed), from its type word to its date; the structured fields carry the repairs
 * the structure proves (QD → QĐ, a slash read as I/l or dropped, stray spaces, "Bảo cáo").
 * Choices where the text is ambiguous:
 * - a date shared by a list ("Quyết định số 3279/QĐ-UBND, Quyết định số 3280/QĐ-UBND ngày
 *   28/8/2018") belongs to the last citation only: the text does not prove the others were
 *   signed that day;
 * - a slash where the type code meets its issuer is the standard dash (201/QĐ/UBND → "QĐ-UBND");
 * - a garbled range ("Quyết định số 37 đến 348/ND-CP") is the number printed with the symbol
 *   (348), its raw keeps the whole, and `printedType` keeps the word for `citationProblem`;
 * - an impossible date keeps its printed digits in ISO shape ("2018-02-31") for `citationProblem`;
 * - a document named without a number ("Luật Ban hành văn bản …") is no citation.
 */
export function parseReferences(text: string): Reference[] {
  const clean = cleanText(text);
  const found = [...findCores(clean), ...findBareNumbers(clean)].sort((a, b) => a.start - b.start);
  const kept: Found[] = [];
  for (const f of found) if (f.start >= (kept.at(-1)?.end ?? 0)) kept.push(f);
  return kept.map((f, i) => {
    const raw = clean.slice(f.start, f.end).trim();
    const limit = kept[i + 1]?.start ?? clean.length;
    const subject = subjectAfter(clean.slice(f.end, limit), f.ref.date !== null);
    return { raw, ...f.ref, ...(subject ? { subject } : {}) };
  });
}

/**
 * The fraction and division slashes Tesseract returns for a slash, as slashes; one slash read
 * twice between the parts of a number ("Số: 183⁄/BC-UBND": no number prints two) as one.
 */
export function slashes(text: string): string {
  return text.replace(/[\u2044\u2215]/g, '/').replace(/(?<=\d) ?\/\/(?= ?[\p{L}\d])/gu, '/');
}

/** NFC, HTML tags and the entities a table export leaves behind, and one space for any run of whitespace. */
function cleanText(text: string): string {
  return slashes(nfc(text))
    .replace(/<\/?(?:p|br|div|li|tr|td|th|ul|ol|table)\b[^>]*>/gi, BREAK)
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    // OCR output (besides its slashes): the spaces it drops around "số" and "ngày"
    // ("KHsố2172/KH-UBNDngày", "QĐ-UBNDngảy"), and a speck read as a full stop between "số" and its number
    // ("số.1266/KH-UBND"). No digit changes.
    .replace(/(?<!\p{L})([Ss]ố|SỐ)\.(?=\d)/gu, '$1 ')
    .replace(/(\p{Lu})(số|ng[àaảạáã]?y)(?=[\s\d:.])/gu, '$1 $2')
    .replace(/(?<=\p{L})(số)(\d)/gu, ' $1 $2')
    .replace(/[^\S\u2029]+/g, ' ');
}

function findCores(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(CORE)) {
    const at = match.index;
    const prefix = typeWordBefore(text.slice(Math.max(0, at - LOOKBACK), at));
    // A number glued to letters is a citation only when those letters are a type word (TT06/2012/TT-BNV).
    if (/\p{L}/u.test(text[at - 1] ?? '') && !prefix.word) continue;
    // A number and a code with a space or a mark between are one citation only where "số"
    // heads them: "năm 2018 BC-UBND" is a year beside a symbol.
    if ((match.groups?.spaced || match.groups?.marked || match.groups?.strokes) && !/[Ss]ố|SỐ/u.test(text.slice(at - prefix.length, at))) continue;
    const core = readCore(match.groups ?? {});
    found.push(build(text, at - prefix.length, at + match[0].length, core, prefix.word));
  }
  return found;
}

function findBareNumbers(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(BARE_NUMBER)) {
    const number = match.groups?.num ?? '';
    const end = match.index + match[0].length;
    const at = end - number.length;
    const prefix = typeWordBefore(text.slice(Math.max(0, at - LOOKBACK), at));
    const after = text.slice(end);
    if (!prefix.word || (!dateAfter(after) && !ENDS_CLAUSE.test(after))) continue;
    const core: Core = { number, year: null, symbol: '', code: null };
    found.push(build(text, at - prefix.length, end, core, prefix.word));
  }
  return found;
}

/** The type word (and "số") standing right before a number, and how many characters it spans. */
function typeWordBefore(before: string): { word: string | null; length: number } {
  const match = WRITTEN_BEFORE.exec(before) ?? ABBREVIATION_BEFORE.exec(before) ?? SO_BEFORE.exec(before);
  if (!match) return { word: null, length: 0 };
  return { word: match.groups?.word?.replace(/ +/g, ' ') ?? null, length: match[0].length };
}

function build(text: string, start: number, coreEnd: number, core: Core, word: string | null): Found {
  const date = dateAfter(text.slice(coreEnd));
  const printed = word ? codeOfWord(word) : null;
  const ref: Found['ref'] = {
    type: typeOf(core, printed),
    ...(printed && printed !== GENERIC ? { printedType: printed } : {}),
    number: core.number,
    year: core.year,
    symbol: core.symbol || null,
    date: date?.iso ?? null,
  };
  return { start, end: coreEnd + (date?.end ?? 0), ref };
}

/**
 * The symbol's code wins; a symbol without one is a công văn unless a specific type word is
 * printed ("Thông báo số 531/UBND-VP" → TB); a law's symbol is its issuer, the Quốc hội (QH13).
 */
function typeOf(core: Core, printed: string | null): string | null {
  if (core.code) return core.code;
  const specific = printed && printed !== GENERIC ? printed : null;
  if (specific) return specific;
  if (/^QH\d*$/.test(core.symbol)) return 'Luật';
  return core.symbol ? 'CV' : null;
}
