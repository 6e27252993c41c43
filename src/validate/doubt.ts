import type { Flag } from '../contract/index.ts';
import { unsureId, type ReportModel } from '../report/index.ts';
import type { CriteriaSchema } from '../schema/index.ts';
import { aboveLess, sumOfParts, trusted } from './arithmetic.ts';
import { LOW_CONFIDENCE_THRESHOLD } from './confidence.ts';
import { flag, parentOf, score } from './flag.ts';

/** The confidence left to a parent's max that its schema and its children both contradict. */
const CONTRADICTED = LOW_CONFIDENCE_THRESHOLD / 2;

/**
 * A parent's printed max read as one value where the schema and the sum of its children's
 * printed maxima (as read, however surely) agree on another is far likelier a misreading (a 6 read as 5) than a misprint
 * that happens to break both: its max goes to a person as LOW_CONFIDENCE instead of raising
 * MAX_MISMATCH and SUM_MISMATCH up the tree. The value is kept as read. A value read with full
 * confidence (a text layer, a person's correction) is not doubted.
 */
export function doubtContradictedMaxima(report: ReportModel, schema: CriteriaSchema | null): ReportModel {
  if (!schema) return report;
  const criteria = report.criteria.map((c) => {
    const read = trusted(c, 'maxScore');
    const expected = schema.criteria.find((s) => s.id === c.id)?.max;
    if (read === null || expected === undefined || read === expected || c.valueConfidence.maxScore >= 1) return c;
    // The children's maxima as read, however surely: they only take away certainty here (rows cut
    // without ruling lines read every value at 0.6, and a section's "11" read as 1 stood there).
    const children = report.criteria.filter((k) => parentOf(k.id) === c.id);
    if (sumOfParts(children.map((k) => k.maxScore)) !== expected) return c;
    return {
      ...c,
      valueConfidence: { ...c.valueConfidence, maxScore: CONTRADICTED },
      ...(c.readConfidence && { readConfidence: { ...c.readConfidence, maxScore: CONTRADICTED } }),
    };
  });
  return { ...report, criteria };
}

/**
 * A parent's self score read surely but not certainly, that both its children's trusted scores
 * and the level above (its parent's trusted score less its siblings', the TỔNG row for a
 * section) contradict, each giving the same other value, is far likelier a misreading than a
 * misprint: a report that mis-sums a row carries the value it printed up to the row above, so
 * a misprint breaks its own row only (13401's 1.5 self "3" of a 150 dpi 1-bit scan, read 1 at
 * 0.93, raised SUM_MISMATCH for 1.5 and for section 1). Its confidence drops: it goes to a
 * person as LOW_CONFIDENCE instead of up the tree as mismatches. The value is kept as read.
 */
export function doubtContradictedSums(report: ReportModel): ReportModel {
  const criteria = report.criteria.map((c) => {
    const read = trusted(c, 'selfScore');
    if (read === null || c.id === '' || c.valueConfidence.selfScore >= CERTAIN) return c;
    const sum = sumOfParts(report.criteria.filter((k) => parentOf(k.id) === c.id).map((k) => trusted(k, 'selfScore')));
    if (sum === null || sum === read || aboveLess(c, 'selfScore', report) !== sum) return c;
    return {
      ...c,
      valueConfidence: { ...c.valueConfidence, selfScore: CONTRADICTED },
      ...(c.readConfidence && { readConfidence: { ...c.readConfidence, selfScore: CONTRADICTED } }),
    };
  });
  return { ...report, criteria };
}

/**
 * The report without the rows whose id was read unsurely and that the schema does not know: such
 * a row is likelier another criterion's row misread (11804's "6.2.4" read 5.2.4 on a page whose
 * lines were lost) than a child of its supposed parent, so it takes no part in the sums (it
 * raised a false SUM_MISMATCH for section 5). checkStructure sends its id to a person as LOW_CONFIDENCE.
 */
export function withoutMisreadRows(report: ReportModel, schema: CriteriaSchema | null): ReportModel {
  if (!schema) return report;
  const known = new Set(schema.criteria.map((s) => s.id));
  return { ...report, criteria: report.criteria.filter((c) => known.has(c.id) || !unsureId(c)) };
}

/** A reading this sure, or surer, is as sure as the OCR gets (a clean scan's digits read at 0.96–0.97). */
const CERTAIN = 0.95;
/** Flags that say a value breaks the schema, its options or its rows' sum: the value may be the misreading. */
const CONTRADICTING = new Set(['MAX_MISMATCH', 'SCORE_EXCEEDS_MAX', 'SCORE_NOT_ALLOWED', 'SUM_MISMATCH']);

/**
 * LOW_CONFIDENCE too for a value that contradicts the schema, its options or the sum of its
 * rows (MAX_MISMATCH, a score above the max or between the options, SUM_MISMATCH) and was read
 * surely but not certainly: that is where a sure misreading shows (a 3 read as 4 at 0.91,
 * 12502's section 4 self "6" read 8 at 0.86), and the reviewer is to check the reading, not
 * only the report. The contradiction's own flag stays.
 */
export function checkContradictedReadings(report: ReportModel, flags: Flag[]): Flag[] {
  const byId = new Map(report.criteria.map((c) => [c.id, c]));
  const doubted = new Map<string, Flag>();
  for (const f of flags) {
    const c = byId.get(f.criterionId);
    const field = f.field as 'maxScore' | 'selfScore' | 'appraisedScore' | undefined;
    if (!c || !CONTRADICTING.has(f.code) || !field || !(field in c.valueConfidence)) continue;
    const confidence = c.valueConfidence[field];
    if (confidence < LOW_CONFIDENCE_THRESHOLD || confidence >= CERTAIN) continue;
    // A value its own rows add up to is read right, and misprinted.
    const children = report.criteria.filter((k) => parentOf(k.id) === c.id);
    if (children.length > 0 && sumOfParts(children.map((k) => trusted(k, field))) === c[field]) continue;
    doubted.set(`${c.id} ${field}`, flag('LOW_CONFIDENCE', c.id,
      `${c.id}: ${field} đọc được là ${score(c[field])}, trái với bộ tiêu chí hoặc các mức điểm, với độ tin cậy chỉ ${confidence.toFixed(2)}; cần người kiểm tra bản chụp.`,
      { field, actual: c[field], page: c.page }));
  }
  return [...doubted.values()];
}
