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
  /**
   * On a page whose rows were cut without ruling lines, `confidences` are capped (a value may
   * stand on a neighbouring row); these are the cells' own OCR confidences, for the checks
   * that compare values within one row.
   */
  readConfidences?: number[];
  page: number | null;
  bbox: Box | null;
}

export interface ValueCell {
  /** Null when a score cell holds ink that does not read as a score. */
  value: number | null;
  role: 'max' | 'self' | 'appraised' | null;
  confidence: number;
  /** How surely the cell itself was read, whatever row it belongs to (`SourceLine.readConfidences`). */
  readConfidence: number;
}

/** A physical row split into what it holds, before rows are grouped into criteria. */
export interface ParsedLine {
  /** The id as printed ("4.", "7.1.", "II"), or null. */
  printedId: string | null;
  /** How surely the id was read (OCR confidence; 1 for text input). */
  idConfidence: number;
  /** Text standing left of the scores: the title, an option, or a title's continuation. */
  titleSide: string;
  values: ValueCell[];
  /** Text standing right of the scores: the evidence column. */
  evidence: string;
  /** Index of the first cell holding text, for lines without scores. */
  firstTextColumn: number;
  /** A line with no cells at all: a paragraph the OCR set apart from the table rows. */
  freeParagraph: boolean;
  source: SourceLine;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };
const BARE_ID = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?$/;
const ID_WITH_TITLE = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=[\p{Lu}\p{Ll}])/u;
const ROMAN_ID = /^(X|IX|IV|V?I{1,3}|V)\.?$/;

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

const OPTION_POINTS = /:\s*\d{1,2}(?:[.,]\d{1,2})?(?=$|\s)/u;
const CITATION = /\bs[ốo]\s*:?\s*\d+\s*\//iu;

/**
 * Without column roles, where a text cell stands decides: anything right of a score or of the
 * title-side text is evidence; a lone cell far right is evidence unless it lists scoring options.
 */
function isEvidence(cell: string, index: number, afterTitleOrScore: boolean): boolean {
  if (afterTitleOrScore) return true;
  return index >= 3 && (!OPTION_POINTS.test(cell) || CITATION.test(cell));
}

/**
 * Splits a physical row into id, title side, scores and evidence. With column roles the
 * roles decide; without them the order does: text before the first score is the title side,
 * text after it the evidence.
 */
export function parseLine(source: SourceLine): ParsedLine {
  const cells = source.cells.map(cleanCell);
  // A line with no tab is a free paragraph the OCR set apart from the table: evidence text.
  const freeParagraph = source.roles === undefined && cells.length === 1;
  const parsed: ParsedLine = { printedId: null, idConfidence: 1, titleSide: '', values: [], evidence: '', firstTextColumn: -1, freeParagraph, source };
  const roleOf = (index: number) => source.roles?.[index] ?? null;
  const valueOf = (cell: string, index: number) => {
    const role = roleOf(index);
    return role === null || role === 'max' || role === 'self' || role === 'appraised' ? parseScore(cell) : null;
  };
  const firstText = cells.findIndex((cell) => cell !== '');
  const firstValue = cells.findIndex((cell, index) => cell !== '' && index !== firstText && valueOf(cell, index) !== null);
  const title: string[] = [];
  const evidence: string[] = [];

  cells.forEach((cell, index) => {
    if (cell === '') return;
    const role = roleOf(index);
    if (role === 'id' || (role === null && index === firstText && BARE_ID.test(cell))) {
      parsed.printedId = cell;
      parsed.idConfidence = source.confidences?.[index] ?? 1;
      return;
    }
    const value = valueOf(cell, index);
    const valueRole = role === 'max' || role === 'self' || role === 'appraised' ? role : null;
    if (value !== null || valueRole !== null) {
      // An unreadable score cell stays a value of its column, read as nothing and not trusted.
      const confidence = value === null ? 0 : source.confidences?.[index] ?? 1;
      const readConfidence = value === null ? 0 : source.readConfidences?.[index] ?? confidence;
      parsed.values.push({ value, role: valueRole, confidence, readConfidence });
      return;
    }
    if (parsed.firstTextColumn < 0) parsed.firstTextColumn = index;
    const beforeValues = firstValue >= 0 && index < firstValue;
    // Left of the scores is the title side, unless a shifted row put citations there.
    const citesBeforeValues = parsed.printedId === null && CITATION.test(cell) && !OPTION_POINTS.test(cell);
    const isEvidenceCell = role === 'evidence' || (role === null && (freeParagraph
      || (beforeValues ? citesBeforeValues : isEvidence(cell, index, firstValue >= 0 || title.length > 0))));
    (isEvidenceCell ? evidence : title).push(cell);
  });

  parsed.titleSide = title.join(' ');
  parsed.evidence = evidence.join(' ');
  return parsed;
}
