import { describe, expect, it } from 'vitest';
import { binarise, cropCell, findGrid, isBlank, gridFromWords, type BoxedWord } from '../../src/image/index.ts';
import { drawTable, drawText, scan } from './render.ts';

describe('binarise', () => {
  it('turns gray, noisy, speckled paper white and keeps the ink black', async () => {
    const clean = drawText('Điểm tự chấm 0,5');
    const bin = binarise(await scan(clean, { paper: 200, noise: 15, specks: 3000 }));
    let wrong = 0;
    for (let i = 0; i < clean.data.length; i++) if ((clean.data[i]! < 100) !== (bin.data[i] === 0)) wrong++;
    expect(wrong / clean.data.length).toBeLessThan(0.02);
  });
});

describe('cropCell and isBlank', () => {
  it('tells the blank appraisal cells from the score cells of a scanned table', async () => {
    const bin = binarise(await scan(drawTable().image));
    const grid = findGrid(bin)!;
    const cell = (row: number, col: number) => cropCell(bin, grid.cells.find((c) => c.row === row && c.col === col)!.bbox, 8);
    expect(isBlank(cell(3, 4))).toBe(true); // Điểm thẩm định, left empty in a self-assessment
    expect(isBlank(cell(3, 3))).toBe(false); // "0,5"
    expect(isBlank(cell(2, 0))).toBe(false); // "1.1"
  });

  it('pads a crop with white', () => {
    const img = { data: Buffer.alloc(100, 0), width: 10, height: 10 };
    const out = cropCell(img, [2, 2, 6, 5], 3);
    expect([out.width, out.height]).toEqual([10, 9]);
    expect(out.data[0]).toBe(255);
    expect(out.data[3 * 10 + 3]).toBe(0);
  });
});

describe('gridFromWords', () => {
  const word = (text: string, x0: number, y0: number, x1: number): BoxedWord => ({ text, bbox: [x0, y0, x1, y0 + 30] });

  it('derives columns from the header words of a table without ruling lines', () => {
    const header = [word('STT', 10, 0, 70), word('Tiêu', 200, 0, 260), word('chí', 270, 0, 320), word('Điểm', 800, 0, 880)];
    const body = [word('1.1', 10, 60, 60), word('Ban', 200, 60, 250), word('hành', 260, 60, 330), word('0,5', 810, 60, 850)];
    const grid = gridFromWords(body, header)!;
    expect(grid.cols).toHaveLength(4);
    expect(grid.rows).toHaveLength(3);
    const score = grid.cells.find((c) => c.row === 1 && c.col === 2)!;
    expect(score.bbox[0]).toBeLessThan(810);
    expect(score.bbox[2]).toBeGreaterThan(850);
  });
});
