import { describe, expect, it } from 'vitest';
import { guessedRowConfidences, readCover } from '../../pipelines/page.ts';
import { binarise, type GrayImage } from '../../src/image/index.ts';
import type { OcrEngine } from '../../src/ocr/index.ts';
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

describe('readCover', () => {
  // A 150 dpi cover: lines of text 30 px tall, 20 px apart, from the top margin to its middle.
  const width = 1240;
  const height = 1754;
  const data = Buffer.alloc(width * height, 255);
  const lines: [number, number][] = [];
  for (let y = 120; y + 30 < 900; y += 50) lines.push([y, y + 30]);
  for (const [y0, y1] of lines) data.fill(0, y0 * width + 150, y1 * width + 1090);
  const cover: GrayImage = { data, width, height };
  /** An engine that answers each call with the next text, and keeps the height of each image read. */
  const answering = (texts: string[]) => {
    const heights: number[] = [];
    const ocr: OcrEngine = {
      async recognize(img) {
        heights.push(img.height);
        return { text: texts[heights.length - 1] ?? '', confidence: 0.9, words: [] };
      },
      close: async () => undefined,
    };
    return { ocr, heights };
  };
  const HEADER = 'Số: 432/BC-UBND Quan Hóa, ngày 01 tháng 11 năm 2018\nKết quả tự đánh giá, chấm điểm chỉ số CCHC năm 2018';

  it('reads only the top of the page when the number, date and year are read there, cut between two lines', async () => {
    const { ocr, heights } = answering([HEADER]);
    expect(await readCover(ocr, cover)).toBe(HEADER);
    expect(heights).toHaveLength(1);
    // The cut lies below a fifth of the page, in the first gap there: no line is cut across.
    const cut = heights[0]! - 2 * 10; // the region is read with a 10 px margin
    expect(cut).toBeGreaterThanOrEqual(0.2 * height);
    expect(cut).toBeLessThan(0.2 * height + 50);
    expect(lines.some(([y0, y1]) => y0 < cut && cut < y1)).toBe(false);
  });

  it('reads the rest of the header half when the top lacks one of them', async () => {
    const { ocr, heights } = answering(['Số: 432/BC-UBND', 'Quan Hóa, ngày 01 tháng 11 năm 2018 chỉ số CCHC năm 2018']);
    expect(await readCover(ocr, cover)).toBe('Số: 432/BC-UBND\nQuan Hóa, ngày 01 tháng 11 năm 2018 chỉ số CCHC năm 2018');
    expect(heights).toHaveLength(2);
    expect(heights[0]! + heights[1]! - 4 * 10).toBe(Math.round(0.5 * height));
  });
});
