/** The reporting period a citation's subject names ("… kiểm soát TTHC Quý III/2018"). */
import type { Reference } from '../contract/index.ts';

/** A period named in a subject: its words as printed and its first and last day (ISO). */
export interface ReferencePeriod {
  label: string;
  start: string;
  end: string;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
const YEAR = String.raw`(?<year>(?:19|20)\d\d)(?!\d)`;

/**
 * "Quý III/2018", "quý 3 năm 2018", "Quý I - 2018". Roman numerals are matched upper case
 * only; in one that has an I, OCR's other upright strokes (l, 1, |, and J for a serif I) count
 * as I: "Quý II1/2018", "Quý JII/2018"; an H is two I run together or one I misread ("Quý IH/2018"
 * is III or II, and names the span of both: only a date before both is out of its period); so
 * do three ones alone ("Quý 111/2018" is III: there is no quarter 111), and two ("Quý 11/2018"
 * is II or III, below). A numeral of several strokes may have lost its slash to the year
 * ("Quý 1112018") or have it read as a Z or an L ("Quý IIZ2018", "Quý JJIL2018"), or read
 * twice ("Quý II1/⁄2018"); an L before the slash is the last I ("Quý IIL/2018"). A lone digit
 * may not lose its slash ("Quý 12018" could be anything). "Quý" may have lost its tone mark
 * ("Quy 111/2018") or had its u read with a horn ("Qưý II/2018"): "Quy" followed by a numeral
 * and a year is no "quy chế".
 */
const STROKES = String.raw`IV|[Il1|JH]*[IH][Il1|JH]*(?:L(?=\/))?|111`;
const QUARTER = new RegExp(
  String.raw`(?<![\p{L}\d])(?:[Qq][uư][ýíy]|QU[ÝÍY]) (?:(?<q>${STROKES}|11|[1-4])(?![\p{L}\d]) ?(?:\/\/?|-|năm|NĂM) ?|(?<glued>${STROKES})[ZL]?(?=(?:19|20)\d\d(?!\d)))${YEAR}`,
  'u',
);
/** "6 tháng đầu năm 2018", "6 tháng cuối năm 2018", "9 tháng (đầu) năm 2018". */
const MONTHS = new RegExp(
  String.raw`(?<![\p{L}\d])(?<n>0?6|0?9) tháng (?<part>đầu |cuối )?năm ${YEAR}`,
  'iu',
);

/**
 * The period the subject of `ref` names, or null. Conservative on purpose: only quarters, the
 * first or last six months and the first nine months of a year printed with the year; a bare
 * "năm 2018" is not a period here, since plans for a year are dated before it begins.
 */
export function referencePeriod(ref: Reference): ReferencePeriod | null {
  const subject = ref.subject;
  if (!subject) return null;
  return quarter(subject) ?? months(subject);
}

function quarter(subject: string): ReferencePeriod | null {
  const match = QUARTER.exec(subject);
  const q = match?.groups?.q ?? match?.groups?.glued;
  const year = match?.groups?.year;
  if (!match || !q || !year) return null;
  const strokes = q.replace(/[l1|JL]/g, 'I');
  // Two ones before the slash are a II, or a III that lost a stroke (11503's "Quý 11/2018"):
  // there is no quarter 11. Like an H, they name the span of both.
  const readings = q === '11' ? [2, 3] : [strokes.replace(/H/g, 'I'), strokes.replace(/H/g, 'II')].map((r) => ROMAN[r] ?? Number(r)).filter((n) => n >= 1 && n <= 4);
  if (readings.length === 0) return null;
  const first = Math.min(...readings);
  const last = Math.max(...readings);
  return { label: match[0], start: `${year}-${String(3 * first - 2).padStart(2, '0')}-01`, end: `${year}-${QUARTER_END[last - 1]}` };
}

function months(subject: string): ReferencePeriod | null {
  const match = MONTHS.exec(subject);
  const g = match?.groups;
  if (!match || !g?.n || !g.year) return null;
  const part = g.part?.trim().toLowerCase();
  if (Number(g.n) === 9) {
    // "9 tháng cuối năm" is not a reporting period.
    return part === 'cuối' ? null : { label: match[0], start: `${g.year}-01-01`, end: `${g.year}-09-30` };
  }
  // "6 tháng năm 2018" without đầu/cuối is ambiguous: no period.
  if (part === 'đầu') return { label: match[0], start: `${g.year}-01-01`, end: `${g.year}-06-30` };
  if (part === 'cuối') return { label: match[0], start: `${g.year}-07-01`, end: `${g.year}-12-31` };
  return null;
}
