import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/server/compare.ts';
import { comparisonCsv } from '../../src/server/export.ts';

const comparison = (unit: string): Comparison => ({
  year: 2018, years: [2018], sections: ['1'],
  lines: [{ sha256: 'a'.repeat(64), unit, number: '1/BC-UBND', sections: { 1: { self: 2.5, appraised: 2 } }, self: 2.5, appraised: 2, rank: 1 }],
});

describe('CSV export', () => {
  it('writes numbers as numbers and quotes text that holds a comma or a quote', () => {
    const csv = comparisonCsv(comparison('Huyện "Thử", Thanh Hóa'));
    expect(csv.split('\r\n')[1]).toBe('1,"Huyện ""Thử"", Thanh Hóa",1/BC-UBND,2.5,2,2.5,2');
  });

  it('keeps a spreadsheet from running text read off a scan as a formula', () => {
    const row = comparisonCsv(comparison('=HYPERLINK("http://x","y")')).split('\r\n')[1]!;
    expect(row.split(',')[1]).toBe(`"'=HYPERLINK(""http://x""`);
  });
});
