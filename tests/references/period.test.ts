/** referencePeriod: the reporting period a citation's subject names. */
import { describe, expect, it } from 'vitest';
import { parseReferences, referencePeriod, type ReferencePeriod } from '../../src/references/index.ts';
import { ref } from './expect.ts';

const withSubject = (subject: string | undefined) =>
  ref('Báo cáo số 56/BC-UBND ngày 23/3/2018', 'BC', '56', 'BC-UBND', '2018-03-23', subject ? { subject } : {});

const periods: ReadonlyArray<readonly [string, string, ReferencePeriod]> = [
  ['a roman quarter I', 'về tình hình thực hiện kiểm soát TTHC Quý I/2018', { label: 'Quý I/2018', start: '2018-01-01', end: '2018-03-31' }],
  ['a roman quarter II', 'về kiểm soát TTHC Quý II/2018', { label: 'Quý II/2018', start: '2018-04-01', end: '2018-06-30' }],
  ['a roman quarter III', 'về kiểm soát TTHC Quý III/2018', { label: 'Quý III/2018', start: '2018-07-01', end: '2018-09-30' }],
  ['a roman quarter IV', 'về kiểm soát TTHC Quý IV/2017', { label: 'Quý IV/2017', start: '2017-10-01', end: '2017-12-31' }],
  ['an arabic quarter with "năm"', 'báo cáo CCHC quý 3 năm 2018', { label: 'quý 3 năm 2018', start: '2018-07-01', end: '2018-09-30' }],
  ['an arabic quarter with a slash', 'báo cáo CCHC Quý 1/2019', { label: 'Quý 1/2019', start: '2019-01-01', end: '2019-03-31' }],
  ['a roman quarter with "năm"', 'kết quả Quý II năm 2018', { label: 'Quý II năm 2018', start: '2018-04-01', end: '2018-06-30' }],
  ['an upper-case quarter', 'BÁO CÁO QUÝ IV/2018', { label: 'QUÝ IV/2018', start: '2018-10-01', end: '2018-12-31' }],
  ['a quarter with a dash', 'báo cáo Quý I - 2018', { label: 'Quý I - 2018', start: '2018-01-01', end: '2018-03-31' }],
  ['the first six months', 'về xử lý vi phạm hành chính 6 tháng đầu năm 2018', { label: '6 tháng đầu năm 2018', start: '2018-01-01', end: '2018-06-30' }],
  ['the first six months written 06', 'báo cáo 06 tháng đầu năm 2018', { label: '06 tháng đầu năm 2018', start: '2018-01-01', end: '2018-06-30' }],
  ['the last six months', 'kết quả 6 tháng cuối năm 2018', { label: '6 tháng cuối năm 2018', start: '2018-07-01', end: '2018-12-31' }],
  ['nine months', 'kết quả 9 tháng năm 2018', { label: '9 tháng năm 2018', start: '2018-01-01', end: '2018-09-30' }],
  ['a roman III whose last I OCR read as 1', 'cải cách hành chính Quý II1/2018', { label: 'Quý II1/2018', start: '2018-07-01', end: '2018-09-30' }],
  ['a roman III whose every I OCR read as 1', 'cải cách hành chính Quý 111/2018', { label: 'Quý 111/2018', start: '2018-07-01', end: '2018-09-30' }],
  ['a roman II whose first I OCR read as l', 'kiểm soát TTHC Quý lI/2018', { label: 'Quý lI/2018', start: '2018-04-01', end: '2018-06-30' }],
  ['a roman III whose serif first I OCR read as J', 'cải cách hành chính Quý JII/2018', { label: 'Quý JII/2018', start: '2018-07-01', end: '2018-09-30' }],
  // Two I run together into H (III), or one I read as H (II): the span of both.
  ['a roman numeral with an H, II or III', 'cải cách hành chính Quý IH/2018', { label: 'Quý IH/2018', start: '2018-04-01', end: '2018-09-30' }],
  ['a roman III read as ones that lost its slash to the year', 'cải cách hành chính Quý 1112018', { label: 'Quý 1112018', start: '2018-07-01', end: '2018-09-30' }],
  ['a roman II whose slash OCR read as Z', 'tình hình cải cách hành chính Quý IIZ2018', { label: 'Quý IIZ2018', start: '2018-04-01', end: '2018-06-30' }],
  ['a roman III whose slash OCR read as L (11704)', 'cải cách hành chính Quý JJIL2018.', { label: 'Quý JJIL2018', start: '2018-07-01', end: '2018-09-30' }],
  ['a roman III whose slash OCR read twice (11705)', 'cải cách hành chính Quý II1//2018.', { label: 'Quý II1//2018', start: '2018-07-01', end: '2018-09-30' }],
  ['a roman III whose last I OCR read as L (11703)', 'cải cách hành chính Quý IIL/2018.', { label: 'Quý IIL/2018', start: '2018-07-01', end: '2018-09-30' }],
  ['a quarter whose "Quý" lost its tone mark', 'cải cách hành chính Quy 111/2018', { label: 'Quy 111/2018', start: '2018-07-01', end: '2018-09-30' }],
  ['a quarter whose "Quý" OCR read with a horn (11803)', 'cải cách hành chính Qưý II/2018.', { label: 'Qưý II/2018', start: '2018-04-01', end: '2018-06-30' }],
  ['two ones, a II or a III that lost a stroke (11503): the span of both', 'cải cách hành chính Quý 11/2018.', { label: 'Quý 11/2018', start: '2018-04-01', end: '2018-09-30' }],
  ['the first nine months', 'kết quả 9 tháng đầu năm 2018', { label: '9 tháng đầu năm 2018', start: '2018-01-01', end: '2018-09-30' }],
];

describe('referencePeriod reads', () => {
  it.each(periods)('%s', (_, subject, period) => {
    expect(referencePeriod(withSubject(subject))).toEqual(period);
  });

  it("a quarter whose slash OCR read as a fraction slash, as the parser cleans the cell's text", () => {
    const [cited] = parseReferences('BC số 56/BC-UBND ngày 23/3/2018 về cải cách hành chính Quý III\u20442018');
    expect(referencePeriod(cited!)).toEqual({ label: 'Quý III/2018', start: '2018-07-01', end: '2018-09-30' });
  });

  it('the first of two periods', () => {
    expect(referencePeriod(withSubject('báo cáo Quý III/2018 và 9 tháng năm 2018'))?.label).toBe('Quý III/2018');
  });
});

const none: ReadonlyArray<readonly [string, string | undefined]> = [
  ['no subject', undefined],
  ['a subject without period', 'về ban hành kế hoạch công tác cải cách hành chính'],
  ['a bare year', 'về Báo cáo kết quả thực hiện CCHC năm 2018'],
  ['a quarter without year', 'Báo cáo CCHC Quý 3'],
  ['six months without đầu or cuối', 'kết quả 6 tháng năm 2018'],
  ['the last nine months', 'kết quả 9 tháng cuối năm 2018'],
  ['a quarter 5', 'báo cáo Quý 5/2018'],
  ['a word that starts like a roman numeral', 'quý Im/2018'],
  ['a period of years', 'giai đoạn 2016-2020'],
  ['two ones glued to a year', 'báo cáo Quý 112018'],
  ['four strokes', 'báo cáo Quý II11/2018'],
  ['a J with no I', 'báo cáo Quý J/2018'],
  ['a year with a digit too many', 'cải cách hành chính Quý III/20138'],
  ['a lone digit glued to a year', 'báo cáo Quý 12018'],
  ['a numeral glued to a year with a digit too many', 'báo cáo Quý III20188'],
];

describe('referencePeriod gives no period for', () => {
  it.each(none)('%s', (_, subject) => {
    expect(referencePeriod(withSubject(subject))).toBeNull();
  });
});

describe('referencePeriod with parseReferences', () => {
  it('finds the quarter III that a report dated in March names (seed 3.1.2)', () => {
    const [first] = parseReferences('Báo cáo số 56/BC-UBND ngày 23/3/2018 về tình hình thực hiện kiểm soát TTHC Quý III/2018');
    expect(first?.date).toBe('2018-03-23');
    expect(first && referencePeriod(first)).toEqual({ label: 'Quý III/2018', start: '2018-07-01', end: '2018-09-30' });
  });

  it('reads a subject past a speck the scan left between two of its words (analysis report 11104, 4.3.1)', () => {
    const [first] = parseReferences('BC số 1121/BC-UBND ngày 21 tháng 03 năm 2018 về tình hình . thực hiện cải cách hành chính Quý III/2018. - Kế hoạch');
    expect(first?.subject).toBe('về tình hình . thực hiện cải cách hành chính Quý III/2018');
    expect(first && referencePeriod(first)).toEqual({ label: 'Quý III/2018', start: '2018-07-01', end: '2018-09-30' });
  });

  it('ends a subject at a full stop after a word, whatever follows', () => {
    const [first] = parseReferences('BC số 1121/BC-UBND ngày 21/3/2018 về tình hình. thực hiện Quý III/2018');
    expect(first?.subject).toBe('về tình hình');
  });

  it('reads the period of a decomposed (NFD) cell', () => {
    const [first] = parseReferences('Báo cáo số 140/BC-UBND ngày 13/7/2018 về vi phạm hành chính 6 tháng đầu năm 2018'.normalize('NFD'));
    expect(first && referencePeriod(first)).toEqual({ label: '6 tháng đầu năm 2018', start: '2018-01-01', end: '2018-06-30' });
  });
});
