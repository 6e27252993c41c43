import { describe, expect, it } from 'vitest';
import { parseReferences } from '../../src/references/index.ts';

// OCR damage seen on scanned evidence cells: the citation is still proven by its structure.
const cases: [string, string, [string | null, string, string | null, string | null]][] = [
  ['reads "ngày" with a changed mark', 'Thông báo số 1242/TB-UBND ngây 09 tháng 02 năm 2018', ['TB', '1242', 'TB-UBND', '2018-02-09']],
  ['reads a number after a comma that OCR put behind "số"', 'BC số,514/BC-UBND ngày 3/7/2018', ['BC', '514', 'BC-UBND', '2018-07-03']],
  ['reads a slash that OCR made a quote mark', 'Kế hoạch số 1263“KH-UBND ngày 04/01/2018', ['KH', '1263', 'KH-UBND', '2018-01-04']],
  ['keeps a date behind a stray dot before "ngày"', 'BC số 3822/BC-UBND.ngày 21 tháng 06 năm 2018', ['BC', '3822', 'BC-UBND', '2018-06-21']],
  ['keeps a date behind a stray dot after "ngày"', 'Nghị định số 54/2017/NĐ-CP ngày. 07/01/2017', ['NĐ', '54', 'NĐ-CP', '2017-01-07']],
];

describe('parseReferences on OCR-damaged evidence', () => {
  it.each(cases)('%s', (_name, text, [type, number, symbol, date]) => {
    expect(parseReferences(text).map((r) => [r.type, r.number, r.symbol, r.date])).toEqual([[type, number, symbol, date]]);
  });

  it('still takes no score fraction for a citation', () => {
    expect(parseReferences('đạt 1,5/2 điểm')).toEqual([]);
  });
});
