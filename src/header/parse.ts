/**
 * The fields of a Vietnamese administrative header, from its printed lines: issuer top left,
 * "Số: 123/QĐ-UBND" under it, "<place>, ngày dd tháng mm năm yyyy" top right, then the type in
 * capitals and the subject line (or, for a công văn, "V/v …" under the number).
 */
import type { BBox } from '../image/index.ts';
import { KNOWN_TYPE_CODES, codeOfWord, describeCode, parseReferences } from '../references/index.ts';
import { lineHeight, loose, weakest, wordsIn, xAt, type Line, type Word } from './lines.ts';

/** A value and how surely it was read (0..1). */
export interface Reading<T> {
  value: T | null;
  confidence: number;
}

/** Where a number stands on the page and what the line's OCR made of it. */
export interface Spot {
  box: BBox;
  /** The characters the line OCR read there (may be damage: "0#", "Ô 5"). */
  printed: string;
  /** The weakest confidence of the words it was read from. */
  confidence: number;
}

/** The printed lines of a header region, split into its columns. */
export interface HeaderLines {
  left: Line[];
  right: Line[];
  /** Lines under the two columns: the type and the subject. */
  below: Line[];
}

/** What the lines say, before the numbers are read again from their pixels. */
export interface ParsedHeader {
  found: boolean;
  issuer: Reading<string>;
  typeName: Reading<string>;
  type: Reading<string>;
  symbol: Reading<string>;
  year: Reading<number>;
  place: Reading<string>;
  subject: Reading<string>;
  number: Spot | null;
  day: Spot | null;
  month: Spot | null;
  dateYear: Spot | null;
  numberLine: Line | null;
  dateLine: Line | null;
}

const mean = (words: readonly Word[]) => (words.length === 0 ? 0 : words.reduce((s, w) => s + w.confidence, 0) / words.length);
const none = <T>(): Reading<T> => ({ value: null, confidence: 0 });
const NATIONAL = /cong hoa xa hoi|doc lap|tu do|hanh phuc/;
/** Words that open the body of a letter: the subject ended before them. */
const BODY_START = /^\s*(kinh gui|can cu|thuc hien|ngay \d|trong thoi gian|de |theo |xet |nham |uy ban nhan dan tinh \p{L}+$)/u;

/** Reads every field the lines show; `found` is false when neither a number line nor a dated line is there. */
export function parseHeaderLines(lines: HeaderLines): ParsedHeader {
  const numberAt = lines.left.findIndex(isNumberLine);
  const numberLine = lines.left[numberAt] ?? lines.right.find(isNumberLine) ?? null;
  const dateLine = [...lines.right, ...lines.left].find(isDateLine) ?? null;
  const national = [...lines.left, ...lines.right].some((l) => NATIONAL.test(loose(l.text)));
  const parsed: ParsedHeader = {
    found: numberLine !== null || (dateLine !== null && national),
    issuer: none(), typeName: none(), type: none(), symbol: none(), year: none(), place: none(), subject: none(),
    number: null, day: null, month: null, dateYear: null, numberLine, dateLine,
  };
  if (!parsed.found) return parsed;
  parsed.issuer = issuerOf(numberAt >= 0 ? lines.left.slice(0, numberAt) : lines.left.slice(0, 3));
  if (numberLine) readNumberLine(numberLine, parsed);
  if (dateLine) readDateLine(dateLine, parsed);
  readTypeAndSubject(lines, numberAt, parsed);
  return parsed;
}

function isNumberLine(line: Line): boolean {
  return /^.{0,4}?\bs[o0]\b/.test(loose(line.text)) && line.text.includes('/');
}

function isDateLine(line: Line): boolean {
  const l = loose(line.text);
  return /ng\w{0,2}y/.test(l) && /th\w{0,2}ng/.test(l) && /n\wm\s*\d/.test(l);
}

/** Upper-case lines above "Số", without the ruled line and stars printed under the issuer. */
function issuerOf(above: Line[]): Reading<string> {
  const kept = above.filter((l) => {
    const letters = l.text.replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '');
    // A seal or a signature stamp above the issuer reads as a line of junk with low confidence.
    return letters.length >= 3 && upper.length / letters.length > 0.8 && !NATIONAL.test(loose(l.text)) && mean(l.words) >= 0.6;
  }).slice(-3);
  if (kept.length === 0) return none();
  const text = kept.map((l) => l.text.replace(/[^\p{L}\d ]+/gu, ' ').replace(/\s+/g, ' ').trim()).join(' ');
  return { value: text, confidence: mean(kept.flatMap((l) => l.words)) };
}

/** "Số: 01 /CT-UBND": the symbol (and a year inside the number) from the text; where the number stands. */
function readNumberLine(line: Line, parsed: ParsedHeader): void {
  const l = loose(line.text);
  const so = /\bs[o0]\b/.exec(l);
  if (!so) return;
  const afterSo = so.index + so[0].length;
  const slash = line.text.indexOf('/', afterSo);
  if (slash < 0) return;
  let from = afterSo;
  while (from < slash && /[\s:.;,]/.test(line.text[from]!)) from++;
  const printed = line.text.slice(from, slash).trim();
  const rest = line.text.slice(slash + 1).trim().split(' ')[0] ?? '';
  const h = wordHeight(line);
  const x0 = keywordEnd(line, so.index, 'Số:'.length, KEYWORD_WIDTH.so, h);
  const x1 = xAt(line, slash);
  parsed.number = {
    box: [Math.round(x0), Math.round(line.bbox[1] - 0.35 * h), Math.round(x1), Math.round(line.bbox[3] + 0.35 * h)],
    printed,
    confidence: printed ? weakest(wordsIn(line, from, slash)) : 0,
  };
  // The symbol parsed as a citation would be: the same repairs (QD → QĐ, spaces) and the year of a legal act.
  const ref = parseReferences(`số 1/${rest}`)[0];
  if (!ref?.symbol) return;
  const symbolWords = wordsIn(line, slash, slash + 1 + rest.length);
  const conf = weakest(symbolWords);
  parsed.symbol = { value: ref.symbol, confidence: conf };
  if (ref.year !== null) parsed.year = { value: ref.year, confidence: conf };
  const code = ref.symbol.split(/[-/]/)[0] ?? '';
  if (KNOWN_TYPE_CODES.has(code)) parsed.type = { value: code, confidence: conf };
}

/**
 * Printed widths of the words around a number, in line heights (measured on the samples: "Số:"
 * 1.25, "ngày" 2.1, "tháng" 2.5, "năm" 1.85). OCR glues a handwritten number to its keyword
 * ("ngày‡4", "26tháng") or stretches the keyword's box over it; the number then starts where the
 * keyword's printed width ends.
 */
const KEYWORD_WIDTH = { so: 1.3, ngay: 2.15, thang: 2.55, nam: 1.9 };

function wordAt(line: Line, offset: number): { word: Word; start: number } | null {
  let start = 0;
  for (const word of line.words) {
    if (offset < start + word.text.length) return { word, start };
    start += word.text.length + 1;
  }
  return null;
}

/**
 * The words' median height: a scribble in the margin joined to the line, or a handwritten
 * number taller than the print, makes the line taller than its printed words.
 */
function wordHeight(line: Line): number {
  return [...line.words.map((w) => w.bbox[3] - w.bbox[1])].sort((a, b) => a - b)[line.words.length >> 1] ?? line.bbox[3] - line.bbox[1];
}

/** Where a keyword starting at `offset` ends, in pixels (`h`: the printed words' height). */
function keywordEnd(line: Line, offset: number, length: number, width: number, h = line.bbox[3] - line.bbox[1]): number {
  const at = wordAt(line, offset);
  if (!at) return xAt(line, offset + length);
  const { word, start } = at;
  // Alone, or with a colon or full stop after it: a digit-like mark glued to it ("ngày/ 5" for 15) is no part of it.
  const alone = start === offset && (word.text.length === length || (word.text.length === length + 1 && /[:.,;]$/.test(word.text)));
  if (alone && word.bbox[2] - word.bbox[0] <= 1.4 * width * h) return word.bbox[2];
  return Math.min(word.bbox[2], xAt(line, offset) + width * h);
}

/** Where a keyword starting at `offset` begins, in pixels. */
function keywordStart(line: Line, offset: number, length: number, width: number): number {
  const at = wordAt(line, offset);
  if (!at) return xAt(line, offset);
  const { word, start } = at;
  if (start === offset) return word.bbox[0];
  const h = line.bbox[3] - line.bbox[1];
  // Glued at the end of the word: "26tháng".
  if (offset + length >= start + word.text.length - 1) return Math.max(word.bbox[0], word.bbox[2] - width * h);
  return xAt(line, offset);
}

/** "Quảng Ngãi, ngày 04 tháng 01 năm 2021": the place, and where day, month and year stand. */
function readDateLine(line: Line, parsed: ParsedHeader): void {
  const l = loose(line.text);
  const m = /(ng\w{0,2}y)(.*?)(th\w{0,2}ng)(.*?)(n\wm)(\s*)(\S{0,6})/d.exec(l);
  if (!m?.indices) return;
  const [ngay, , thang, , nam, , year] = m.indices.slice(1) as [number, number][];
  if (!ngay || !thang || !nam || !year) return;
  const h = line.bbox[3] - line.bbox[1];
  const spot = (from: number, to: number, x0: number, x1: number): Spot => {
    const printed = line.text.slice(from, to).trim();
    return {
      box: [Math.round(x0), Math.round(line.bbox[1] - 0.35 * h), Math.round(x1), Math.round(line.bbox[3] + 0.35 * h)],
      printed,
      confidence: printed ? weakest(wordsIn(line, from, to)) : 0,
    };
  };
  // "ngày" measured by the printed words: its box may run over a tall handwritten day glued to it ("ngày31").
  parsed.day = spot(ngay[1], thang[0], keywordEnd(line, ngay[0], ngay[1] - ngay[0], KEYWORD_WIDTH.ngay, wordHeight(line)), keywordStart(line, thang[0], thang[1] - thang[0], KEYWORD_WIDTH.thang));
  parsed.month = spot(thang[1], nam[0], keywordEnd(line, thang[0], thang[1] - thang[0], KEYWORD_WIDTH.thang), keywordStart(line, nam[0], nam[1] - nam[0], KEYWORD_WIDTH.nam));
  const yearWords = wordsIn(line, year[0], year[1]);
  parsed.dateYear = spot(year[0], year[1], keywordEnd(line, nam[0], nam[1] - nam[0], KEYWORD_WIDTH.nam), Math.max(...yearWords.map((w) => w.bbox[2]), xAt(line, year[1])));
  const placeText = line.text.slice(0, ngay[0]).replace(/[,.\s]+$/, '');
  // OCR bleeds the other column's last letters in front of the place ("TrTT Đà Nẵng"): keep the words after them.
  const words = placeText.split(' ').filter(Boolean);
  const start = words.findIndex((w, i) => /^\p{Lu}\p{Ll}/u.test(w) && words.slice(i).every((x) => /^\p{Lu}\p{Ll}*$/u.test(x)));
  if (start >= 0) {
    const place = words.slice(start).join(' ');
    const offset = placeText.lastIndexOf(place);
    parsed.place = { value: place, confidence: weakest(wordsIn(line, offset, offset + place.length)) };
  }
}

/** The type in capitals under the header ("CHỈ THỊ"), then its subject; a công văn's "V/v …" under its number. */
function readTypeAndSubject(lines: HeaderLines, numberAt: number, parsed: ParsedHeader): void {
  const below = lines.below;
  const typeAt = below.findIndex((l) => typeOfTitle(l) !== null);
  if (typeAt >= 0) {
    const line = below[typeAt]!;
    const code = typeOfTitle(line)!;
    const conf = mean(line.words.slice(0, 2));
    // The title and the symbol's code are two readings of the type: agreeing, they confirm each other.
    const agreed = parsed.type.value === code ? Math.max(0.9, conf, parsed.type.confidence) : conf;
    parsed.typeName = { value: nameOf(code), confidence: agreed };
    if (!parsed.type.value || parsed.type.value === code) parsed.type = { value: code, confidence: agreed };
    // The title confirms the symbol's code, so the symbol is no pure guess even when OCR doubts it.
    if (parsed.type.value === code && parsed.symbol.value) parsed.symbol.confidence = Math.max(parsed.symbol.confidence, 0.6);
    parsed.subject = subjectOf(below.slice(typeAt + 1), below);
    return;
  }
  const after = numberAt >= 0 ? lines.left.slice(numberAt + 1) : [];
  const vv = after.findIndex((l) => /^\W{0,3}v\s?v\b/.test(loose(l.text)));
  if (vv >= 0 && vv <= 1) {
    parsed.subject = subjectOf(after.slice(vv), lines.left);
    if (!parsed.type.value || parsed.type.value === 'CV') {
      parsed.type = { value: 'CV', confidence: Math.max(parsed.symbol.confidence, parsed.subject.confidence) };
    }
    parsed.typeName = { value: 'Công văn', confidence: parsed.type.confidence };
  } else if (parsed.type.value) {
    parsed.typeName = { value: nameOf(parsed.type.value), confidence: parsed.type.confidence };
  } else if (parsed.symbol.value) {
    // No type title and no type code in the symbol (SGDĐT-CTrTT): that is how a công văn is numbered.
    parsed.type = { value: 'CV', confidence: parsed.symbol.confidence };
    parsed.typeName = { value: 'Công văn', confidence: parsed.symbol.confidence };
  }
}

/** The type code a title line names, when it is printed in capitals ("QUYẾT ĐỊNH CỦA …"). */
function typeOfTitle(line: Line): string | null {
  const words = line.text.split(' ').filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words[0] !== words[0]!.toUpperCase() || NATIONAL.test(loose(line.text))) return null;
  for (const n of [3, 2, 1]) {
    if (words.length < n) continue;
    const phrase = words.slice(0, n).join(' ');
    if (phrase !== phrase.toUpperCase()) continue;
    const code = codeOfWord(phrase.toLowerCase());
    if (code && KNOWN_TYPE_CODES.has(code) && code !== 'CV') return code;
  }
  return null;
}

const nameOf = (code: string) => (code === 'CV' ? 'Công văn' : describeCode(code).replace(/ \([^)]*\)$/, ''));

/** Consecutive lines from the first, up to four, until a gap or the body of the letter begins. */
function subjectOf(lines: Line[], all: Line[]): Reading<string> {
  const unit = lineHeight(all);
  const kept: Line[] = [];
  for (const line of lines) {
    const prev = kept.at(-1);
    if (prev && line.bbox[1] - prev.bbox[3] > 0.9 * unit) break;
    if (BODY_START.test(loose(line.text)) || kept.length === 4) break;
    if (!/\p{L}{2}/u.test(line.text)) continue; // a stray mark of the rule under the title
    kept.push(line);
  }
  if (kept.length === 0) return none();
  const words: Word[] = kept.flatMap((l) => l.words);
  return { value: kept.map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim(), confidence: mean(words) };
}
