import type { ReadCriterion, ReportModel } from '../../src/report/index.ts';
import { schemaFromTsv } from '../../src/schema/index.ts';

/** A small schema: section 1 (max 3) = 1.1 (2 options) + 1.2 (max 2: 2.0 / 1 / 0). */
export const SMALL_SCHEMA = schemaFromTsv([
  'id\tlevel\ttitle\tmax\toptions\tnote',
  '1\t1\tCÔNG TÁC CHỈ ĐẠO\t3\t\t',
  '1.1\t2\tBan hành kế hoạch CCHC năm kịp thời\t1\tBan hành kịp thời=1 | Ban hành không kịp thời=0.5 | Không ban hành=0\t',
  '1.2\t2\tSố lượng báo cáo định kỳ đầy đủ\t2\tĐủ=2 | Thiếu một=1 | Thiếu hai=0\t',
  '2\t1\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t1\t\t',
  '2.1\t2\tCông khai thủ tục hành chính đúng quy định\t1\tCó=1 | Không=0\t',
].join('\n'), 'criteria-test-2018-huyen.tsv');

type Partial = Pick<ReadCriterion, 'id'> & Omit<globalThis.Partial<ReadCriterion>, 'id'>;

/** A criterion as a reader would give it, certain and with evidence unless told otherwise. */
export function criterion(c: Partial): ReadCriterion {
  return {
    saidId: c.id,
    idConfidence: 1,
    title: SMALL_SCHEMA.criteria.find((s) => s.id === c.id)?.title ?? 'Tiêu chí',
    maxScore: null,
    selfScore: null,
    appraisedScore: null,
    evidence: 'KH số 12/KH-UBND ngày 10/01/2018',
    references: [],
    options: [],
    page: 2,
    bbox: null,
    confidence: 1,
    valueConfidence: { maxScore: 1, selfScore: 1, appraisedScore: 1 },
    ...c,
  };
}

/** The clean report of SMALL_SCHEMA: every sum holds, every score allowed, evidence everywhere. */
export function cleanCriteria(): ReadCriterion[] {
  return [
    criterion({ id: '1', maxScore: 3, selfScore: 2.5 }),
    criterion({ id: '1.1', maxScore: 1, selfScore: 0.5 }),
    criterion({ id: '1.2', maxScore: 2, selfScore: 2 }),
    criterion({ id: '2', maxScore: 1, selfScore: 1 }),
    criterion({ id: '2.1', maxScore: 1, selfScore: 1 }),
  ];
}

export function report(criteria: ReadCriterion[] = cleanCriteria(), extra: globalThis.Partial<ReportModel> = {}): ReportModel {
  return {
    header: { unit: 'Huyện Nga Sơn', number: '224/BC-UBND', date: '2018-11-26', year: 2018, annex: null },
    criteria,
    totals: { maxScore: 4, selfScore: 3.5, appraisedScore: null },
    totalsConfidence: 1,
    ...extra,
  };
}

/** Replaces one criterion of the clean report. */
export function withCriterion(id: string, change: globalThis.Partial<ReadCriterion>): ReadCriterion[] {
  return cleanCriteria().map((c) => (c.id === id ? { ...c, ...change } : c));
}
