/** Why a parsed citation cannot be a real document. */
import type { Reference } from '../contract/index.ts';
import { KNOWN_TYPE_CODES, describeCode } from './codes.ts';
import { dateProblem } from './date.ts';

/**
 * Documents usually issued as the attachment of a decision or resolution: "Quy chế số
 * 201/QĐ-UBND", "Kế hoạch … số 413/QĐ-UBND" cite a real QĐ by what it enacts.
 */
const ENACTED_BY: Readonly<Record<string, ReadonlySet<string>>> = {
  QC: new Set(['QĐ', 'NQ', 'NĐ', 'TT']),
  QyĐ: new Set(['QĐ', 'NQ', 'NĐ', 'TT']),
  KH: new Set(['QĐ', 'NQ']),
  CTr: new Set(['QĐ', 'NQ']),
  ĐA: new Set(['QĐ', 'NQ']),
  PA: new Set(['QĐ', 'NQ']),
  HD: new Set(['QĐ']),
  DA: new Set(['QĐ']),
  // A joint circular or resolution is still called "Thông tư"/"Nghị quyết" in running text.
  TT: new Set(['TTLT']),
  NQ: new Set(['NQLT']),
};

/**
 * A reviewer-readable reason why `ref` cannot be a real document, or null when nothing is wrong:
 * an impossible date, a year in the number outside 1945–2100 or different from the date's year,
 * an unknown type code, or a written-out type word that contradicts the symbol's code
 * ("Quyết định số 37 đến 348/ND-CP": written Quyết định, coded Nghị định). Several reasons are
 * joined with "; ".
 */
export function citationProblem(ref: Reference): string | null {
  const problems = [
    ref.date ? dateProblem(ref.date) : null,
    yearProblem(ref),
    ref.type !== null && !KNOWN_TYPE_CODES.has(ref.type) ? `unknown type code "${ref.type}"` : null,
    wordProblem(ref),
  ].filter((problem): problem is string => problem !== null);
  return problems.length > 0 ? problems.join('; ') : null;
}

function yearProblem(ref: Reference): string | null {
  if (ref.year === null) return null;
  if (ref.year < 1945 || ref.year > 2100) return `year ${ref.year} in the number is outside 1945–2100`;
  // A legal act's number carries the year it was signed: 1100/2017/QĐ-UBND cannot be dated 2016.
  const dated = ref.date ? Number(ref.date.slice(0, 4)) : null;
  if (dated !== null && dated !== ref.year) return `numbered as a ${ref.year} act but dated ${dated}`;
  return null;
}

/** NĐ 30/2020 codes and the Thông tư 01/2011/TT-BNV codes for the same types. */
const SAME_TYPE: Readonly<Record<string, string>> = { BGN: 'GN', BTT: 'TTh', GUQ: 'UQ', GGT: 'GT', GNP: 'NP' };

function wordProblem(ref: Reference): string | null {
  const printed = ref.printedType;
  // Any document gets called a "công văn" in running text: that word contradicts nothing.
  if (!printed || !ref.type || printed === ref.type || printed === 'CV') return null;
  if (SAME_TYPE[printed] === ref.type || ENACTED_BY[printed]?.has(ref.type)) return null;
  return `printed as ${describeCode(printed)} but its symbol is coded ${describeCode(ref.type)}`;
}
