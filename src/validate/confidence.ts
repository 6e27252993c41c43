import type { Flag } from '../contract/index.ts';
import type { ReportModel } from '../report/index.ts';
import { flag, score } from './flag.ts';

/** Below this OCR confidence a printed value is not trusted without a person. */
export const LOW_CONFIDENCE_THRESHOLD = 0.8;

/** LOW_CONFIDENCE: a score read with too little certainty, one flag per value. */
export function checkConfidence(report: ReportModel): Flag[] {
  const flags = report.criteria.flatMap((c) =>
    (['maxScore', 'selfScore', 'appraisedScore'] as const).flatMap((field) => {
      const confidence = c.valueConfidence[field];
      if (confidence >= LOW_CONFIDENCE_THRESHOLD) return [];
      const read = c[field] === null ? 'không đọc được' : `đọc được là ${score(c[field])} nhưng độ tin cậy chỉ ${confidence.toFixed(2)}`;
      return [flag('LOW_CONFIDENCE', c.id, `${c.id}: ${field} ${read}; cần người kiểm tra.`,
        { field, actual: c[field], page: c.page })];
    }));
  if (report.totalsConfidence < LOW_CONFIDENCE_THRESHOLD) {
    flags.push(flag('LOW_CONFIDENCE', 'TOTAL', `Dòng TỔNG đọc với độ tin cậy ${report.totalsConfidence.toFixed(2)}; cần người kiểm tra.`));
  }
  return flags;
}
