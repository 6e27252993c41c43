import { nfc, parseScore } from '../text/index.ts';

export type Box = [number, number, number, number];

/** What a column holds, when the reader knows it (a ruled table's header row says so). */
export type ColumnRole = 'id' | 'title' | 'max' | 'self' | 'appraised' | 'evidence';

/**
 * One physical row of the score table as a reader saw it: its cells in order. A text
 * transcript gives cells whose columns may be shifted; a scanned page gives cells with roles.
 */
export interface SourceLine {
  cells: string[];
  /** The column role of each cell, parallel to `cells`, when known. */
  roles?: (ColumnRole | null)[];
  /** OCR confidence (0..1) of each cell, parallel to `cells`; absent means certain (text input). */
  confidences?: number[];
  page: number | null;
  bbox: Box | null;
}

export interface ValueCell {
  value: number;
  role: 'max' | 'self' | 'appraised' | null;
  confidence: number;
}

/** A physical row split into what it holds, before rows are grouped into criteria. */
export interface ParsedLine {
  /** The id as printed ("4.", "7.1.", "II"), or null. */
  printedId: string | null;
  /** Text standing left of the scores: the title, an option, or a title's continuation. */
  titleSide: string;
  values: ValueCell[];
  /** Text standing right of the scores: the evidence column. */
  evidence: string;
  /** Index of the first cell holding text, for lines without scores. */
  firstTextColumn: number;
  source: SourceLine;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };
const BARE_ID = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?$/;
const ID_WITH_TITLE = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=[\p{Lu}\p{Ll}])/u;
const ROMAN_ID = /^(X|IX|IV|V?I{0,3})\.?$/;

/** Canonical form of a printed id: "4." → "4", "7.1." → "7.1", "II" → "2"; null when it is none. */
export function canonicalId(printed: string): string | null {
  const trimmed = printed.trim();
  const arabic = BARE_ID.exec(trimmed);
  if (arabic) return arabic[1]!;
  const roman = ROMAN_ID.exec(trimmed);
  if (roman && roman[1] && ROMAN[roman[1]]) return String(ROMAN[roman[1]]);
  return null;
}

/** Removes the HTML tags an OCR engine leaves in cells (<i>, <p>) and normalises spacing. */
export function cleanCell(cell: string): string {
  return nfc(cell).replace(/<\/?[a-z][^>]*>/gi, ' ').replace(/\s+/g, ' ').trim();
}

/** An id embedded at the start of a title cell ("1.4 Công tác tuyên truyền"). */
export function splitLeadingId(text: string): { printedId: string; rest: string } | null {
  const match = ID_WITH_TITLE.exec(text);
  if (!match) return null;
  return { printedId: match[1]!, rest: text.slice(match[0].length) };
}

/**
 * Splits a physical row into id, title side, scores and evidence. With column roles the
 * roles decide; without them the order does: text before the first score is the title side,
 * text after it the evidence.
 */
export function parseLine(source: SourceLine): ParsedLine {
  const cells = source.cells.map(cleanCell);
  const parsed: ParsedLine = { printedId: null, titleSide: '', values: [], evidence: '', firstTextColumn: -1, source };
  const title: string[] = [];
  const evidence: string[] = [];
  let seenValue = false;

  cells.forEach((cell, index) => {
    if (cell === '') return;
    const role = source.roles?.[index] ?? null;
    const confidence = source.confidences?.[index] ?? 1;
    const isFirstText = parsed.printedId === null && title.length === 0 && !seenValue && evidence.length === 0;

    if (role === 'id' || (role === null && isFirstText && canonicalId(cell) !== null && BARE_ID.test(cell))) {
      parsed.printedId = cell;
      return;
    }
    const valueRole = role === 'max' || role === 'self' || role === 'appraised' ? role : null;
    const value = role === null || valueRole !== null ? parseScore(cell) : null;
    if (value !== null) {
      parsed.values.push({ value, role: valueRole, confidence });
      seenValue = true;
      return;
    }
    if (parsed.firstTextColumn < 0) parsed.firstTextColumn = index;
    if (role === 'evidence' || (role === null && seenValue)) evidence.push(cell);
    else title.push(cell);
  });

  parsed.titleSide = title.join(' ');
  parsed.evidence = evidence.join(' ');
  return parsed;
}
