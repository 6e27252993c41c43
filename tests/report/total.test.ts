import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.ts';
import type { SourceLine } from '../../src/report/index.ts';

const row = (cells: string[]): SourceLine => ({ cells, roles: ['id', 'title', 'max', 'self', 'appraised', 'evidence'], page: 1, bbox: [0, 0, 10, 10] });

describe("the table's total row", () => {
  const lines = (title: string) => [
    row(['1', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', '18', '15,5', '', '']),
    row(['', title, '100', '73', '', '']),
  ];

  it.each(['Tổng cộng', 'TỔNG ĐIỂM', 'l Tổng cộng -', '| Tổng điểm'])('is read from "%s"', (title) => {
    expect(buildReport('', lines(title), { schema: null }).model.totals).toMatchObject({ maxScore: 100, selfScore: 73 });
  });
});
