import { describe, expect, it } from 'vitest';
import { parseReferences } from '../../src/references/index.ts';

// OCR damage seen on scanned evidence cells: the citation is still proven by its structure.
const cases: [string, string, [string | null, string, string | null, string | null]][] = [
  ['reads "ngày" with a changed mark', 'Thông báo số 1242/TB-UBND ngây 09 tháng 02 năm 2018', ['TB', '1242', 'TB-UBND', '2018-02-09']],
  ['reads a number after a full stop that OCR put behind "số"', 'Kế hoạch số.1266/KH-UBND ngày 10/05/2018 tuyên truyền', ['KH', '1266', 'KH-UBND', '2018-05-10']],
  ['reads a number after a comma that OCR put behind "số"', 'BC số,514/BC-UBND ngày 3/7/2018', ['BC', '514', 'BC-UBND', '2018-07-03']],
  ['reads a slash that OCR made a quote mark', 'Kế hoạch số 1263“KH-UBND ngày 04/01/2018', ['KH', '1263', 'KH-UBND', '2018-01-04']],
  ['keeps a date behind a stray dot before "ngày"', 'BC số 3822/BC-UBND.ngày 21 tháng 06 năm 2018', ['BC', '3822', 'BC-UBND', '2018-06-21']],
  ['keeps a date behind a stray dot after "ngày"', 'Nghị định số 54/2017/NĐ-CP ngày. 07/01/2017', ['NĐ', '54', 'NĐ-CP', '2017-01-07']],
  ['keeps a date behind a stray quote mark after "ngày"', "KH số 1950/KH-UBND ngày ' 14/02/2018 rà soát", ['KH', '1950', 'KH-UBND', '2018-02-14']],
  ['keeps a worded date with a stray colon after the day', 'BC số 1504/BC-UBND ngày 08: tháng 07 năm 2018', ['BC', '1504', 'BC-UBND', '2018-07-08']],
  ['reads the fraction slash Tesseract returns for a slash', 'Công văn số 1813\u2044UBND-NV ngày 13/05/2018', ['CV', '1813', 'UBND-NV', '2018-05-13']],
  ['reads a worded year split after its century, a colon glued to "năm"', 'Kế hoạch số 3454/KH-UBND ngày 08 tháng 04 năm:20 18 về kiểm tra', ['KH', '3454', 'KH-UBND', '2018-04-08']],
  ['keeps a date behind a negation sign and a dot read from specks after "ngày"', 'Báo cáo số 2502/BC-UBND ngày ¬. 03/07/2018 của', ['BC', '2502', 'BC-UBND', '2018-07-03']],
  ['reads a slashed date whose year the OCR split after its century', 'Báo cáo số 215/BC-UBND ngày 1/3/20 18 về công tác', ['BC', '215', 'BC-UBND', '2018-03-01']],
  ['keeps a worded date behind a quote mark glued to "tháng"', 'VB số 2142/UBND-NV ngày 17 tháng\'01 năm 2018 về việc', ['CV', '2142', 'UBND-NV', '2018-01-17']],
  ['keeps a date behind an underscore and a dot after the symbol', 'Thông báo số 2571/TB-UBND_. ngày 13/7/2018 kết luận', ['TB', '2571', 'TB-UBND', '2018-07-13']],
  ['reads a first slash read as 7 before a one-digit month (no month 77)', 'BC số 3247/BC-UBND ngày 1277/2018 về', ['BC', '3247', 'BC-UBND', '2018-07-12']],
  ['reads "ngày" whose y came out an n ("ngàn") before a date', 'Quyết định 805/QĐ-CT ngàn 30/6/2018 về việc kiện toàn', ['QĐ', '805', 'QĐ-CT', '2018-06-30']],
  ['reads a slash the OCR returned twice as one', 'Báo cáo số 183\u2044/BC-UBND ngày 14/11/2018', ['BC', '183', 'BC-UBND', '2018-11-14']],
  ['splits "số" and "ngày" that OCR glued to their neighbours', 'KHsố2172/KH-UBNDngày 18/05/2018 về', ['KH', '2172', 'KH-UBND', '2018-05-18']],
  ['splits "ngày" glued to a symbol, before a stray dot', '79/2018/QĐ-UBNDngày. 19/08/2018 của', ['QĐ', '79', 'QĐ-UBND', '2018-08-19']],
  ['splits "ngày" read "ngảy" glued to a symbol (13305)', 'Quyết định 2832/QĐ-UBNDngảy . 16/02/2018 ban hành', ['QĐ', '2832', 'QĐ-UBND', '2018-02-16']],
  ['splits "ngày" read without its a, glued to a symbol (13307)', 'QĐsố185/QĐ-CTngy . . 16/06/2018 về việc', ['QĐ', '185', 'QĐ-CT', '2018-06-16']],
  ['reads a slash that OCR made a colon glued to both sides', 'Báo cáo số 3495:BC-UBND ngày 19/07/2018 kết quả', ['BC', '3495', 'BC-UBND', '2018-07-19']],
  ['keeps a date behind stray marks around "ngày"', "Nghị định số 11/2018/NĐ-CP . ngày. - 2/9/2018 về", ['NĐ', '11', 'NĐ-CP', '2018-09-02']],
  ['keeps a date behind a stray two-letter word after "ngày"', 'KH số 438/KH-UBND ngày cờ 27/12/2018 rà soát', ['KH', '438', 'KH-UBND', '2018-12-27']],
  ['keeps a date behind a speck read as a degree sign (11703)', 'BC số 1449/BC-UBND ngày ° 25/06/2018 kết quả', ['BC', '1449', 'BC-UBND', '2018-06-25']],
  ['joins a month split by a space between slashes (11703)', 'Thông báo số 2572/TB-UBND ngày 24/1 1/2018: kết luận', ['TB', '2572', 'TB-UBND', '2018-11-24']],
  ['keeps a worded date with a dash between "năm" and the year, spaced (11701)', 'Quyết định số 60/2017/QĐ-UBND ngày 11 tháng 01 năm - 2017 của', ['QĐ', '60', 'QĐ-UBND', '2017-01-11']],
  ['reads "ngày" whose y came out ÿ (11805)', 'BC số 1080/BC-UBND ngàÿ 18/10/2018 về', ['BC', '1080', 'BC-UBND', '2018-10-18']],
  ['reads "ngày" whose n came out an h (11805)', 'Thông báo số 3043/TB-UBND hgày 17/3/2018 kết luận', ['TB', '3043', 'TB-UBND', '2018-03-17']],
  ['keeps a worded date with a speck read as low marks after the day (11805)', 'BC số 3926/BC-UBND ngày 13 _„ tháng 04 năm 2018 về', ['BC', '3926', 'BC-UBND', '2018-04-13']],
  ['keeps a date behind a colon glued to it after "ngày" (12905)', 'BC số 2746/BC-UBND ngày:28/06/2018 kết', ['BC', '2746', 'BC-UBND', '2018-06-28']],
  ['keeps a date behind a dash glued to it after "ngày" (12905)', 'Quyết định số 28/2018/QĐ-UBND ngày-10/03/2018 của', ['QĐ', '28', 'QĐ-UBND', '2018-03-10']],
  ['keeps a worded date with marks between its parts', "BC số 1246/BC-UBND ngày 06. ' tháng 01 năm-2018 về", ['BC', '1246', 'BC-UBND', '2018-01-06']],
];

describe('parseReferences on OCR-damaged evidence', () => {
  it.each(cases)('%s', (_name, text, [type, number, symbol, date]) => {
    expect(parseReferences(text).map((r) => [r.type, r.number, r.symbol, r.date])).toEqual([[type, number, symbol, date]]);
  });

  it('never changes a digit: a slash read as 7 stays in the number', () => {
    expect(parseReferences('BC số 33037BC-UBND ngày 10/10/2018').map((r) => r.number)).not.toContain('3303');
  });

  it('takes no day from digits a mark stands against after "ngày": the mark may be a digit ("|2" for an italic 12)', () => {
    expect(parseReferences('BC số 1449/BC-UBND ngày |2/06/2018 kết quả').map((r) => r.date)).toEqual([null]);
    expect(parseReferences("BC số 1449/BC-UBND ngày '2 tháng 06 năm 2018").map((r) => r.date)).toEqual([null]);
  });

  it('takes no colon with a space after it for a slash', () => {
    expect(parseReferences('tổng số năm 2018: UBND huyện báo cáo')).toEqual([]);
  });

  it('still takes no score fraction for a citation', () => {
    expect(parseReferences('đạt 1,5/2 điểm')).toEqual([]);
  });
});
