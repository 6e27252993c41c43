import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../src/report/index.ts';

describe('parseHeader', () => {
  const cover = [
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'HUYỆN NGỌC LẶC Độc lập - Tự do - Hạnh phúc',
    'Số: 130/BC-UBND Ngọc Lặc, ngày 05 tháng 11 năm 2018',
    'BÁO CÁO',
    'Kết quả tự đánh giá, chấm điểm chỉ số CCHC năm 2018',
    'UBND huyện Ngọc Lặc báo cáo việc tự đánh giá',
  ].join('\n');

  it('reads number, date, assessed year and unit from a cover letter', () => {
    expect(parseHeader(cover)).toMatchObject({ number: '130/BC-UBND', date: '2018-11-05', year: 2018, unit: 'Huyện Ngọc Lặc' });
  });

  it('puts back a slash the OCR dropped before a type code, and only there', () => {
    expect(parseHeader(cover.replace('130/BC', '130BC')).number).toBe('130/BC-UBND');
    expect(parseHeader('Số: 2018 năm').number).toBeNull();
  });

  it('reads the fraction slash Tesseract returns for a slash', () => {
    expect(parseHeader(cover.replace('130/BC', '130\u2044BC')).number).toBe('130/BC-UBND');
  });

  it('reads a slash the OCR returned twice as one (12103: "183⁄/BC-UBND")', () => {
    expect(parseHeader(cover.replace('130/BC', '130\u2044/BC')).number).toBe('130/BC-UBND');
    expect(parseHeader(cover.replace('130/BC', '130//BC')).number).toBe('130/BC-UBND');
  });

  it('does not read a number whose 7 against the code may be the slash', () => {
    expect(parseHeader(cover.replace('130/BC', '1677BC')).number).toBeNull();
  });

  it('reads a faint slash read as a colon as the slash, before a type code only', () => {
    expect(parseHeader(cover.replace('130/BC', '130:BC')).number).toBe('130/BC-UBND');
    expect(parseHeader('Số: 12: Về việc').number).toBeNull();
  });

  it('reads the date when the OCR damaged the marks of "ngày … tháng … năm"', () => {
    expect(parseHeader(cover.replace('ngày 05 tháng 11 năm', 'ngay 05 thảng 11 nǎm')).date).toBe('2018-11-05');
  });

  it("takes the annex title's date when the cover's is unreadable and the annex cites the same report", () => {
    const unreadable = cover.replace('ngày 05 tháng 11', 'ngày 05 thang ‡†');
    const annex = (number: string) => `${unreadable}\n(Kèm theo Báo cáo số ${number} ngày 05/11/2018 của UBND huyện Ngọc Lặc)`;
    expect(parseHeader(unreadable).date).toBeNull();
    expect(parseHeader(annex('130/BC-UBND')).date).toBe('2018-11-05');
    expect(parseHeader(annex('180/BC-UBND')).date).toBeNull();
  });

  it('reads the number after a "Số:" whose S came out as a digit or a section sign, when its colon did not', () => {
    expect(parseHeader('UBND HUYỆN NGỌC LẶC\n8ố: 182/BC-UBND Ngọc Lặc, ngày 09 tháng 12 năm 2018').number).toBe('182/BC-UBND');
    expect(parseHeader('8ố 182/BC-UBND Ngọc Lặc').number).toBeNull();
    expect(parseHeader('HUYỆN QUAN SƠN Độc lập - Tự do - Hạnh phúc\nri... §ố:305/BC-UBND \' Quan Sơn, ngày 15 tháng 11 năm 2018').number).toBe('305/BC-UBND');
  });

  it('reads the number after a "Số:" whose ố came out a capital, and a unit name with a capital inside', () => {
    const header = parseHeader('ỦY BAN NHÂN DÂN\nHUYỆN VĨNH LỘC\nSỐ: 374/BC-UBND Vĩnh Lộc, ngày 12 tháng 12 năm 2018\nUBND huyện Vĩnh LỘC báo cáo');
    expect(header).toMatchObject({ number: '374/BC-UBND', date: '2018-12-12', unit: 'Huyện Vĩnh Lộc' });
    expect(parseHeader('Kết quả của Thị xã Bỉm Sơn').unit).toBe('Thị xã Bỉm Sơn');
  });

  it('reads the unit from the heading in capitals when no paragraph names it, not the motto beside it', () => {
    expect(parseHeader('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN BÁ THƯỚC Độc lập - Tự do - Hạnh phúc\nSố: 450/BC-UBND').unit).toBe('Huyện Bá Thước');
    expect(parseHeader('ỦY BAN NHÂN DÂN\nTHỊ XÃ BỈM SƠN\nSố: 12/BC-UBND').unit).toBe('Thị xã Bỉm Sơn');
    // A paragraph's naming stands first: its marks are read as printed, not in capitals.
    expect(parseHeader('HUYỆN QUAN HOA\nUBND huyện Quan Hóa báo cáo').unit).toBe('Huyện Quan Hóa');
  });

  it('reads the date when "tháng" came out as "thúng" and the space before "năm" was lost', () => {
    expect(parseHeader('Số: 325/BC-UBND Thanh Hóa, ngày 19 thúng 11 năm 2018').date).toBe('2018-11-19');
    expect(parseHeader('Số: 370/BC-UBND Lang Chánh, ngày 19 tháng 12năm 2018.').date).toBe('2018-12-19');
  });

  it('reads a date whose every space was lost (12407\'s "BimSơn,ngày02tháng12năm2018")', () => {
    expect(parseHeader('Số: 313/BC-UBND BimSơn,ngày02tháng12năm2018 ° .').date).toBe('2018-12-02');
  });

  it('ends the number before the place name that follows it', () => {
    expect(parseHeader('Số: 268/BC-UBND - Quan Sơn, ngày 06 tháng 11 năm 2018').number).toBe('268/BC-UBND');
  });

  it("takes the annex title's reading of the number when the cover's has a type code no document has", () => {
    const annex = '(Kèm theo Báo cáo số 131/BC-UBND ngày 04/12/2018 của UBND huyện Quan Sơn)';
    expect(parseHeader(`Số: 131/BG-UBND Quan Sơn, ngày 04 tháng 12 năm 2018\n${annex}`).number).toBe('131/BC-UBND');
    // Other digits are another report's number: the cover's reading is kept.
    expect(parseHeader(`Số: 132/BG-UBND Quan Sơn, ngày 04 tháng 12 năm 2018\n${annex}`).number).toBe('132/BG-UBND');
  });

  it("takes the annex title's number and date when the cover's lost its slash and hyphen (11804, 150 dpi 1-bit)", () => {
    const cover = 'Số: 228.BCUBND Ñ Thường Xuân. ngờv O1 tháng {2 năm 2018 ;';
    const read = parseHeader(`${cover}\n(Kèm theo Bão cáo số 228/BC-UBND ngày 01/12/2018 của UBND huyện Thường Xuân)`);
    expect(read).toMatchObject({ number: '228/BC-UBND', date: '2018-12-01' });
    // Other digits: the report's number stays unread, and the annex's date is not the report's.
    const other = parseHeader(`${cover}\n(Kèm theo Báo cáo số 229/BC-UBND ngày 01/12/2018 của UBND huyện Thường Xuân)`);
    expect(other).toMatchObject({ number: null, date: null });
  });

  it('reads no day or month from digits with a mark against them (12908\'s italic 12 read "}2", not a day 2)', () => {
    expect(parseHeader(cover.replace('ngày 05', 'ngày }5')).date).toBeNull();
    expect(parseHeader(cover.replace('tháng 11', 'tháng 1†')).date).toBeNull();
  });

  it("takes the annex title's date when it agrees with every digit the cover's date shows (13007's italic 11 read \"1]\")", () => {
    const cover = 'Số: 311/BC-UBND Sầm Sơn, ngày 11 tháng 1] năm 2018';
    const annex = (date: string) => `${cover}\n(Kèm theo Báo cáo số 381/BC-UBND ngày ${date} của UBND thành phố Sầm Sơn)`;
    // Another number (a slip the validator reports), but the same date: the two printings agree.
    expect(parseHeader(annex('11/11/2018')).date).toBe('2018-11-11');
    expect(parseHeader(annex('11/09/2018')).date).toBeNull();
    expect(parseHeader(annex('21/11/2018')).date).toBeNull();
    expect(parseHeader(annex('11/11/2018').replace('1]', '}]')).date).toBeNull();
  });

  it('reads the number after a "Số" whose colon came out a letter, when a number with its slash follows', () => {
    expect(parseHeader('Sốt 165/BC-UBND Sầm Sơn, ngày 03 tháng 11 năm 2018').number).toBe('165/BC-UBND');
    expect(parseHeader('Sốt 165 BC-UBND Sầm Sơn').number).toBeNull();
  });

  it('refuses an impossible date rather than inventing one', () => {
    expect(parseHeader(cover.replace('ngày 05 tháng 11', 'ngày 31 tháng 11')).date).toBeNull();
  });

  it('keeps how the annex cites the report', () => {
    const annex = parseHeader(`${cover}\n(Kèm theo Báo cáo số 294 /BC-UBND ngày 26/11/2018 của UBND)`).annex;
    expect(annex).toMatchObject({ number: '294', symbol: 'BC-UBND', date: '2018-11-26' });
  });

  it('finds the annex title whose "Kèm" lost its mark ("Kem theo Báo cáo số 496/BC-UBND", 13203)', () => {
    expect(parseHeader('Số: 426/BC-UBND Thanh Hóa, ngày 11 tháng 11 năm 2018\n(Kem theo Báo cáo số 496/BC-UBND ngày 11/11/2018 của UBND thành phố Thanh Hóa)').annex)
      .toMatchObject({ number: '496', symbol: 'BC-UBND', date: '2018-11-11' });
  });

  it('keeps the number the annex cites when its symbol did not read as one', () => {
    const annex = parseHeader(`${cover}\n(Kèm theo Báo cáo số 141/8C-UBND ngày 05/11/2018 của UBND)`).annex;
    expect(annex).toMatchObject({ number: '141', symbol: null });
  });
});
