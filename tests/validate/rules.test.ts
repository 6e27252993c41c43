import { describe, expect, it } from 'vitest';
import type { Flag, Reference } from '../../src/contract/index.ts';
import { validateReport } from '../../src/validate/index.ts';
import { cleanCriteria, criterion, report, SMALL_SCHEMA, withCriterion } from './build.ts';

const codes = (flags: Flag[]) => flags.map((f) => `${f.code} ${f.criterionId}${f.field ? ` ${f.field}` : ''}`);
const ref = (r: Partial<Reference>): Reference => ({
  raw: 'KH số 12/KH-UBND ngày 10/01/2018', type: 'KH', number: '12', year: null, symbol: 'KH-UBND', date: '2018-01-10', ...r,
});

describe('validateReport on a clean report', () => {
  it('raises no flag, with or without a schema', () => {
    expect(validateReport(report(), SMALL_SCHEMA)).toEqual([]);
    expect(validateReport(report(), null)).toEqual([]);
  });
});

describe('SUM_MISMATCH', () => {
  it('flags a parent whose self score differs from its children, with expected and actual', () => {
    const flags = validateReport(report(withCriterion('1', { selfScore: 3 })), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['SUM_MISMATCH 1 selfScore', 'SUM_MISMATCH TOTAL selfScore']);
    expect(flags[0]).toMatchObject({ expected: 2.5, actual: 3, severity: 'error', page: 2 });
    expect(flags[0]!.message).toContain('1.1 + 1.2');
  });

  it('flags a parent whose max differs from its children, without a schema too', () => {
    const flags = validateReport(report(withCriterion('1.2', { maxScore: 3, selfScore: 2 }), { totals: { maxScore: 4, selfScore: 3.5, appraisedScore: null } }), null);
    expect(codes(flags)).toEqual(['SUM_MISMATCH 1 maxScore']);
    expect(flags[0]).toMatchObject({ expected: 4, actual: 3 });
  });

  it('checks the TỔNG row against the sections', () => {
    const flags = validateReport(report(cleanCriteria(), { totals: { maxScore: 4, selfScore: 3, appraisedScore: null } }), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['SUM_MISMATCH TOTAL selfScore']);
    expect(flags[0]).toMatchObject({ expected: 3.5, actual: 3 });
  });

  it('adds decimals without floating-point dust (0,5 + 0,5 + 0,5 = 1,5)', () => {
    const criteria = [criterion({ id: '1', maxScore: 1.5, selfScore: 1.5 }), ...['1.1', '1.2', '1.3'].map((id) => criterion({ id, maxScore: 0.5, selfScore: 0.5 }))];
    expect(validateReport(report(criteria, { totals: { maxScore: null, selfScore: null, appraisedScore: null } }), null)).toEqual([]);
  });

  it('takes a child score read unsurely for any score up to its max: the sum is wrong when none would make it right', () => {
    const unsure = { maxScore: 1, selfScore: 0.3, appraisedScore: 1 };
    // 1.1's 0,5 read as 9 (a 0 as 9 on a coarse scan): 2 + (0 to 1) may be 2,5.
    expect(codes(validateReport(report(withCriterion('1.1', { selfScore: 9, valueConfidence: unsure })), SMALL_SCHEMA))).toEqual(['LOW_CONFIDENCE 1.1 selfScore']);
    // Section 1 prints 1: no score of 1.1 brings 1.2's 2 down to it.
    const criteria = withCriterion('1.1', { selfScore: 9, valueConfidence: unsure });
    criteria[0]!.selfScore = 1;
    const flags = validateReport(report(criteria), SMALL_SCHEMA);
    expect(codes(flags)).toContain('SUM_MISMATCH 1 selfScore');
    expect(flags.find((f) => f.criterionId === '1')).toMatchObject({ expected: 2, actual: 1 });
    expect(flags.find((f) => f.criterionId === '1')!.message).toContain('ít nhất là 2');
  });

  it('takes a parent score read unsurely for what its children add up to: the TỔNG row is still checked', () => {
    // Section 1's 2,5 read as 2,9 unsurely; its rows give 2,5, section 2 gives 1: TỔNG 3 is wrong.
    const criteria = withCriterion('1', { selfScore: 2.9, valueConfidence: { maxScore: 1, selfScore: 0.3, appraisedScore: 1 } });
    const flags = validateReport(report(criteria, { totals: { maxScore: 4, selfScore: 3, appraisedScore: null } }), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['SUM_MISMATCH TOTAL selfScore', 'LOW_CONFIDENCE 1 selfScore']);
    expect(flags[0]).toMatchObject({ expected: 3.5, actual: 3 });
    expect(flags[0]!.message).toContain('điểm của 1 đọc chưa chắc');
    // TỔNG 3,5 fits it.
    expect(codes(validateReport(report(criteria), SMALL_SCHEMA))).toEqual(['LOW_CONFIDENCE 1 selfScore']);
  });

  it('checks a parent value read unsurely against its children when the level above confirms it', () => {
    // Section 1's max 3, read unsurely, is what TỔNG 4 less section 2's 1 leaves; 1.2 is missing,
    // so it is section 1 whose rows do not add up (1), not the TỔNG row.
    const criteria = withCriterion('1', { valueConfidence: { maxScore: 0.3, selfScore: 1, appraisedScore: 1 } }).filter((c) => c.id !== '1.2');
    const flags = codes(validateReport(report(criteria), SMALL_SCHEMA));
    expect(flags).toEqual(expect.arrayContaining(['SUM_MISMATCH 1 maxScore', 'LOW_CONFIDENCE 1 maxScore']));
    expect(flags).not.toContain('SUM_MISMATCH TOTAL maxScore');
    // Not confirmed (TỔNG 5), it is taken for what its rows add up to, and the TỔNG row is wrong.
    const unconfirmed = codes(validateReport(report(criteria, { totals: { maxScore: 5, selfScore: 3.5, appraisedScore: null } }), SMALL_SCHEMA));
    expect(unconfirmed).toContain('SUM_MISMATCH TOTAL maxScore');
    expect(unconfirmed).not.toContain('SUM_MISMATCH 1 maxScore');
  });

  it('takes no row whose id was lost for a parent (it would be its own child)', () => {
    const lost = criterion({ id: '', maxScore: 1, selfScore: 1, valueConfidence: { maxScore: 0.3, selfScore: 0.3, appraisedScore: 1 } });
    expect(() => validateReport(report([...cleanCriteria(), lost]), null)).not.toThrow();
  });

  it('leaves a sum unchecked when a child does not print the value', () => {
    expect(codes(validateReport(report(withCriterion('1.1', { selfScore: null })), SMALL_SCHEMA))).not.toContain('SUM_MISMATCH 1 selfScore');
  });
});

describe('SCORE_EXCEEDS_MAX, SCORE_NOT_ALLOWED, OPTION_EXCEEDS_MAX', () => {
  it('flags a self score above the row max', () => {
    const flags = validateReport(report(withCriterion('2.1', { selfScore: 2 }), { totals: { maxScore: 4, selfScore: 3.5, appraisedScore: null } }), null);
    expect(codes(flags)).toContain('SCORE_EXCEEDS_MAX 2.1 selfScore');
    expect(flags.find((f) => f.code === 'SCORE_EXCEEDS_MAX')).toMatchObject({ expected: 1, actual: 2 });
  });

  it('checks a row cut without ruling lines within itself, by how surely its values were read, and leaves its sums to a person', () => {
    // Every value of such a page is LOW_CONFIDENCE (it may stand on a neighbouring row); read surely, a self score 1,5
    // beside a max 1 is still above it and no option's (analysis report 11102, 1.1.2).
    const guessed = { valueConfidence: { maxScore: 0.6, selfScore: 0.6, appraisedScore: 0.6 }, readConfidence: { maxScore: 0.93, selfScore: 0.9, appraisedScore: 0 } };
    const flags = validateReport(report(withCriterion('1.1', { selfScore: 1.5, ...guessed })), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(expect.arrayContaining(['SCORE_EXCEEDS_MAX 1.1 selfScore', 'SCORE_NOT_ALLOWED 1.1 selfScore', 'LOW_CONFIDENCE 1.1 selfScore']));
    expect(codes(flags)).not.toContain('SUM_MISMATCH 1 selfScore');
    // Read unsurely too, it is left to LOW_CONFIDENCE alone.
    const unsure = { ...guessed, readConfidence: { maxScore: 0.93, selfScore: 0.5, appraisedScore: 0 } };
    expect(codes(validateReport(report(withCriterion('1.1', { selfScore: 1.5, ...unsure })), SMALL_SCHEMA))).not.toContain('SCORE_EXCEEDS_MAX 1.1 selfScore');
  });

  it('checks a score read a little below trust against its own row, and leaves it to LOW_CONFIDENCE lower down (11504\'s 1.1.1 "1,5" at 0.79)', () => {
    const likely = { maxScore: 1, selfScore: 0.79, appraisedScore: 1 };
    const flags = codes(validateReport(report(withCriterion('1.1', { selfScore: 1.5, valueConfidence: likely })), SMALL_SCHEMA));
    expect(flags).toEqual(expect.arrayContaining(['SCORE_EXCEEDS_MAX 1.1 selfScore', 'SCORE_NOT_ALLOWED 1.1 selfScore', 'LOW_CONFIDENCE 1.1 selfScore']));
    const unsure = { maxScore: 1, selfScore: 0.65, appraisedScore: 1 };
    expect(codes(validateReport(report(withCriterion('1.1', { selfScore: 1.5, valueConfidence: unsure })), SMALL_SCHEMA))).not.toContain('SCORE_EXCEEDS_MAX 1.1 selfScore');
  });

  it('flags a leaf score that no option gives, listing the allowed points', () => {
    const criteria = withCriterion('1.1', { selfScore: 0.75 });
    criteria[0]!.selfScore = 2.75;
    const flags = validateReport(report(criteria, { totals: { maxScore: 4, selfScore: 3.75, appraisedScore: null } }), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['SCORE_NOT_ALLOWED 1.1 selfScore']);
    expect(flags[0]).toMatchObject({ expected: '1, 0,5, 0', actual: 0.75 });
  });

  it('uses the printed options when there is no schema', () => {
    const criteria = withCriterion('2.1', { selfScore: 0.5, options: [{ text: 'Có', points: 1 }, { text: 'Không', points: 0 }] });
    criteria[3]!.selfScore = 0.5;
    const flags = validateReport(report(criteria, { totals: { maxScore: 4, selfScore: 3, appraisedScore: null } }), null);
    expect(codes(flags)).toEqual(['SCORE_NOT_ALLOWED 2.1 selfScore']);
  });

  it('allows any sum of additive options', () => {
    const additive = { ...SMALL_SCHEMA, criteria: SMALL_SCHEMA.criteria.map((c) => (c.id === '1.2' ? { ...c, combine: 'additive' as const, options: [{ text: 'A', points: 1 }, { text: 'B', points: 1 }] } : c)) };
    expect(validateReport(report(withCriterion('1.2', { selfScore: 2 })), additive)).toEqual([]);
  });

  it('flags a printed option worth more than the printed max', () => {
    const flags = validateReport(report(withCriterion('2.1', { options: [{ text: 'Có giải pháp', points: 2 }, { text: 'Không', points: 0 }] })), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['OPTION_EXCEEDS_MAX 2.1 options']);
    expect(flags[0]).toMatchObject({ expected: 1, actual: 2 });
  });
});

describe('checks against the schema', () => {
  it('flags a printed max that differs from the schema', () => {
    const criteria = withCriterion('1.1', { maxScore: 2, selfScore: 0.5 });
    criteria[0]!.maxScore = 4;
    const flags = validateReport(report(criteria, { totals: { maxScore: 5, selfScore: 3.5, appraisedScore: null } }), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['MAX_MISMATCH 1 maxScore', 'MAX_MISMATCH 1.1 maxScore']);
    expect(flags[1]).toMatchObject({ expected: 1, actual: 2 });
  });

  it('flags a missing criterion once for a missing parent and its children', () => {
    const criteria = cleanCriteria().filter((c) => !c.id.startsWith('2'));
    const flags = validateReport(report(criteria, { totals: { maxScore: null, selfScore: null, appraisedScore: null } }), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['MISSING_CRITERION 2']);
    expect(flags[0]!.message).toContain('2.1');
  });

  it('also calls the parent of a missing row mis-summed, against the rows that are there', () => {
    const criteria = cleanCriteria().filter((c) => c.id !== '1.2');
    expect(codes(validateReport(report(criteria), SMALL_SCHEMA))).toEqual(['SUM_MISMATCH 1 maxScore', 'SUM_MISMATCH 1 selfScore', 'MISSING_CRITERION 1.2']);
  });

  it('flags an id the schema does not know', () => {
    const flags = validateReport(report([...cleanCriteria(), criterion({ id: '2.2', maxScore: 0, selfScore: 0 })]), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['UNKNOWN_CRITERION 2.2']);
  });

  it('flags a misnumbered row with the printed and the right id', () => {
    const flags = validateReport(report(withCriterion('1.2', { printedId: '1.1' })), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['MISNUMBERED_CRITERION 1.2 id']);
    expect(flags[0]).toMatchObject({ expected: '1.2', actual: '1.1' });
  });

  it('flags the same id printed twice', () => {
    const criteria = cleanCriteria();
    criteria.splice(3, 0, criterion({ id: '1.2', title: 'Một tiêu chí khác', maxScore: 0, selfScore: 0 }));
    expect(codes(validateReport(report(criteria), null))).toEqual(['DUPLICATE_CRITERION 1.2']);
  });

  it('takes an unknown or repeated id read unsurely for a misreading: LOW_CONFIDENCE on the id', () => {
    const unknown = validateReport(report([...cleanCriteria(), criterion({ id: '2.2', maxScore: 0, selfScore: 0, idConfidence: 0.4 })]), SMALL_SCHEMA);
    expect(codes(unknown)).toEqual(['LOW_CONFIDENCE 2.2 id']);
    expect(unknown[0]).toMatchObject({ severity: 'info', actual: '2.2' });
    const criteria = cleanCriteria();
    criteria.splice(3, 0, criterion({ id: '1.2', title: 'Một tiêu chí khác', maxScore: 0, selfScore: 0, idConfidence: 0.5 }));
    expect(codes(validateReport(report(criteria), null))).toEqual(['LOW_CONFIDENCE 1.2 id']);
  });
});

describe('evidence and citations', () => {
  it('flags a leaf scored above 0 without evidence, but not one scored 0', () => {
    const criteria = withCriterion('2.1', { evidence: '' });
    expect(codes(validateReport(report(criteria), SMALL_SCHEMA))).toEqual(['MISSING_EVIDENCE 2.1 evidence']);
    // Marks alone are a speck read, no evidence (12802's 2.5.3, its empty cell read "`").
    expect(codes(validateReport(report(withCriterion('2.1', { evidence: '` ,' })), SMALL_SCHEMA))).toEqual(['MISSING_EVIDENCE 2.1 evidence']);
    expect(codes(validateReport(report(withCriterion('2.1', { evidence: 'BC 12' })), SMALL_SCHEMA))).toEqual([]);
    const zero = withCriterion('1.1', { evidence: '', selfScore: 0 });
    zero[0]!.selfScore = 2;
    expect(codes(validateReport(report(zero, { totals: { maxScore: 4, selfScore: 3, appraisedScore: null } }), SMALL_SCHEMA))).toEqual([]);
  });

  it('leaves a self score read with little certainty to LOW_CONFIDENCE instead of also claiming missing evidence', () => {
    const unsure = withCriterion('2.1', { evidence: '', valueConfidence: { maxScore: 1, selfScore: 0.4, appraisedScore: 1 } });
    expect(codes(validateReport(report(unsure), SMALL_SCHEMA))).toEqual(['LOW_CONFIDENCE 2.1 selfScore']);
    const likely = withCriterion('2.1', { evidence: '', valueConfidence: { maxScore: 1, selfScore: 0.7, appraisedScore: 1 } });
    expect(codes(validateReport(report(likely), SMALL_SCHEMA))).toEqual(['MISSING_EVIDENCE 2.1 evidence', 'LOW_CONFIDENCE 2.1 selfScore']);
  });

  it('flags a citation dated after the report', () => {
    const flags = validateReport(report(withCriterion('2.1', { references: [ref({ date: '2018-12-03' })] })), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['REFERENCE_AFTER_REPORT 2.1 references']);
    expect(flags[0]).toMatchObject({ expected: '2018-11-26', actual: '2018-12-03', severity: 'warning' });
  });

  it('flags a citation with an impossible date', () => {
    const flags = validateReport(report(withCriterion('2.1', { references: [ref({ raw: 'KH số 12/KH-UBND ngày 31/02/2018', date: '2018-02-31' })] })), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['REFERENCE_INVALID 2.1 references']);
  });

  it('takes a date nobody writes for a misreading of the scan: LOW_CONFIDENCE, not an invalid or late citation', () => {
    for (const [raw, date] of [['QĐ số 1538/QĐ-UBND ngày 19/5/3018', '3018-05-19'], ['BC số 1950/BC-UBND ngày 37 tháng 03 năm 2018', '2018-03-37'],
      ['KH số 12/KH-UBND ngày 12/13/2018', '2018-13-12'], ['KH số 12/KH-UBND ngày 12/03/1018', '1018-03-12']] as const) {
      const flags = validateReport(report(withCriterion('2.1', { references: [ref({ raw, date })] })), SMALL_SCHEMA);
      expect(codes(flags), raw).toEqual(['LOW_CONFIDENCE 2.1 references']);
      expect(flags[0]).toMatchObject({ actual: raw, severity: 'info' });
    }
  });

  it('doubts the report\'s own date, not the citations, when a quarter of them or more stand after it (12308\'s "tháng 11" read 4)', () => {
    const dated = (dates: string[]) => dates.map((date, i) => ref({ number: String(i + 1), date }));
    // The report date is 2018-11-26 (build.ts); five of eight citations after it.
    const later = dated(['2018-12-01', '2018-12-02', '2018-12-03', '2018-12-04', '2018-12-05', '2018-01-10', '2018-02-10', '2018-03-10']);
    const flags = validateReport(report(withCriterion('2.1', { references: later })), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['LOW_CONFIDENCE HEADER date']);
    expect(flags[0]).toMatchObject({ actual: '2018-11-26', severity: 'info' });
    // One citation of twenty after it is the report's to answer for.
    const one = dated(['2018-12-01', ...Array.from({ length: 19 }, () => '2018-01-10')]);
    expect(codes(validateReport(report(withCriterion('2.1', { references: one })), SMALL_SCHEMA))).toEqual(['REFERENCE_AFTER_REPORT 2.1 references']);
  });

  it('sends a report number or date that was not read to a person (12706\'s eroded "Số: 439/BC-UBND" read "S%: +39 BC -UBND")', () => {
    const header = { unit: 'Huyện Ngọc Lặc', number: null, date: '2018-12-20', year: 2018, annex: null };
    expect(codes(validateReport(report(undefined, { header }), SMALL_SCHEMA))).toEqual(['LOW_CONFIDENCE HEADER number']);
    expect(codes(validateReport(report(undefined, { header: { ...header, number: '439/BC-UBND', date: null } }), SMALL_SCHEMA))).toEqual(['LOW_CONFIDENCE HEADER date']);
    expect(validateReport(report(), SMALL_SCHEMA)).toEqual([]);
  });

  it('still flags what a person may have written: a day the month lacks, a date weeks or a year after the report', () => {
    const slips = [ref({ raw: 'KH số 12/KH-UBND ngày 31/06/2018', date: '2018-06-31' }), ref({ raw: 'KH số 13/KH-UBND ngày 05/01/2019', date: '2019-01-05' })];
    const flags = validateReport(report(withCriterion('2.1', { references: slips })), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['REFERENCE_INVALID 2.1 references', 'REFERENCE_AFTER_REPORT 2.1 references']);
  });

  it('flags a report on a quarter dated before the quarter began', () => {
    const quarter = ref({ raw: 'Báo cáo số 56/BC-UBND ngày 23/3/2018', type: 'BC', number: '56', symbol: 'BC-UBND', date: '2018-03-23', subject: 'về tình hình thực hiện kiểm soát TTHC Quý III/2018' });
    const flags = validateReport(report(withCriterion('2.1', { references: [quarter] })), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['REFERENCE_PERIOD 2.1 references']);
    expect(flags[0]).toMatchObject({ expected: '2018-07-01', actual: '2018-03-23' });
  });

  it('takes a year two or more from the one the citation names for a misreading (12908\'s "2018" read 2015), one year off for a slip', () => {
    const period = (date: string) => ref({ raw: `BC số 876/BC-UBND ngày ${date}`, type: 'BC', number: '876', symbol: 'BC-UBND', date, subject: 'về tình hình thực hiện cải cách hành chính Quý I/2018' });
    const act = (date: string) => ref({ raw: `Nghị định số 91/2018/NĐ-CP ngày ${date}`, type: 'NĐ', number: '91', year: 2018, symbol: 'NĐ-CP', date });
    for (const misread of [period('2015-04-11'), act('2015-09-02')]) {
      expect(codes(validateReport(report(withCriterion('2.1', { references: [misread] })), SMALL_SCHEMA)), misread.raw).toEqual(['LOW_CONFIDENCE 2.1 references']);
    }
    expect(codes(validateReport(report(withCriterion('2.1', { references: [period('2017-04-11')] })), SMALL_SCHEMA))).toEqual(['REFERENCE_PERIOD 2.1 references']);
    expect(codes(validateReport(report(withCriterion('2.1', { references: [act('2017-09-02')] })), SMALL_SCHEMA))).toEqual(['REFERENCE_INVALID 2.1 references']);
  });

  it('takes a citation dated years after the year assessed for a misreading when the report\'s own date was not read', () => {
    const base = report(withCriterion('2.1', { references: [ref({ raw: 'KH số 12/KH-UBND ngày 22/5/2048', date: '2048-05-22' })] }));
    const flags = validateReport({ ...base, header: { ...base.header, date: null } }, SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['LOW_CONFIDENCE 2.1 references', 'LOW_CONFIDENCE HEADER date']);
  });

  it('flags an annex that cites the report under another number', () => {
    const annex = ref({ raw: 'Báo cáo số 294 /BC-UBND ngày 26/11/2018', type: 'BC', number: '294', symbol: 'BC-UBND', date: '2018-11-26' });
    const base = report();
    const flags = validateReport({ ...base, header: { ...base.header, annex } }, SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['REFERENCE_MISMATCH HEADER number']);
    expect(flags[0]).toMatchObject({ expected: '224/BC-UBND', actual: '294/BC-UBND' });
  });
});

describe('LOW_CONFIDENCE', () => {
  it('flags a value read with little certainty, as info', () => {
    const flags = validateReport(report(withCriterion('2.1', { valueConfidence: { maxScore: 1, selfScore: 0.42, appraisedScore: 1 } })), SMALL_SCHEMA);
    expect(codes(flags)).toEqual(['LOW_CONFIDENCE 2.1 selfScore']);
    expect(flags[0]!.severity).toBe('info');
  });
});

describe('a parent max that the schema and its children both contradict', () => {
  it('goes to a person as LOW_CONFIDENCE (a 3 read as 2), not as MAX_MISMATCH and SUM_MISMATCH', () => {
    const criteria = withCriterion('1', { maxScore: 2, valueConfidence: { maxScore: 0.9, selfScore: 1, appraisedScore: 1 } });
    const flags = codes(validateReport(report(criteria), SMALL_SCHEMA));
    expect(flags).toEqual(['LOW_CONFIDENCE 1 maxScore']);
    expect(criteria[0]!.maxScore).toBe(2);
  });

  it('also when the children were read unsurely themselves (rows cut without ruling lines)', () => {
    const criteria = withCriterion('1', { maxScore: 2, valueConfidence: { maxScore: 0.94, selfScore: 1, appraisedScore: 1 } });
    for (const c of criteria.filter((k) => k.id.startsWith('1.'))) c.valueConfidence = { maxScore: 0.6, selfScore: 0.6, appraisedScore: 0.6 };
    const flags = codes(validateReport(report(criteria), SMALL_SCHEMA));
    expect(flags).toContain('LOW_CONFIDENCE 1 maxScore');
    expect(flags).not.toContain('MAX_MISMATCH 1 maxScore');
  });

  it('is a misprint when read with full confidence (a text layer, a correction)', () => {
    const flags = codes(validateReport(report(withCriterion('1', { maxScore: 2 })), SMALL_SCHEMA));
    expect(flags).toContain('SUM_MISMATCH 1 maxScore');
    expect(flags).toContain('MAX_MISMATCH 1 maxScore');
  });

  it('is a misprint when the children sum to the value read', () => {
    const criteria = withCriterion('1.2', { maxScore: 1, selfScore: 1 });
    const parent = criteria.find((c) => c.id === '1')!;
    Object.assign(parent, { maxScore: 2, selfScore: 2, valueConfidence: { maxScore: 0.9, selfScore: 1, appraisedScore: 1 } });
    const flags = codes(validateReport(report(criteria), SMALL_SCHEMA));
    expect(flags).toContain('MAX_MISMATCH 1 maxScore');
    expect(flags).not.toContain('LOW_CONFIDENCE 1 maxScore');
  });
});

describe('a parent self score that its children and the level above both contradict', () => {
  const sectionRead = (selfScore: number, confidence: number) =>
    withCriterion('1', { selfScore, valueConfidence: { maxScore: 1, selfScore: confidence, appraisedScore: 1 } });

  it('goes to a person as LOW_CONFIDENCE (13401\'s 1.5 self "3" read 1 at 0.93), not as SUM_MISMATCH on it and the row above', () => {
    // 1.1 and 1.2 give 2.5, and so does the TỔNG row's 3.5 less section 2's 1.
    const flags = codes(validateReport(report(sectionRead(1.5, 0.93)), SMALL_SCHEMA));
    expect(flags).toEqual(['LOW_CONFIDENCE 1 selfScore']);
  });

  it('is a misprint when read with full confidence', () => {
    const flags = codes(validateReport(report(sectionRead(1.5, 1)), SMALL_SCHEMA));
    expect(flags).toEqual(['SUM_MISMATCH 1 selfScore', 'SUM_MISMATCH TOTAL selfScore']);
  });

  it('is a misprint when the row above adds the value read (the report carried its mis-sum up)', () => {
    const flags = codes(validateReport(report(sectionRead(1.5, 0.93), { totals: { maxScore: 4, selfScore: 2.5, appraisedScore: null } }), SMALL_SCHEMA));
    expect(flags).toContain('SUM_MISMATCH 1 selfScore');
    expect(flags).not.toContain('SUM_MISMATCH TOTAL selfScore');
  });
});

describe('a row whose id was read unsurely and that the schema does not know', () => {
  const extra = (idConfidence: number) => [...cleanCriteria(), criterion({ id: '1.3', idConfidence, maxScore: 1, selfScore: 1 })];

  it('stays out of its supposed parent\'s sums: another criterion\'s row misread (11804\'s "6.2.4" as 5.2.4)', () => {
    const flags = codes(validateReport(report(extra(0.3)), SMALL_SCHEMA));
    expect(flags).not.toContain('SUM_MISMATCH 1 maxScore');
    expect(flags).not.toContain('SUM_MISMATCH 1 selfScore');
    expect(flags).toEqual(['LOW_CONFIDENCE 1.3 id']);
  });

  it('counts when its id was read surely: a row the report added', () => {
    const flags = codes(validateReport(report(extra(0.95)), SMALL_SCHEMA));
    expect(flags).toContain('UNKNOWN_CRITERION 1.3');
    expect(flags).toContain('SUM_MISMATCH 1 maxScore');
  });
});

describe('a value read surely but not certainly that breaks the schema or its options', () => {
  it('goes to a person as LOW_CONFIDENCE too, beside MAX_MISMATCH (a leaf max of 1 read as 2 at 0.91)', () => {
    const criteria = withCriterion('1.1', { maxScore: 2, valueConfidence: { maxScore: 0.91, selfScore: 1, appraisedScore: 1 } });
    const flags = codes(validateReport(report(criteria), SMALL_SCHEMA));
    expect(flags).toContain('MAX_MISMATCH 1.1 maxScore');
    expect(flags).toContain('LOW_CONFIDENCE 1.1 maxScore');
  });

  it('once, when the score both exceeds the max and is no option', () => {
    const criteria = withCriterion('2.1', { selfScore: 9, valueConfidence: { maxScore: 1, selfScore: 0.9, appraisedScore: 1 } });
    const flags = codes(validateReport(report(criteria), SMALL_SCHEMA));
    expect(flags).toContain('SCORE_EXCEEDS_MAX 2.1 selfScore');
    expect(flags.filter((f) => f === 'LOW_CONFIDENCE 2.1 selfScore')).toHaveLength(1);
  });

  it('goes to a person as LOW_CONFIDENCE too, beside SUM_MISMATCH (12502\'s section 4 self "6" read 8 at 0.86)', () => {
    const criteria = withCriterion('1', { selfScore: 3, valueConfidence: { maxScore: 1, selfScore: 0.86, appraisedScore: 1 } });
    // The TỔNG row adds the value read: only its own row contradicts it.
    const flags = codes(validateReport(report(criteria, { totals: { maxScore: 4, selfScore: 4, appraisedScore: null } }), SMALL_SCHEMA));
    expect(flags).toContain('SUM_MISMATCH 1 selfScore');
    expect(flags).toContain('LOW_CONFIDENCE 1 selfScore');
  });

  it('not when read as surely as the OCR reads: that is a misprint', () => {
    const criteria = withCriterion('1.1', { maxScore: 2, valueConfidence: { maxScore: 0.96, selfScore: 1, appraisedScore: 1 } });
    expect(codes(validateReport(report(criteria), SMALL_SCHEMA))).not.toContain('LOW_CONFIDENCE 1.1 maxScore');
  });
});
