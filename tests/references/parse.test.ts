/**
 * The citation forms of the domain README, one table per concern. Expected values are written
 * by hand from the citation text of each row.
 */
import { describe, expect, it } from 'vitest';
import { KNOWN_TYPE_CODES, parseReferences } from '../../src/references/index.ts';
import { describeParse, ref, type ParseCase } from './expect.ts';

/** [code, written word, its code]: Nghị định 30/2020/NĐ-CP, Phụ lục III. */
const ADMINISTRATIVE: ReadonlyArray<readonly [string, string]> = [
  ['NQ', 'Nghị quyết'], ['QĐ', 'Quyết định'], ['CT', 'Chỉ thị'], ['QC', 'Quy chế'],
  ['QyĐ', 'Quy định'], ['TC', 'Thông cáo'], ['TB', 'Thông báo'], ['HD', 'Hướng dẫn'],
  ['CTr', 'Chương trình'], ['KH', 'Kế hoạch'], ['PA', 'Phương án'], ['ĐA', 'Đề án'],
  ['DA', 'Dự án'], ['BC', 'Báo cáo'], ['BB', 'Biên bản'], ['TTr', 'Tờ trình'],
  ['HĐ', 'Hợp đồng'], ['CĐ', 'Công điện'], ['BGN', 'Bản ghi nhớ'], ['BTT', 'Bản thỏa thuận'],
  ['GUQ', 'Giấy ủy quyền'], ['GM', 'Giấy mời'], ['GGT', 'Giấy giới thiệu'], ['GNP', 'Giấy nghỉ phép'],
  ['PG', 'Phiếu gửi'], ['PC', 'Phiếu chuyển'], ['PB', 'Phiếu báo'],
];
/** Codes printed in a symbol only: the copies and the Thông tư 01/2011/TT-BNV variants. */
const SYMBOL_ONLY = ['SY', 'TrS', 'SL', 'GN', 'TTh', 'UQ', 'GT', 'NP'];

describe('parseReferences reads every type code of both tables', () => {
  it.each(ADMINISTRATIVE)('reads %s written out as "%s số …"', (code, word) => {
    expect(parseReferences(`${word} số 12/${code}-UBND ngày 05/3/2019`)).toEqual([
      ref(`${word} số 12/${code}-UBND ngày 05/3/2019`, code, '12', `${code}-UBND`, '2019-03-05', { printedType: code }),
    ]);
  });
  it.each(SYMBOL_ONLY)('reads %s from the symbol alone', (code) => {
    expect(parseReferences(`số 07/${code}-VPUB`)).toEqual([ref(`số 07/${code}-VPUB`, code, '07', `${code}-VPUB`, null)]);
  });
});

describe('KNOWN_TYPE_CODES', () => {
  const expected = [...ADMINISTRATIVE.map(([code]) => code), ...SYMBOL_ONLY, 'NĐ', 'TT', 'TTLT', 'Luật', 'CV'];
  it.each(expected)('knows %s', (code) => expect(KNOWN_TYPE_CODES.has(code)).toBe(true));
  it('does not know issuer codes or damaged codes', () => {
    for (const code of ['UBND', 'SNV', 'VP', 'QD', 'ND', 'CD', 'TTg']) expect(KNOWN_TYPE_CODES.has(code)).toBe(false);
  });
});

const legalActs: ParseCase[] = [
  {
    name: 'reads a Nghị định with its year inside the number',
    text: 'Nghị định số 37/2014/NĐ-CP ngày 05/5/2014 của Chính phủ',
    expected: [ref('Nghị định số 37/2014/NĐ-CP ngày 05/5/2014', 'NĐ', '37', 'NĐ-CP', '2014-05-05', { printedType: 'NĐ', year: 2014, subject: 'của Chính phủ' })],
  },
  {
    name: 'reads a Thông tư of a ministry',
    text: 'Thông tư số 01/2011/TT-BNV ngày 19/01/2011',
    expected: [ref('Thông tư số 01/2011/TT-BNV ngày 19/01/2011', 'TT', '01', 'TT-BNV', '2011-01-19', { printedType: 'TT', year: 2011 })],
  },
  {
    name: 'reads a joint circular whose symbol names two ministries',
    text: 'Thông tư liên tịch số 03/2015/TTLT-BNV-BTC',
    expected: [ref('Thông tư liên tịch số 03/2015/TTLT-BNV-BTC', 'TTLT', '03', 'TTLT-BNV-BTC', null, { printedType: 'TTLT', year: 2015 })],
  },
  {
    name: 'reads a Prime Minister decision (QĐ-TTg)',
    text: 'Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ',
    expected: [ref('Quyết định số 225/QĐ-TTg ngày 04/02/2016', 'QĐ', '225', 'QĐ-TTg', '2016-02-04', { printedType: 'QĐ', subject: 'của Thủ tướng Chính phủ' })],
  },
  {
    name: 'reads a numbered law as Luật',
    text: 'Luật số 80/2015/QH13 ngày 22/6/2015',
    expected: [ref('Luật số 80/2015/QH13 ngày 22/6/2015', 'Luật', '80', 'QH13', '2015-06-22', { printedType: 'Luật', year: 2015 })],
  },
  {
    name: 'reads a law number printed without its word as Luật',
    text: 'theo 80/2015/QH13',
    expected: [ref('80/2015/QH13', 'Luật', '80', 'QH13', null, { year: 2015 })],
  },
  {
    name: 'reads a resolution of the National Assembly by its word, not as a law',
    text: 'Nghị quyết số 56/2017/QH14',
    expected: [ref('Nghị quyết số 56/2017/QH14', 'NQ', '56', 'QH14', null, { printedType: 'NQ', year: 2017 })],
  },
  {
    name: 'keeps the letter after the number of a resolution (30c/NQ-CP)',
    text: 'Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính',
    expected: [
      ref('Nghị quyết số 30c/NQ-CP ngày 08/11/2011', 'NQ', '30c', 'NQ-CP', '2011-11-08', {
        printedType: 'NQ',
        subject: 'của Chính phủ ban hành Chương trình tổng thể cải cách hành chính',
      }),
    ],
  },
  {
    name: 'reads an abbreviated "NĐ" legal act',
    text: 'NĐ 61/2018/NĐ-CP',
    expected: [ref('NĐ 61/2018/NĐ-CP', 'NĐ', '61', 'NĐ-CP', null, { printedType: 'NĐ', year: 2018 })],
  },
];

const partyAndCongVan: ParseCase[] = [
  {
    name: 'reads a party directive with the type before the issuer (11-CT/TW)',
    text: 'Chỉ thị số 11-CT/TW ngày 13/12/2011',
    expected: [ref('Chỉ thị số 11-CT/TW ngày 13/12/2011', 'CT', '11', 'CT/TW', '2011-12-13', { printedType: 'CT' })],
  },
  {
    name: 'reads a provincial party resolution (05-NQ/TU)',
    text: 'Nghị quyết số 05-NQ/TU ngày 18/11/2016 của Ban Chấp hành Đảng bộ tỉnh',
    expected: [
      ref('Nghị quyết số 05-NQ/TU ngày 18/11/2016', 'NQ', '05', 'NQ/TU', '2016-11-18', {
        printedType: 'NQ',
        subject: 'của Ban Chấp hành Đảng bộ tỉnh',
      }),
    ],
  },
  {
    name: 'reads a party document without type word',
    text: 'theo 05-NQ/TU',
    expected: [ref('05-NQ/TU', 'NQ', '05', 'NQ/TU', null)],
  },
  {
    name: 'reads a party conclusion (KL)',
    text: 'Kết luận số 17-KL/TW',
    expected: [ref('Kết luận số 17-KL/TW', 'KL', '17', 'KL/TW', null, { printedType: 'KL' })],
  },
  {
    name: 'reads a bare công văn symbol (1827/SNV-CCHC) as CV',
    text: '1827/SNV-CCHC ngày 12/11/2018',
    expected: [ref('1827/SNV-CCHC ngày 12/11/2018', 'CV', '1827', 'SNV-CCHC', '2018-11-12')],
  },
  {
    name: 'keeps & in a drafting unit (SNV-CCHC&PC)',
    text: 'Công văn số 2055/SNV-CCHC&PC ngày 03/10/2019',
    expected: [ref('Công văn số 2055/SNV-CCHC&PC ngày 03/10/2019', 'CV', '2055', 'SNV-CCHC&PC', '2019-10-03', { printedType: 'CV' })],
  },
  {
    name: 'decodes the &amp; entity of an HTML export in a drafting unit',
    text: 'Công văn số 2055/SNV-CCHC&amp;PC',
    expected: [ref('Công văn số 2055/SNV-CCHC&PC', 'CV', '2055', 'SNV-CCHC&PC', null, { printedType: 'CV' })],
  },
  {
    name: 'reads "CV số" as a công văn',
    text: 'CV số 88/UBND-NV ngày 02/01/2018',
    expected: [ref('CV số 88/UBND-NV ngày 02/01/2018', 'CV', '88', 'UBND-NV', '2018-01-02', { printedType: 'CV' })],
  },
  {
    name: 'uses the printed word when the symbol carries no type code (Thông báo số 531/UBND-VP)',
    text: 'Thông báo số 531/UBND-VP ngày 26/3/2018',
    expected: [ref('Thông báo số 531/UBND-VP ngày 26/3/2018', 'TB', '531', 'UBND-VP', '2018-03-26', { printedType: 'TB' })],
  },
  {
    name: 'keeps the symbol code over a generic "Văn bản" word',
    text: 'Văn bản số 26/BC-UBND',
    expected: [ref('Văn bản số 26/BC-UBND', 'BC', '26', 'BC-UBND', null)],
  },
  {
    name: 'reads "Công văn số 2180" without symbol as a công văn',
    text: 'Công văn số 2180 ngày 01/11/2017',
    expected: [ref('Công văn số 2180 ngày 01/11/2017', 'CV', '2180', null, '2017-11-01', { printedType: 'CV' })],
  },
  {
    name: 'gives no type to "Văn bản số 12" without symbol',
    text: 'Văn bản số 12 ngày 01/11/2017',
    expected: [ref('Văn bản số 12 ngày 01/11/2017', null, '12', null, '2017-11-01')],
  },
  {
    name: 'reads "Báo cáo số 15" at the end of a cell without symbol or date',
    text: 'theo Báo cáo số 15',
    expected: [ref('Báo cáo số 15', 'BC', '15', null, null, { printedType: 'BC' })],
  },
];

const subjects: ParseCase[] = [
  {
    name: 'ends a subject at the next citation of the cell',
    text: 'BC số 1/BC-UBND ngày 02/01/2018 về quý IV năm 2017 Quyết định số 2/QĐ-UBND ngày 03/01/2018 về khen thưởng',
    expected: [
      ref('BC số 1/BC-UBND ngày 02/01/2018', 'BC', '1', 'BC-UBND', '2018-01-02', { printedType: 'BC', subject: 'về quý IV năm 2017' }),
      ref('Quyết định số 2/QĐ-UBND ngày 03/01/2018', 'QĐ', '2', 'QĐ-UBND', '2018-01-03', { printedType: 'QĐ', subject: 'về khen thưởng' }),
    ],
  },
  {
    name: 'ends a subject at a list dash before a capital',
    text: 'QĐ số 5/QĐ-UBND ngày 03/01/2018 về khen thưởng - Tổ chức hội nghị',
    expected: [ref('QĐ số 5/QĐ-UBND ngày 03/01/2018', 'QĐ', '5', 'QĐ-UBND', '2018-01-03', { printedType: 'QĐ', subject: 'về khen thưởng' })],
  },
  {
    name: 'keeps a dash between numbers in a subject',
    text: 'QĐ số 5/QĐ-UBND ngày 03/01/2018 về nhiệm kỳ 2016 - 2021.',
    expected: [ref('QĐ số 5/QĐ-UBND ngày 03/01/2018', 'QĐ', '5', 'QĐ-UBND', '2018-01-03', { printedType: 'QĐ', subject: 'về nhiệm kỳ 2016 - 2021' })],
  },
  {
    name: 'gives no subject when nothing follows the date',
    text: 'QĐ số 5/QĐ-UBND ngày 03/01/2018.',
    expected: [ref('QĐ số 5/QĐ-UBND ngày 03/01/2018', 'QĐ', '5', 'QĐ-UBND', '2018-01-03', { printedType: 'QĐ' })],
  },
  {
    name: 'reads a "V/v" subject of an undated citation',
    text: 'Công văn số 1601/UBND-VP V/v triển khai ứng dụng CNTT',
    expected: [ref('Công văn số 1601/UBND-VP', 'CV', '1601', 'UBND-VP', null, { printedType: 'CV', subject: 'V/v triển khai ứng dụng CNTT' })],
  },
  {
    name: 'gives no subject to an undated citation followed by other words',
    text: 'Công văn số 1601/UBND-VP đã triển khai',
    expected: [ref('Công văn số 1601/UBND-VP', 'CV', '1601', 'UBND-VP', null, { printedType: 'CV' })],
  },
];

const negatives: ParseCase[] = [
  { name: 'finds nothing in a percentage', text: 'Thực hiện trên 80% kế hoạch: 1', expected: [] },
  { name: 'finds nothing in a range of percentages', text: 'Thực hiện từ 50% - dưới 80% kế hoạch: 0,5', expected: [] },
  { name: 'finds nothing in a fraction "8/8"', text: 'kiểm tra 8/8 đơn vị', expected: [] },
  { name: 'finds nothing in "6/6 đơn vị"', text: 'Thanh tra kiểm tra theo kế hoạch 6/6 đơn vị; Tỷ lệ 100%', expected: [] },
  { name: 'finds nothing in a bare date', text: 'Bìm Sơn, ngày 26 tháng 11 năm 2018', expected: [] },
  { name: 'finds nothing in a bare numeric date', text: 'họp ngày 26/11/2018', expected: [] },
  { name: 'finds nothing in a period of years "2016-2020"', text: 'giai đoạn 2016-2020', expected: [] },
  { name: 'finds nothing in a period of years with an en dash', text: 'giai đoạn 2018 – 2020', expected: [] },
  { name: 'finds nothing in "Quý III/2018"', text: 'kiểm soát TTHC Quý III/2018', expected: [] },
  { name: 'finds nothing in "Quý 3/2018"', text: 'kiểm soát TTHC Quý 3/2018', expected: [] },
  { name: 'finds nothing in "tổng số 435 lượt"', text: 'tổng số 435 lượt người tham dự', expected: [] },
  { name: 'finds nothing in "chỉ số CCHC"', text: 'nâng cao chỉ số CCHC', expected: [] },
  { name: 'finds nothing in a written type word without number', text: 'có Thông báo số về Kiểm tra CCHC', expected: [] },
  { name: 'finds nothing in a decimal score', text: 'Điểm: 0,5 và 1.5', expected: [] },
  { name: 'finds nothing in "02 người/ 1 vị trí"', text: '(02 người/ 1 vị trí lãnh đạo cần bổ nhiệm)', expected: [] },
  { name: 'finds nothing in a standard number "ISO 9001:2008"', text: 'áp dụng TCVN ISO 9001:2008', expected: [] },
  { name: 'finds nothing in letters glued to a number that are no type word', text: 'mã ABC12/UBND-VP', expected: [] },
  { name: 'finds nothing in an article number', text: 'quy định tại Điều 2, Mục I, chương 2', expected: [] },
  { name: 'finds nothing in a typed number without symbol followed by other words', text: 'Kế hoạch số 2180 của UBND', expected: [] },
  { name: 'finds nothing in a school year', text: 'năm học 2017/2018', expected: [] },
  { name: 'finds nothing in a score fraction', text: 'đạt 17/18 điểm', expected: [] },
  { name: 'finds nothing in an empty cell', text: '', expected: [] },
];

describeParse('parseReferences: legal acts', legalActs);
describeParse('parseReferences: party documents and công văn', partyAndCongVan);
describeParse('parseReferences: subjects', subjects);
describeParse('parseReferences: text that cites nothing', negatives);
