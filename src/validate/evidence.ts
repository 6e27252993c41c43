import type { Flag } from '../contract/index.ts';
import { citationProblem, referencePeriod } from '../references/index.ts';
import type { ReportModel } from '../report/index.ts';
import type { CriteriaSchema } from '../schema/index.ts';
import { flag, hasChildren, score } from './flag.ts';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * A self score read at least this surely is likely right: enough to ask for its evidence. Values
 * told by their glyphs' shape alone (0.5) or on rows cut without ruling lines (0.6) are not.
 */
const LIKELY = 0.65;

/**
 * MISSING_EVIDENCE, and the checks on every citation: REFERENCE_AFTER_REPORT,
 * REFERENCE_INVALID, REFERENCE_PERIOD, and REFERENCE_MISMATCH between header and annex.
 */
export function checkEvidence(report: ReportModel, schema: CriteriaSchema | null): Flag[] {
  const flags: Flag[] = [];
  const reportDate = report.header.date;

  for (const c of report.criteria) {
    // A self score read with little certainty is left to LOW_CONFIDENCE: a "0" misread as 11
    // would otherwise also claim that evidence is missing.
    const self = c.valueConfidence.selfScore >= LIKELY ? c.selfScore : null;
    if (!hasChildren(c.id, report, schema) && (self ?? 0) > 0 && c.evidence.trim() === '') {
      flags.push(flag('MISSING_EVIDENCE', c.id, `${c.id}: tự chấm ${score(c.selfScore)} điểm nhưng không ghi tài liệu kiểm chứng.`,
        { field: 'evidence', page: c.page }));
    }
    for (const ref of c.references) {
      const problem = citationProblem(ref);
      if (problem) {
        flags.push(flag('REFERENCE_INVALID', c.id, `${c.id}: "${ref.raw}": ${problem}.`, { field: 'references', actual: ref.raw, page: c.page }));
      }
      if (ref.date && reportDate && ref.date > reportDate) {
        flags.push(flag('REFERENCE_AFTER_REPORT', c.id,
          `${c.id}: "${ref.raw}" ghi ngày ${vnDate(ref.date)}, sau ngày của báo cáo (${vnDate(reportDate)}).`,
          { field: 'references', expected: reportDate, actual: ref.date, page: c.page }));
      }
      const period = referencePeriod(ref);
      if (period && ref.date && ref.date < period.start) {
        flags.push(flag('REFERENCE_PERIOD', c.id,
          `${c.id}: "${ref.raw}" nói về ${period.label} nhưng ghi ngày ${vnDate(ref.date)}, trước khi kỳ đó bắt đầu (${vnDate(period.start)}).`,
          { field: 'references', expected: period.start, actual: ref.date, page: c.page }));
      }
    }
  }

  const { number, annex } = report.header;
  if (number && annex && annex.number !== number.split('/')[0]) {
    const cited = annex.symbol ? `${annex.number}/${annex.symbol}` : annex.number;
    flags.push(flag('REFERENCE_MISMATCH', 'HEADER',
      `Báo cáo mang số ${number}, nhưng bảng điểm kèm theo ghi "Kèm theo Báo cáo số ${cited}".`,
      { field: 'number', expected: number, actual: cited }));
  }
  return flags;
}
