import { describe, expect, it } from 'vitest';
import { groupLines, parseHeaderLines, type Line, type Word } from '../../src/header/index.ts';

/** Words of a printed line: 20 px per character, 40 px tall, starting at x. */
function line(text: string, y: number, x = 0, confidence = 0.95): Line {
  const words: Word[] = [];
  for (const w of text.split(' ')) {
    words.push({ text: w, bbox: [x, y, x + 20 * w.length, y + 40], confidence });
    x += 20 * (w.length + 1);
  }
  return groupLines(words)[0]!;
}

describe('reading a header from its lines', () => {
  const left = [line('ỦY BAN NHÂN DÂN', 100), line('HUYỆN NGA SƠN', 150), line('Số: 342/KH-UBND', 230)];
  const right = [line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 100, 1200), line('Độc lập - Tự do - Hạnh phúc', 150, 1200), line('Nga Sơn, ngày 02 tháng 3 năm 2018', 230, 1200)];
  const below = [line('KẾ HOẠCH', 400, 900), line('Kiểm tra công tác cải cách hành chính năm 2018', 450, 500), line('Căn cứ Quyết định số 413/QĐ-UBND', 600, 100)];

  it('reads issuer, type, symbol, place and subject, and where the number and the date stand', () => {
    const h = parseHeaderLines({ left, right, below });
    expect(h.found).toBe(true);
    expect(h.issuer.value).toBe('ỦY BAN NHÂN DÂN HUYỆN NGA SƠN');
    expect(h.symbol.value).toBe('KH-UBND');
    expect(h.type.value).toBe('KH');
    expect(h.typeName.value).toBe('Kế hoạch');
    expect(h.place.value).toBe('Nga Sơn');
    expect(h.subject.value).toBe('Kiểm tra công tác cải cách hành chính năm 2018');
    expect([h.number?.printed, h.day?.printed, h.month?.printed, h.dateYear?.printed]).toEqual(['342', '02', '3', '2018']);
  });

  it('keeps a damaged number as printed, for the digits to be read again, never repaired', () => {
    const damaged = [...left.slice(0, 2), line('Số: Ô 5 /CT-UBND', 230)];
    const h = parseHeaderLines({ left: damaged, right, below: [] });
    expect(h.number?.printed).toBe('Ô 5');
    expect(h.symbol.value).toBe('CT-UBND');
  });

  it('reads a công văn: no type title, its subject "V/v …" under the number', () => {
    const cv = [line('UBND THÀNH PHỐ ĐÀ NẴNG', 100), line('SỞ GIÁO DỤC VÀ ĐÀO TẠO', 150), line('Số: 1906 /SGDĐT-CTrTT', 230),
      line('V/v khẩn trương thực hiện các biện', 280), line('pháp phòng, chống dịch COVID-19', 325), line('Kính gửi:', 500)];
    const h = parseHeaderLines({ left: cv, right, below: [line('Kính gửi:', 500)] });
    expect(h.type.value).toBe('CV');
    expect(h.typeName.value).toBe('Công văn');
    expect(h.symbol.value).toBe('SGDĐT-CTrTT');
    expect(h.subject.value).toBe('V/v khẩn trương thực hiện các biện pháp phòng, chống dịch COVID-19');
  });

  it('takes a document numbered without a type code and with no type title for a công văn', () => {
    const cv = [line('SỞ GIÁO DỤC VÀ ĐÀO TẠO', 150), line('Số: 1595 /SGDĐT-CTrTT', 230), line('VAấV bảo đảm TTATGT cho HS, SV', 280)];
    const h = parseHeaderLines({ left: cv, right, below: [] });
    expect([h.type.value, h.typeName.value]).toEqual(['CV', 'Công văn']);
  });

  it('finds no header on a continuation page', () => {
    const body = [line('Báo cáo công tác chuẩn bị, kiểm tra, rà soát về Sở trước 14 giờ 00 ngày 29/7/2020.', 100)];
    expect(parseHeaderLines({ left: body, right: [], below: body }).found).toBe(false);
  });

  it('leaves out a seal read as junk above the issuer', () => {
    const withSeal = [line('ẻÄÃv {qXÂXềỳ', 40, 0, 0.2), ...left];
    expect(parseHeaderLines({ left: withSeal, right, below }).issuer.value).toBe('ỦY BAN NHÂN DÂN HUYỆN NGA SƠN');
  });
});
