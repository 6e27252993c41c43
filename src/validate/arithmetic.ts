import type { Flag, ScoreField } from '../contract/index.ts';
import type { ReadCriterion, ReportModel } from '../report/index.ts';
import type { CriteriaSchema } from '../schema/index.ts';
import { sumScores } from '../text/index.ts';
import { LOW_CONFIDENCE_THRESHOLD } from './confidence.ts';
import { flag, hasChildren, parentOf, score } from './flag.ts';

/**
 * A value read too uncertainly to check arithmetic with: LOW_CONFIDENCE already sends a person
 * to it, and a sum or a maximum broken by a misread digit would only repeat that.
 */
export const trusted = (c: ReadCriterion, field: ScoreField): number | null =>
  c.valueConfidence[field] >= LOW_CONFIDENCE_THRESHOLD ? c[field] : null;

/**
 * A value read this surely, though below trust, is still checked against its own row: of the
 * values the reader gave at 0.6 to 0.8 on six generated corpora (11501–12108), 228 were right
 * and one wrong, and such a contradiction is the report's (11504's 1.1.1 self "1,5" over a max
 * of 1, read at 0.79). Its LOW_CONFIDENCE flag stays.
 */
const ROW_CHECK = 0.7;

/**
 * A value read surely enough to check against its own row's other values (a score above the
 * max, a score no option allows), though its row may be a guess (`readConfidence`).
 */
const trustedOnRow = (c: ReadCriterion, field: ScoreField): number | null =>
  (c.readConfidence ?? c.valueConfidence)[field] >= ROW_CHECK ? c[field] : null;

/**
 * A value read unsurely that the level above confirms: the parent's trusted value (the TỔNG
 * row's, for a section) is exactly what this value as read and its siblings' trusted values add
 * up to. Such a value is checked against its own children like a trusted one (6 read unsurely
 * for 5.4, whose rows give 5 with 5.4.1 missing: 5.4 is the sum that is wrong, not section 5);
 * its LOW_CONFIDENCE flag stays.
 */
function confirmed(c: ReadCriterion, field: ScoreField, report: ReportModel): number | null {
  const value = c[field];
  return value !== null && c.id !== '' && aboveLess(c, field, report) === value ? value : null;
}

/**
 * What the level above gives a criterion's value: its parent's trusted one (the TỔNG row's, for
 * a section) less its siblings' trusted ones; null when one of those is not trusted.
 */
export function aboveLess(c: ReadCriterion, field: ScoreField, report: ReportModel): number | null {
  const up = parentOf(c.id);
  const parent = report.criteria.find((p) => p.id === up);
  const above = up === '' ? (report.totalsConfidence >= LOW_CONFIDENCE_THRESHOLD ? report.totals[field] : null) : parent ? trusted(parent, field) : null;
  const siblings = sumOfParts(report.criteria.filter((k) => k !== c && k.id !== '' && parentOf(k.id) === up).map((k) => trusted(k, field)));
  return above === null || siblings === null ? null : sumScores([above, -siblings]);
}

/** A value to check sums with: trusted, or read unsurely and {@link confirmed} by the level above. */
const known = (c: ReadCriterion, field: ScoreField, report: ReportModel): number | null =>
  trusted(c, field) ?? confirmed(c, field, report);

const FIELDS: ScoreField[] = ['maxScore', 'selfScore', 'appraisedScore'];
const FIELD_NAMES: Record<ScoreField, string> = {
  maxScore: 'điểm chuẩn',
  selfScore: 'điểm tự chấm',
  appraisedScore: 'điểm thẩm định',
};


/**
 * SUM_MISMATCH: a parent's printed value against the sum of its children's printed values
 * (the rows that are there: a missing row also shows as a mis-summed parent), and the TỔNG row
 * against the sections. A sum is checked only when every child prints the value. A child's
 * score read unsurely (LOW_CONFIDENCE) may be anything from 0 to its max: the sum is then still
 * wrong when no such score makes it right.
 */
export function checkSums(report: ReportModel): Flag[] {
  const flags: Flag[] = [];
  for (const parent of report.criteria) {
    const children = report.criteria.filter((c) => parentOf(c.id) === parent.id);
    if (children.length === 0) continue;
    for (const field of FIELDS) {
      const mismatch = compare(known(parent, field, report), children, field, report);
      if (!mismatch) continue;
      flags.push(flag('SUM_MISMATCH', parent.id,
        `${parent.id}: ${FIELD_NAMES[field]} ghi ${score(mismatch.actual)}, nhưng tổng của ${children.map((c) => c.id).join(' + ')} ${mismatch.sum}.`,
        { field, expected: mismatch.expected, actual: mismatch.actual, page: parent.page }));
    }
  }

  const sections = report.criteria.filter((c) => !c.id.includes('.'));
  for (const field of FIELDS) {
    const total = report.totalsConfidence >= LOW_CONFIDENCE_THRESHOLD ? report.totals[field] : null;
    const mismatch = compare(total, sections, field, report);
    if (!mismatch) continue;
    flags.push(flag('SUM_MISMATCH', 'TOTAL',
      `Dòng TỔNG: ${FIELD_NAMES[field]} ghi ${score(mismatch.actual)}, nhưng tổng các lĩnh vực ${mismatch.sum}.`,
      { field, expected: mismatch.expected, actual: mismatch.actual }));
  }
  return flags;
}

/** The sum of the parts, when there are some and every one is printed (and trusted); else null. */
export function sumOfParts(parts: (number | null)[]): number | null {
  return parts.length === 0 || parts.some((p) => p === null) ? null : sumScores(parts as number[]);
}

/**
 * The values a criterion's printed score may have: the one read, when trusted or confirmed by
 * the level above. Read unsurely otherwise, a parent's is taken to be what its children's add
 * up to (a section's 7,5 read as 7,9: the TỔNG row is still checked), a leaf's anything from 0
 * to its trusted max. Null when it is not printed or nothing bounds it.
 */
function range(c: ReadCriterion, field: ScoreField, report: ReportModel): [number, number] | null {
  const value = known(c, field, report);
  if (value !== null) return [value, value];
  if (c[field] === null) return null;
  // (A row whose id was lost, "", is no parent: every section would be its child, and itself.)
  const children = c.id === '' ? [] : report.criteria.filter((k) => parentOf(k.id) === c.id);
  if (children.length > 0) return sumRange(children, field, report);
  const max = field === 'maxScore' ? null : trusted(c, 'maxScore');
  return max === null ? null : [0, max];
}

/** The least and the most the parts' printed values may add up to; null when there are none, or one is unbounded. */
function sumRange(parts: ReadCriterion[], field: ScoreField, report: ReportModel): [number, number] | null {
  const ranges = parts.map((c) => range(c, field, report));
  if (parts.length === 0 || ranges.some((r) => r === null)) return null;
  return [sumScores(ranges.map((r) => r![0])), sumScores(ranges.map((r) => r![1]))];
}

/**
 * A printed value that no values of the parts add up to, with the sum it should have been (the
 * nearest one the parts allow) and that sum in words.
 */
function compare(printed: number | null, parts: ReadCriterion[], field: ScoreField, report: ReportModel): { expected: number; actual: number; sum: string } | null {
  const sum = printed === null ? null : sumRange(parts, field, report);
  if (printed === null || sum === null) return null;
  const [low, high] = sum;
  if (printed >= low && printed <= high) return null;
  const expected = printed > high ? high : low;
  const bound = low === high ? 'là' : printed > high ? 'nhiều nhất là' : 'ít nhất là';
  const unsure = parts.filter((c) => known(c, field, report) === null).map((c) => c.id);
  const note = unsure.length === 0 ? '' : ` (điểm của ${unsure.join(', ')} đọc chưa chắc: tính theo các tiêu chí con, hoặc từ 0 đến điểm chuẩn)`;
  return { expected, actual: printed, sum: `${bound} ${score(expected)}${note}` };
}

/** SCORE_EXCEEDS_MAX and OPTION_EXCEEDS_MAX: a printed score or option above the row's printed max. */
export function checkMaxima(report: ReportModel): Flag[] {
  return report.criteria.flatMap((c) => {
    const max = trustedOnRow(c, 'maxScore');
    if (max === null) return [];
    const flags: Flag[] = [];
    for (const field of ['selfScore', 'appraisedScore'] as const) {
      const value = trustedOnRow(c, field);
      if (value !== null && value > max) {
        flags.push(flag('SCORE_EXCEEDS_MAX', c.id, `${c.id}: ${FIELD_NAMES[field]} ${score(value)} vượt điểm chuẩn ${score(c.maxScore)}.`,
          { field, expected: c.maxScore, actual: value, page: c.page }));
      }
    }
    for (const option of c.options ?? []) {
      if (option.points > max) {
        flags.push(flag('OPTION_EXCEEDS_MAX', c.id,
          `${c.id}: mức "${option.text}" ghi ${score(option.points)} điểm, vượt điểm chuẩn ${score(c.maxScore)}.`,
          { field: 'options', expected: c.maxScore, actual: option.points, page: c.page }));
      }
    }
    return flags;
  });
}

/** The points a leaf may score: one option's (alternatives) or any sum of options met (additive). */
export function allowedPoints(options: { points: number }[], combine: 'alternative' | 'additive'): Set<number> {
  if (combine === 'alternative') return new Set(options.map((o) => o.points));
  let sums = [0];
  for (const o of options) sums = [...sums, ...sums.map((s) => sumScores([s, o.points]))];
  return new Set(sums);
}

/** SCORE_NOT_ALLOWED: a leaf's score that none of its scoring options gives (the schema's, else the printed ones). */
export function checkAllowed(report: ReportModel, schema: CriteriaSchema | null): Flag[] {
  return report.criteria.flatMap((c) => {
    if (hasChildren(c.id, report, schema)) return [];
    const known = schema?.criteria.find((s) => s.id === c.id);
    const options = known?.options.length ? known.options : (c.options ?? []);
    if (options.length === 0) return [];
    const allowed = allowedPoints(options, known?.combine ?? 'alternative');
    return (['selfScore', 'appraisedScore'] as const).flatMap((field) => {
      const value = trustedOnRow(c, field);
      if (value === null || allowed.has(value)) return [];
      const points = [...allowed].sort((a, b) => b - a).map(score).join(', ');
      return [flag('SCORE_NOT_ALLOWED', c.id, `${c.id}: ${FIELD_NAMES[field]} ${score(value)} không phải mức điểm cho phép (${points}).`,
        { field, expected: points, actual: value, page: c.page })];
    });
  });
}
