import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { binarise, bridgeDottedRules, cropCell, deskew, findGrid, findScanGrid, gridFromLayout, lineMask, type GrayImage } from '../../src/image/index.ts';
import { drawTable, drawText, drawUnruledCriteria, scan } from './render.ts';

async function gridOf(page: GrayImage) {
  const { image } = await deskew(page);
  const bin = binarise(image);
  return { bin, grid: findGrid(bin) };
}

describe('findGrid', () => {
  it('finds the rows, the columns and the merged cells of a 2°-skewed noisy 300 dpi scan', async () => {
    const drawn = drawTable();
    const { grid } = await gridOf(await scan(drawn.image, { angle: 2 }));
    expect(grid).not.toBeNull();
    expect(grid!.rows).toHaveLength(drawn.rows.length);
    expect(grid!.cols).toHaveLength(drawn.cols.length);
    const merged = grid!.cells.filter((c) => c.rowSpan > 1 || c.colSpan > 1);
    // The section row's title spans five columns; one evidence cell spans two rows.
    expect(merged.map(({ row, col, rowSpan, colSpan }) => ({ row, col, rowSpan, colSpan }))).toEqual([
      { row: 1, col: 1, rowSpan: 1, colSpan: 5 },
      { row: 2, col: 5, rowSpan: 2, colSpan: 1 },
    ]);
    expect(grid!.cells).toHaveLength(5 * 6 - 4 - 1);
  });

  it('places the lines where they were drawn on a straight 200 dpi page', async () => {
    const drawn = drawTable(undefined, 200);
    const { grid } = await gridOf(await scan(drawn.image));
    grid!.rows.forEach((y, i) => expect(Math.abs(y - drawn.rows[i]!)).toBeLessThanOrEqual(2));
    grid!.cols.forEach((x, i) => expect(Math.abs(x - drawn.cols[i]!)).toBeLessThanOrEqual(2));
  });

  it('gives cell boxes that hold the cell text and none of its ruling lines', async () => {
    const drawn = drawTable();
    const { bin, grid } = await gridOf(await scan(drawn.image));
    for (const cell of grid!.cells) {
      const crop = cropCell(bin, cell.bbox);
      const edges = [0, crop.width - 1].flatMap((x) => [...Array(crop.height).keys()].map((y) => crop.data[y * crop.width + x]));
      expect(edges.filter((v) => v === 0).length).toBeLessThan(crop.height / 4);
    }
  });

  it('bridges small breaks that noise left in a ruling line', async () => {
    const drawn = drawTable();
    const broken = Buffer.from(drawn.image.data);
    for (const y of drawn.rows) {
      for (let x = 300; x < 2300; x += 97) for (let dy = -3; dy <= 3; dy++) broken.fill(255, (y + dy) * drawn.image.width + x, (y + dy) * drawn.image.width + x + 3);
    }
    const { grid } = await gridOf(await scan({ ...drawn.image, data: broken }));
    expect(grid!.rows).toHaveLength(drawn.rows.length);
  });

  it('finds the lines of a coarse 1-bit scan that broke them into dashes, once they are drawn through', () => {
    const drawn = drawTable(undefined, 150);
    const { width } = drawn.image;
    const dotted = Buffer.from(drawn.image.data);
    // Dashes of 6 px with gaps of 8 px along every line, as a 1-px line of a 150 dpi 1-bit scan.
    for (const y of drawn.rows) for (let x = 0; x < width; x += 14) for (let dy = -3; dy <= 3; dy++) dotted.fill(255, (y + dy) * width + x, (y + dy) * width + x + 8);
    for (const x of drawn.cols) for (let y = 0; y < drawn.image.height; y += 14) for (let k = 0; k < 8; k++) for (let dx = -3; dx <= 3; dx++) dotted[(y + k) * width + x + dx] = 255;
    const page = { ...drawn.image, data: dotted };
    expect(findGrid(binarise(page)) ?? findGrid(lineMask(page))).toBeNull();
    const grid = findGrid(bridgeDottedRules(lineMask(page), Math.round(150 / 16)));
    expect(grid!.rows).toHaveLength(drawn.rows.length);
    expect(grid!.cols).toHaveLength(drawn.cols.length);
    grid!.rows.forEach((y, i) => expect(Math.abs(y - drawn.rows[i]!)).toBeLessThanOrEqual(2));
    expect(grid!.cells.filter((c) => c.rowSpan > 1 || c.colSpan > 1)).toHaveLength(2);
  });

  it('takes the drawn-through grid of a coarse scan when its plain grid lost columns to dashes', () => {
    const drawn = drawTable(undefined, 150);
    const { width } = drawn.image;
    const dotted = Buffer.from(drawn.image.data);
    // The rows and the outer sides stay whole; the inner column lines are dashes (11401's page 4).
    for (const x of drawn.cols.slice(1, -1)) for (let y = 0; y < drawn.image.height; y += 14) for (let k = 0; k < 8; k++) for (let dx = -3; dx <= 3; dx++) dotted[(y + k) * width + x + dx] = 255;
    const page = { ...drawn.image, data: dotted };
    const bin = binarise(page);
    expect(findGrid(bin)?.cols.length ?? 0).toBeLessThan(drawn.cols.length);
    const grid = findScanGrid(page, bin, 150);
    expect(grid!.cols).toHaveLength(drawn.cols.length);
    expect(grid!.rows).toHaveLength(drawn.rows.length);
    // A 300 dpi scan keeps its plain grid: the drawing through is for coarse scans (or no grid).
    expect(findScanGrid(page, bin, 300)).toEqual(findGrid(bin));
  });

  it('draws no line through a page of text', () => {
    const line = binarise(drawText('Thực hiện kế hoạch cải cách hành chính năm 2018 đúng tiến độ', 30));
    // Eight such lines one under the other, on a page 1754 px tall (A4 at 150 dpi).
    const page = { data: Buffer.alloc(line.width * 1754, 255), width: line.width, height: 1754 };
    for (let k = 0; k < 8; k++) line.data.copy(page.data, (100 + k * 150) * line.width);
    expect(bridgeDottedRules(page, 10).data.equals(page.data)).toBe(true);
  });

  it("takes no bold header row's baseline for a ruling line (13002's page 8 at 150 dpi, its serifs run together)", async () => {
    const { data, info } = await sharp(readFileSync('fixtures/pages/header-150dpi-bold-baseline.png')).grayscale().raw().toBuffer({ resolveWithObject: true });
    const grid = findGrid({ data, width: info.width, height: info.height });
    // The header row stands between the lines at y 29 and 130 (its text's baseline at 56): one row, not two.
    expect(grid!.rows.slice(0, 3).map((y) => Math.round(y / 5) * 5)).toEqual([30, 130, 230]);
    expect(grid!.cols).toHaveLength(7);
  });

  it('returns null for a page of text without a table', async () => {
    const text = drawText('Thực hiện kế hoạch cải cách hành chính năm 2018 đúng tiến độ', 60, true);
    expect(findGrid(binarise(await scan(text)))).toBeNull();
  });
});

describe('gridFromLayout', () => {
  it("cuts a page that lost its ruling lines into the previous page's columns and its rows of text", () => {
    const ruled = drawTable();
    const lost = drawTable(undefined, 300, false);
    const grid = gridFromLayout(binarise(lost.image), findGrid(binarise(ruled.image))!.cols, 1);
    expect(grid).not.toBeNull();
    expect(grid!.cols).toHaveLength(ruled.cols.length);
    // Every drawn text stands inside the one cell of its row and column.
    for (const [key, cell] of ruled.cells) {
      if (!cell.text) continue;
      const [row, col] = key.split(',').map(Number) as [number, number];
      const holding = grid!.cells.filter((c) => c.col <= col && col < c.col + c.colSpan && c.bbox[1] <= cell.bbox[3] && c.bbox[3] >= cell.bbox[1]
        && c.bbox[1] < (cell.bbox[1] + cell.bbox[3]) / 2 + 14 && c.bbox[3] > (cell.bbox[1] + cell.bbox[3]) / 2 + 14);
      expect(holding, `cell ${row},${col} "${cell.text}"`).toHaveLength(1);
    }
  });

  it('starts a row at each id when two-line titles stand as close as their own lines', () => {
    const page = drawUnruledCriteria([
      { id: '2.3', lines: ['Tổ chức và kiểm tra việc thực hiện', 'VBQPPL tại huyện'], max: '4' },
      { id: '2.3.1', lines: ['Tổ chức triển khai thực hiện VBQPPL do', 'Trung ương, tỉnh ban hành'], max: '1' },
      { id: '2.3.2', lines: ['Ban hành kế hoạch kiểm tra việc thực hiện', 'VBQPPL tại huyện'], max: '1' },
    ]);
    const cols = findGrid(binarise(drawTable().image))!.cols;
    const grid = gridFromLayout(binarise(page), cols, 1, 0)!;
    expect(grid.rows).toHaveLength(4);
    // Where the tone marks of one title touch the line above, the title's cell still ends at the id.
    expect(grid.cells.filter((c) => c.col === 1).map((c) => c.rowSpan)).toEqual([1, 1, 1]);
    // Without the ids, nothing parts the rows: one row holds all three criteria.
    expect(gridFromLayout(binarise(page), cols, 1)!.rows).toHaveLength(2);
  });

  it("takes a page whose repeated header row's words run over the column lines", () => {
    const rows = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'].map((id) => ({ id, lines: ['Ban hành kế hoạch CCHC năm', 'kịp thời'], max: '1' }));
    const cols = findGrid(binarise(drawTable().image))!.cols;
    const page = drawUnruledCriteria(rows, 'STT Lĩnh vực/Tiêu chí/Tiêu chí thành phần Điểm chuẩn Điểm tự chấm Điểm thẩm định');
    expect(gridFromLayout(binarise(page), cols, 1, 0)).not.toBeNull();
  });

  it('gives no grid for a page whose text runs across the columns', () => {
    const line = 'UBND huyện báo cáo Sở Nội vụ kết quả tự đánh giá, chấm điểm chỉ số cải cách hành chính năm 2018 theo quy định của tỉnh';
    // Lines of prose start at different words, as a paragraph's do: no gap runs down all of them.
    const words = line.split(' ');
    const prose = drawTable(Array.from({ length: 8 }, (_, i) => [{ text: [...words.slice(i), ...words.slice(0, i)].join(' '), colSpan: 6 }]), 300, false);
    expect(gridFromLayout(binarise(prose.image), findGrid(binarise(drawTable().image))!.cols, 1)).toBeNull();
  });
});
