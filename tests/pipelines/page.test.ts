import { describe, expect, it } from 'vitest';
import { guessedRowConfidences } from '../../pipelines/page.ts';
import { binarise } from '../../src/image/index.ts';
import type { ColumnRole, SourceLine } from '../../src/report/index.ts';
import { drawTable } from '../image/render.ts';

const ROLES: ColumnRole[] = ['id', 'title', 'max', 'self', 'appraised', 'evidence'];

describe('guessedRowConfidences, on a page whose ruling lines were lost', () => {
  const rows = [
    [{ text: '4.2' }, { text: 'Kiểm tra tình hình tổ chức' }, { text: '3' }, { text: '3' }, { text: '' }, { text: '' }],
    [{ text: '' }, { text: 'Có ban hành: 1' }, { text: '' }, { text: '1' }, { text: '' }, { text: '' }],
    [{ text: '4.3' }, { text: 'Ban hành kế hoạch kiểm tra' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }],
  ];
  const drawn = drawTable(rows, 300, false);
  // 4.3's max stands below its id's line, as a value of the row under it would.
  const { data, width } = drawn.image;
  const [mx, my] = drawn.cells.get('2,2')!.bbox;
  for (let y = my + 70; y < my + 100; y++) data.fill(0, y * width + mx + 60, y * width + mx + 80);
  const bin = binarise(drawn.image);
  // The rows as a lineless page's grid cuts them: each drawn row, inside its lost lines.
  const cells = [...drawn.cells].map(([key, cell]) => {
    const [row, col] = key.split(',').map(Number) as [number, number];
    const [x0, y0, x1, y1] = cell.bbox;
    return { row, col, rowSpan: 1, colSpan: 1, bbox: [x0 + 3, y0 + 3, x1 - 3, y1 - 3] as [number, number, number, number] };
  });
  const grid = { rows: [], cols: [], cells };
  const lineOf = (r: number, texts: string[]): SourceLine => {
    const row = cells.filter((c) => c.row === r);
    const bbox: [number, number, number, number] = [Math.min(...row.map((c) => c.bbox[0])), Math.min(...row.map((c) => c.bbox[1])), Math.max(...row.map((c) => c.bbox[2])), Math.max(...row.map((c) => c.bbox[3]))];
    return { cells: texts, roles: ROLES, confidences: texts.map(() => 0.95), page: 1, bbox };
  };

  it("keeps the confidence of a numbered row's id, of its values standing on the id's line, and of its blank score cells", () => {
    expect(guessedRowConfidences(bin, grid, lineOf(0, ['4.2', 'Kiểm tra tình hình tổ chức', '3', '3', '', '']))).toEqual([0.95, 0.6, 0.95, 0.95, 0.95, 0.6]);
  });

  it('caps the values of a row without an id, and a value standing below the id\'s line', () => {
    expect(guessedRowConfidences(bin, grid, lineOf(1, ['', 'Có ban hành: 1', '', '1', '', '']))).toEqual(Array(6).fill(0.6));
    expect(guessedRowConfidences(bin, grid, lineOf(2, ['4.3', 'Ban hành kế hoạch kiểm tra', '1', '', '', '']))).toEqual([0.95, 0.6, 0.6, 0.95, 0.95, 0.6]);
  });
});
