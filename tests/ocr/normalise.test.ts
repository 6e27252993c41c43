import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/ocr/index.ts';

describe('normaliseText', () => {
  it('gives NFC, Đ for the look-alike Eth, and a slash for the fraction and division slashes', () => {
    const decomposed = 'Quye\u0302\u0301t \u00D0i\u0323nh 133\u2044BC-UBND 12\u2215QĐ';
    expect(normaliseText(decomposed)).toBe('Quyết Định 133/BC-UBND 12/QĐ');
  });
});
