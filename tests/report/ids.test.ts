import { describe, expect, it } from 'vitest';
import { isPrintingSlip } from '../../src/report/criteria.ts';
import { buildReport, type SourceLine } from '../../src/report/index.ts';
import { resolveSchema, schemaFromTsv } from '../../src/schema/index.ts';
import { SMALL_SCHEMA } from '../validate/build.ts';

const row = (id: string, title: string, max: string, self: string, idConfidence = 1): SourceLine => ({
  cells: [id, title, max, self, '', 'KH số 12/KH-UBND ngày 10/01/2018'],
  roles: ['id', 'title', 'max', 'self', 'appraised', 'evidence'],
  confidences: [idConfidence, 1, 1, 1, 1, 1],
  page: 2,
  bbox: null,
});

const lines = (second: string, idConfidence: number) => [
  row('1', 'CÔNG TÁC CHỈ ĐẠO', '3', '3'),
  row('1.1', 'Ban hành kế hoạch CCHC năm kịp thời', '1', '1'),
  row(second, 'Số lượng báo cáo định kỳ đầy đủ', '2', '2', idConfidence),
];

describe('placing rows under their schema ids', () => {
  it('calls a row misnumbered when its id was read surely and shows a printing slip', () => {
    const { model } = buildReport('', lines('1', 0.95), { schema: SMALL_SCHEMA });
    expect(model.criteria.map((c) => [c.id, c.printedId])).toEqual([['1', undefined], ['1.1', undefined], ['1.2', '1']]);
  });

  it('calls a row misnumbered when two readings agreed on the slip, the LSTM sure at 0.75 (analysis report 11105, "7.1" for 7.1.1)', () => {
    const { model } = buildReport('', lines('1', 0.75), { schema: SMALL_SCHEMA });
    expect(model.criteria[2]).toMatchObject({ id: '1.2', printedId: '1' });
    // 12304's "4.1" for 4.1.1: the two readings agreed and fitted, the LSTM sure at 0.62 at one size.
    expect(buildReport('', lines('1', 0.62), { schema: SMALL_SCHEMA }).model.criteria[2]).toMatchObject({ id: '1.2', printedId: '1' });
  });

  it('places a misread id by its title without calling the row misnumbered', () => {
    const { model } = buildReport('', lines('7.2', 0.95), { schema: SMALL_SCHEMA });
    expect(model.criteria.map((c) => [c.id, c.printedId])).toEqual([['1', undefined], ['1.1', undefined], ['1.2', undefined]]);
    const unsure = buildReport('', lines('1', 0.5), { schema: SMALL_SCHEMA }).model;
    expect(unsure.criteria[2]).toMatchObject({ id: '1.2' });
    expect(unsure.criteria[2]!.printedId).toBeUndefined();
  });

  it('places a damaged row (unknown id, title fitting none) in the only gap that its digits fit', () => {
    const damaged = (id: string) => [
      row('1', 'CÔNG TÁC CHỈ ĐẠO', '3', '3'),
      row(id, 'Miutn đÂ thiện hiểm kế hnaarh', '1', '1', 0.95),
      row('1.2', 'Số lượng báo cáo định kỳ đầy đủ', '2', '2'),
    ];
    expect(buildReport('', damaged('141'), { schema: SMALL_SCHEMA }).model.criteria.map((c) => c.id)).toEqual(['1', '1.1', '1.2']);
    expect(buildReport('', damaged('.'), { schema: SMALL_SCHEMA }).model.criteria.map((c) => c.id)).toEqual(['1', '1.1', '1.2']);
    // Digits that do not hold 1.1's, or a row where no criterion is missing, keep what was read.
    expect(buildReport('', damaged('2.3'), { schema: SMALL_SCHEMA }).model.criteria.map((c) => c.id)).toEqual(['1', '2.3', '1.2']);
  });

  it("places an unsure id that another row already has in the only gap its digits stand in (12308's 4.1.3 read \"1.3\")", () => {
    const schema = resolveSchema('thanh-hoa-2018-huyen');
    const read = (id: string, idConfidence: number) => buildReport('', [
      row('1.3', 'Kiểm tra công tác CCHC', '3', '3'),
      row('4.1.2', 'Ban hành theo thẩm quyền quy chế phối hợp giữa các phòng ban', '1', '1'),
      row(id, 'Bạn hành (30v che làm việc của UB ND …', '1', '1', idConfidence),
      row('4.2', 'Kiểm tra tình hình tổ chức và hoạt động của các cơ quan chuyên môn cấp huyện', '3', '3'),
    ], { schema }).model.criteria.map((c) => c.id);
    expect(read('1.3', 0)).toEqual(['1.3', '4.1.2', '4.1.3', '4.2']);
    // Read surely, or a single digit (a speck read as one), it stays what was read.
    expect(read('1.3', 0.9)).toEqual(['1.3', '4.1.2', '1.3', '4.2']);
    expect(read('1', 0)).toEqual(['1.3', '4.1.2', '1', '4.2']);
  });

  it("places an unsure id that another row has by the gap it stands in before its title, which fits two criteria alike (13504's 8.1 read \"8.\" at 0)", () => {
    const schema = resolveSchema('thanh-hoa-2018-huyen');
    const read = (idConfidence: number) => buildReport('', [
      row('8', 'THỰC HIỆN CƠ CHẾ MỘT CỬA, CƠ CHẾ MỘT CỬA LIÊN THÔNG', '15', '13'),
      // 8.1's first line is also 8.1.1's: "Tỷ lệ cơ quan chuyên môn cấp huyện".
      row('8.', 'Tỷ lệ cơ quan chuyên môn cấp huyện …', '2', '2', idConfidence),
      row('8.1.1', 'TY lệ cơ quan chú en môn cấp huyện …', '1', '1', 0.86),
      row('8.2', 'Số lượng TTHC giải quyết theo cơ …', '3', '1'),
    ], { schema }).model.criteria.map((c) => c.id);
    expect(read(0)).toEqual(['8', '8.1', '8.1.1', '8.2']);
  });

  it('places a run of unsurely read rows in as many gaps, in order (12702\'s 1.2 read ".", 1.2.1 read "1.1", both at 0)', () => {
    const schema = resolveSchema('thanh-hoa-2018-huyen');
    const read = (secondConfidence: number) => buildReport('', [
      row('1.1.4', 'Mức độ thực hiện kế hoạch CCHC', '1', '1'),
      row('.', 'Báo cao CCM*NHC', '4', '3', 0),
      row('1.1', 'Sô lương bao cáp (2 báo của QUÝ, bảo …', '2', '2', secondConfidence),
      row('1.2.2', 'Tất cả báo cáo có đầy đủ nội dung theo hướng dẫn', '1', '1'),
    ], { schema }).model.criteria.map((c) => c.id);
    expect(read(0)).toEqual(['1.1.4', '1.2', '1.2.1', '1.2.2']);
    // The second read surely: two gaps for one damaged row, which stays unplaced.
    expect(read(0.9)[1]).not.toBe('1.2');
  });

  it('does not let an unsure id whose title fits nothing move the rows after it ahead', () => {
    // Two criteria with the same title, as 2.3.3 and 4.2.2 of the Thanh Hóa schema.
    const schema = schemaFromTsv([
      'id\tlevel\ttitle\tmax\toptions\tnote',
      '1\t1\tCÔNG TÁC CHỈ ĐẠO\t1\t\t',
      '1.1\t2\tMức độ thực hiện kế hoạch kiểm tra\t1\t\t',
      '2\t1\tCẢI CÁCH TỔ CHỨC BỘ MÁY\t1\t\t',
      '2.1\t2\tMức độ thực hiện kế hoạch kiểm tra\t1\t\t',
    ].join('\n'), 'criteria-test-2018-huyen.tsv');
    const rows = [
      row('1', 'CÔNG TÁC CHỈ ĐẠO', '1', '1'),
      row('2', 'Không thực hiện: ?', '', '', 0),
      row('1.1', 'Mức độ thực hiện kế hoạch kiểm tra', '1', '1', 0.5),
    ];
    const { criteria } = buildReport('', rows, { schema }).model;
    expect(criteria.find((c) => c.title.startsWith('Mức độ'))!.id).toBe('1.1');
  });

  it('takes a sure id that skips ahead of the criterion due next, whose title that one fits better, for a misread digit', () => {
    const similar = schemaFromTsv([
      'id\tlevel\ttitle\tmax\toptions\tnote',
      '1\t1\tCẢI CÁCH TỔ CHỨC BỘ MÁY\t1\t\t',
      '1.1\t2\tTỷ lệ cơ quan chuyên môn cấp huyện, đơn vị hành chính cấp xã triển khai thực hiện\t1\t\t',
      '2\t1\tTHỰC HIỆN CƠ CHẾ MỘT CỬA\t1\t\t',
      '2.1\t2\tTỷ lệ cơ quan chuyên môn cấp huyện có giải quyết TTHC cho tổ chức, công dân\t1\t\t',
    ].join('\n'), 'criteria-test-2018-huyen.tsv');
    // 1.1's 1 read surely as 2: its first line fits 2.1's title too, but 1.1's better.
    const { model } = buildReport('', [
      row('1', 'CẢI CÁCH TỔ CHỨC BỘ MÁY', '1', '1'),
      row('2.1', 'Tỷ lệ cơ quan chuyên môn cấp huyện, đơn vị hành …', '1', '1', 0.95),
      row('2', 'THỰC HIỆN CƠ CHẾ MỘT CỬA', '1', '1'),
      row('2.1', 'Tỷ lệ cơ quan chuyên môn cấp huyện có giải …', '1', '1'),
    ], { schema: similar });
    expect(model.criteria.map((c) => c.id)).toEqual(['1', '1.1', '2', '2.1']);
  });

  it('takes a sure id that leaps into another section for a misread digit when its first line fits both alike', () => {
    const alike = schemaFromTsv([
      'id\tlevel\ttitle\tmax\toptions\tnote',
      '1\t1\tCẢI CÁCH TỔ CHỨC BỘ MÁY\t3\t\t',
      '1.1\t2\tTỷ lệ cơ quan chuyên môn cấp huyện, đơn vị hành chính cấp xã triển khai thực hiện\t1\t\t',
      '1.2\t2\tBan hành kế hoạch kiểm tra\t1\t\t',
      '1.3\t2\tXử lý các vấn đề phát hiện\t1\t\t',
      '2\t1\tTHỰC HIỆN CƠ CHẾ MỘT CỬA\t2\t\t',
      '2.1\t2\tTiếp nhận hồ sơ qua dịch vụ bưu chính\t1\t\t',
      '2.2\t2\tTỷ lệ cơ quan chuyên môn cấp huyện có giải quyết TTHC cho tổ chức, công dân\t1\t\t',
    ].join('\n'), 'criteria-test-2018-huyen.tsv');
    const { model } = buildReport('', [
      row('1', 'CẢI CÁCH TỔ CHỨC BỘ MÁY', '3', '3'),
      row('2.2', 'Tỷ lệ cơ quan chuyên môn …', '1', '1', 0.95),
      row('1.2', 'Ban hành kế hoạch kiểm tra', '1', '1'),
      row('1.3', 'Xử lý các vấn đề phát hiện', '1', '1'),
      row('2', 'THỰC HIỆN CƠ CHẾ MỘT CỬA', '2', '2'),
      row('2.1', 'Tiếp nhận hồ sơ qua dịch vụ bưu chính', '1', '1'),
      row('2.2', 'Tỷ lệ cơ quan chuyên môn …', '1', '1'),
    ], { schema: alike });
    expect(model.criteria.map((c) => c.id)).toEqual(['1', '1.1', '1.2', '1.3', '2', '2.1', '2.2']);
  });

  it('places a first line that goes on under the criterion whose title goes on, not one that ends there', () => {
    const prefix = schemaFromTsv([
      'id\tlevel\ttitle\tmax\toptions\tnote',
      '1\t1\tKIỂM TRA\t2\t\t',
      '1.1\t2\tBan hành kế hoạch kiểm tra\t1\t\t',
      '1.2\t2\tMức độ thực hiện kế hoạch kiểm tra\t1\t\t',
      '2\t1\tTUYÊN TRUYỀN\t2\t\t',
      '2.1\t2\tBan hành kế hoạch tuyên truyền\t1\t\t',
      '2.2\t2\tMức độ thực hiện kế hoạch\t1\t\t',
    ].join('\n'), 'criteria-test-2018-huyen.tsv');
    const { model } = buildReport('', [
      row('1', 'KIỂM TRA', '2', '2'),
      row('1.1', 'Ban hành kế hoạch kiểm tra', '1', '1'),
      row('7.7', 'Mức độ thực hiện kế hoạch …', '1', '1', 0.2),
      row('2', 'TUYÊN TRUYỀN', '2', '2'),
      row('2.1', 'Ban hành kế hoạch tuyên truyền', '1', '1'),
      row('2.2', 'Mức độ thực hiện kế hoạch', '1', '1', 0.4),
    ], { schema: prefix });
    expect(model.criteria.map((c) => c.id)).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.2']);
    // What a row cut without ruling lines took in after the first line is not the title's.
    const junk = buildReport('', [
      row('1', 'KIỂM TRA', '2', '2'),
      row('1.1', 'Ban hành kế hoạch kiểm tra', '1', '1'),
      row('7.7', 'Mức độ thực hiện kế hoạch kiểm … mm nh mm TT', '1', '1', 0.2),
    ], { schema: prefix });
    expect(junk.model.criteria.map((c) => c.id)).toEqual(['1', '1.1', '1.2']);
  });

  it('keeps a sure id that skips a row left out, when its title is its own', () => {
    const { model } = buildReport('', [
      row('1', 'CÔNG TÁC CHỈ ĐẠO', '3', '3'),
      row('1.2', 'Số lượng báo cáo định kỳ đầy đủ', '2', '2', 0.95),
    ], { schema: SMALL_SCHEMA });
    expect(model.criteria.map((c) => c.id)).toEqual(['1', '1.2']);
  });

  it('knows the printing slips: a level or a dot dropped', () => {
    expect(isPrintingSlip('4.2', '4.3.2')).toBe(true);
    expect(isPrintingSlip('4.32', '4.3.2')).toBe(true);
    expect(isPrintingSlip('5.2', '5.3')).toBe(false);
    expect(isPrintingSlip('1.1.2', '4.1.2')).toBe(false);
  });
});

describe('a scanned row with a max and no self score', () => {
  it('is not sure of the blank: a person looks', () => {
    const { model } = buildReport('', [row('1', 'CÔNG TÁC CHỈ ĐẠO', '3', '3'), row('1.1', 'Ban hành kế hoạch CCHC năm kịp thời', '1', '')], { schema: SMALL_SCHEMA });
    expect(model.criteria[1]).toMatchObject({ selfScore: null });
    expect(model.criteria[1]!.valueConfidence.selfScore).toBeLessThan(0.8);
    expect(model.criteria[0]!.valueConfidence.selfScore).toBe(1);
  });

  it('nor of a blank max beside a printed self score', () => {
    const { model } = buildReport('', [row('1', 'CÔNG TÁC CHỈ ĐẠO', '3', '3'), row('1.1', 'Ban hành kế hoạch CCHC năm kịp thời', '', '1')], { schema: SMALL_SCHEMA });
    expect(model.criteria[1]).toMatchObject({ maxScore: null, selfScore: 1 });
    expect(model.criteria[1]!.valueConfidence.maxScore).toBeLessThan(0.8);
  });

  it('of a transcript stays as printed', () => {
    const text = { ...row('1.1', 'Ban hành kế hoạch CCHC năm kịp thời', '1', ''), confidences: undefined };
    const { model } = buildReport('', [row('1', 'CÔNG TÁC CHỈ ĐẠO', '3', '3'), text], { schema: SMALL_SCHEMA });
    expect(model.criteria[1]!.valueConfidence.selfScore).toBe(1);
  });
});

describe('values of rows cut without ruling lines', () => {
  it('keep how surely each was read beside the capped confidence that sends it to a person', () => {
    const guessed = (line: SourceLine): SourceLine => ({ ...line, confidences: line.confidences!.map((c) => Math.min(c, 0.6)), readConfidences: line.confidences! });
    const { model } = buildReport('', lines('1.2', 1).map(guessed), { schema: SMALL_SCHEMA });
    expect(model.criteria[2]).toMatchObject({ valueConfidence: { maxScore: 0.6, selfScore: 0.6 }, readConfidence: { maxScore: 1, selfScore: 1 } });
    expect(buildReport('', lines('1.2', 1), { schema: SMALL_SCHEMA }).model.criteria[2]!.readConfidence).toBeUndefined();
  });
});
