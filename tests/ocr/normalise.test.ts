import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/ocr/index.ts';

describe('normaliseText', () => {
  it('reads a slashed zero beside a digit as the 0 it is (11908: "tháng Ø7")', () => {
    expect(normaliseText('ngày 14 tháng Ø7 năm 2018')).toBe('ngày 14 tháng 07 năm 2018');
    expect(normaliseText('ngày 2Ø/11/2018')).toBe('ngày 20/11/2018');
  });

  it('leaves an Ø that no digit stands beside', () => {
    expect(normaliseText('Ø ngày')).toBe('Ø ngày');
  });

  it('writes the Icelandic Eth Tesseract returns as the Vietnamese Đ', () => {
    expect(normaliseText('QÐ-UBND')).toBe('QĐ-UBND');
  });
});
