import { describe, expect, it } from 'vitest';
import { assessTextLayer } from '../../src/pdf/index.ts';
import { classifyToken } from '../../src/pdf/text-trust.ts';

const A4_SQ_IN = (595 / 72) * (842 / 72);

const REAL =
  'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ' +
  'Số: 542/TB-UBND Quảng Ngãi, ngày 06 tháng 11 năm 2024 THÔNG BÁO Về việc tham dự Hội nghị đánh giá ' +
  'Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi';

/** The start of va_1.pdf's text layer, as an English-trained OCR engine left it. */
const VA_1_GARBAGE =
  'UBND THANH PHO DA NANG CONG Hcok xA HQI CHiJ NGHiA VIVT NAM SO GIAO DVC vA DA° TAO Dc 1p - Ty do - ' +
  'Hph phtic S6: 463Y SGDDT -CTrTT V/v bao dam TTATGT cho HS, SV trong dip nghi he va kt thi THPT quoc gia';

/** The same kind of header in the TCVN3 legacy encoding, read as Latin-1. */
const TCVN3 =
  'Uû ban nh©n d©n tØnh qu¶ng ng·i Céng hßa x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc ' +
  'Sè: 542/TB-UBND Qu¶ng Ng·i, ngµy 06 th¸ng 11 n¨m 2024 Th«ng b¸o vÒ viÖc tham dù héi nghÞ';

describe('assessTextLayer', () => {
  it('trusts a born-digital Vietnamese header', () => {
    const { trusted, stats } = assessTextLayer(REAL, A4_SQ_IN);
    expect(stats.wellFormed).toBeGreaterThan(0.95);
    expect(stats.marked).toBeGreaterThan(0.7);
    expect(trusted).toBe(true);
  });

  it('trusts the same text written with decomposed marks (NFD), since it composes', () => {
    expect(assessTextLayer(REAL.normalize('NFD'), A4_SQ_IN).trusted).toBe(true);
  });

  it('distrusts an OCR layer that lost the diacritics and mangled the words', () => {
    const { trusted, stats } = assessTextLayer(VA_1_GARBAGE, A4_SQ_IN);
    expect(stats.marked).toBeLessThan(0.2);
    expect(trusted).toBe(false);
  });

  it('distrusts text in a legacy Vietnamese font encoding', () => {
    expect(assessTextLayer(TCVN3, A4_SQ_IN).trusted).toBe(false);
  });

  it('distrusts a layer with too few words to judge', () => {
    expect(assessTextLayer('Quảng Ngãi, ngày 06 tháng 11 năm 2024', A4_SQ_IN).trusted).toBe(false);
  });

  it('distrusts a layer far denser than print (stacked glyphs)', () => {
    expect(assessTextLayer(REAL.repeat(200), 1).trusted).toBe(false);
  });
});

describe('classifyToken', () => {
  it('accepts Vietnamese syllables, numbers and capital abbreviations', () => {
    expect(['nghiệp', 'Quảng', 'giữa', 'khuyến', 'ĐỘC'].map(classifyToken)).toEqual(Array(5).fill('marked-syllable'));
    expect(classifyToken('trong')).toBe('syllable');
    expect(classifyToken('2024')).toBe('other-good');
    expect(classifyToken('UBND')).toBe('other-good');
  });

  it('rejects two tone marks, impossible spellings and mixed case', () => {
    expect(classifyToken('tiếạ')).toBe('bad');
    expect(classifyToken('phtic')).toBe('bad');
    expect(classifyToken('Näng')).toBe('bad');
    expect(classifyToken('CHiJ')).toBe('bad');
  });
});
