import type { ReportModel } from '../report/index.ts';
import type { CriteriaSchema } from '../schema/index.ts';
import { sumOfParts, trusted } from './arithmetic.ts';
import { LOW_CONFIDENCE_THRESHOLD } from './confidence.ts';
import { parentOf } from './flag.ts';

/** The confidence left to a parent's max that its schema and its children both contradict. */
const CONTRADICTED = LOW_CONFIDENCE_THRESHOLD / 2;

/**
 * A parent's printed max read as one value where the schema and the sum of its children's
 * printed maxima agree on another is far likelier a misreading (a 6 read as 5) than a misprint
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
    const children = report.criteria.filter((k) => parentOf(k.id) === c.id);
    if (sumOfParts(children.map((k) => trusted(k, 'maxScore'))) !== expected) return c;
    return { ...c, valueConfidence: { ...c.valueConfidence, maxScore: CONTRADICTED } };
  });
  return { ...report, criteria };
}
