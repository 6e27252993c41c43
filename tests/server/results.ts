/** Small hand-made extraction results for the server tests: no OCR, exact values. */
import { createHash } from 'node:crypto';
import { ExtractionResult, type Criterion, type Flag } from '../../src/contract/index.ts';
import type { ReportModel } from '../../src/report/index.ts';
import { validateReport } from '../../src/validate/index.ts';

type Row = Pick<Criterion, 'id' | 'title' | 'maxScore' | 'selfScore'> & Partial<Criterion>;

export const criterion = (row: Row): Criterion => ({
  appraisedScore: null, evidence: '', references: [], page: 2, bbox: [10, 20, 300, 60], confidence: 0.95, ...row,
});

export const sha256Of = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * A result whose flags are what the validator says of its rows (no schema), plus `extra`
 * flags the rows cannot show (attached evidence, low confidence).
 */
export function makeResult(pdf: Uint8Array | string, rows: Row[], options: { unit?: string; totals?: ExtractionResult['totals']; extra?: Flag[] } = {}): ExtractionResult {
  const criteria = rows.map(criterion);
  const totals = options.totals ?? { maxScore: null, selfScore: null, appraisedScore: null };
  const unsure = new Set((options.extra ?? []).filter((f) => f.code === 'LOW_CONFIDENCE').map((f) => `${f.criterionId}|${f.field}`));
  const model: ReportModel = {
    header: { unit: options.unit ?? 'Huyện Thử', number: '12/BC-UBND', date: '2018-11-20', year: 2018, annex: null },
    criteria: criteria.map((c) => ({ ...c, saidId: c.id, idConfidence: 1, valueConfidence: {
      maxScore: unsure.has(`${c.id}|maxScore`) ? 0.3 : 1, selfScore: unsure.has(`${c.id}|selfScore`) ? 0.3 : 1, appraisedScore: 1 } })),
    totals, totalsConfidence: 1,
  };
  const flags = validateReport(model, null).filter((f) => f.code !== 'LOW_CONFIDENCE');
  return ExtractionResult.parse({
    contractVersion: 1,
    source: { file: 'report.pdf', sha256: sha256Of(pdf), pages: 2, kind: 'scanned' },
    document: { unit: model.header.unit, number: model.header.number, date: model.header.date, year: 2018 },
    schema: null, criteria, totals, flags: [...flags, ...(options.extra ?? [])],
  });
}

/** Section 1 of two criteria; 1.2's self score was misread as 5 (it says 0,5). */
export const MISREAD = [
  { id: '1', title: 'Công tác chỉ đạo điều hành CCHC', maxScore: 3, selfScore: 1.5 },
  { id: '1.1', title: 'Kế hoạch CCHC', maxScore: 1, selfScore: 1, evidence: 'KH số 12/KH-UBND ngày 05/01/2018' },
  { id: '1.2', title: 'Báo cáo CCHC', maxScore: 2, selfScore: 5, evidence: 'BC số 20/BC-UBND ngày 10/06/2018' },
];
