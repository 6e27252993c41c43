import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/ocr/index.ts';

describe('normaliseText', () => {
  it('writes NFC, Đ for the Eth Tesseract reads, and a slash for its fraction and division slashes', () => {
    expect(normaliseText('Quy\u0301 III\u20442018')).toBe('Quý III/2018');
    expect(normaliseText('413/Q\u00D0-UBND \u00F0\u00E3')).toBe('413/QĐ-UBND đã');
    expect(normaliseText('1121\u2215BC-UBND')).toBe('1121/BC-UBND');
  });
});
