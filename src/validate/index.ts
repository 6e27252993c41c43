import type { Flag } from '../contract/index.ts';
import type { ReportModel } from '../report/index.ts';
import type { CriteriaSchema } from '../schema/index.ts';
import { checkAllowed, checkMaxima, checkSums } from './arithmetic.ts';
import { checkConfidence } from './confidence.ts';
import { checkContradictedReadings, doubtContradictedMaxima, doubtContradictedSums, withoutMisreadRows } from './doubt.ts';
import { checkEvidence } from './evidence.ts';
import { checkStructure } from './structure.ts';

export { LOW_CONFIDENCE_THRESHOLD } from './confidence.ts';

/**
 * Every inconsistency of a report, as the flags of CONTRACT.md: arithmetic first, then the
 * schema and numbering, then evidence and citations, then values read with too little certainty
 * (among them a parent's max that its schema and its children both contradict, a parent's self
 * score that its children and the level above both contradict, and a value read less than
 * certainly that breaks the schema or its options).
 */
export function validateReport(read: ReportModel, schema: CriteriaSchema | null): Flag[] {
  const report = doubtContradictedSums(doubtContradictedMaxima(read, schema));
  const flags = [
    ...checkSums(withoutMisreadRows(report, schema)),
    ...checkMaxima(report),
    ...checkAllowed(report, schema),
    ...checkStructure(report, schema),
    ...checkEvidence(report, schema),
  ];
  return [...flags, ...checkConfidence(report), ...checkContradictedReadings(report, flags)];
}
