import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { binarise, deskew, type Grid } from '../../src/image/index.ts';
import { createTesseractOcr } from '../../src/ocr/index.ts';
import { openPdf, readPage } from '../../src/pdf/index.ts';
import { gridFromHeaderRow, hasColumnGutters } from '../../src/table/index.ts';
import { drawTable, SAMPLE_ROWS } from '../image/render.ts';

/** A first table page printed without lines: the report's title, the header row, twelve criteria. */
const rows = [SAMPLE_ROWS[0]!, ...Array.from({ length: 4 }, () => SAMPLE_ROWS.slice(2)).flat()];
const lineless = drawTable(rows, 300, false);
const prose = drawTable(Array.from({ length: 12 }, (_, i) => {
  const words = 'UBND huyện báo cáo Sở Nội vụ kết quả tự đánh giá, chấm điểm chỉ số cải cách hành chính năm 2018 theo quy định của tỉnh'.split(' ');
  return [{ text: [...words.slice(i), ...words.slice(0, i)].join(' '), colSpan: 6 }];
}), 300, false);

describe('a first table page without ruling lines', () => {
  const ocr = createTesseractOcr({ workers: 1 });
  afterAll(() => ocr.close());

  it('shows the white gutters of a table, where prose shows none', () => {
    expect(hasColumnGutters(binarise(lineless.image))).toBe(true);
    expect(hasColumnGutters(binarise(prose.image))).toBe(false);
  });

  it('shows none on a cover letter, whose lower half holds only a signature (white columns everywhere)', async () => {
    for (const file of ['arithmetic-s4-s6.pdf', 'references-s3-s5.pdf']) {
      const doc = await openPdf(readFileSync(`fixtures/scanned/${file}`), file);
      const cover = await readPage(doc, 1);
      await doc.destroy();
      if (cover.kind !== 'image') throw new Error(`${file}: the cover is not a scan`);
      expect(hasColumnGutters(binarise((await deskew(cover.image)).image)), file).toBe(false);
    }
  });

  it("takes its columns from the header row's words, its rows from the text, and leaves the title out", async () => {
    const grid = await gridFromHeaderRow(ocr, binarise(lineless.image));
    expect(grid).not.toBeNull();
    expect(grid!.cols).toHaveLength(lineless.cols.length);
    // Each column line stands between the texts of the columns it parts.
    for (const [key, cell] of lineless.cells) {
      if (!cell.text) continue;
      const col = Number(key.split(',')[1]);
      const textLeft = cell.bbox[0] + 14;
      expect(grid!.cols[col]!, `left of "${cell.text}"`).toBeLessThan(textLeft);
      expect(grid!.cols[col]!, `left of "${cell.text}"`).toBeGreaterThan(lineless.cols[col - 1] ?? -Infinity);
    }
    // The header row is the grid's first row; the title (y 100-160) is above it.
    expect(grid!.rows[0]!).toBeGreaterThan(160);
    expect(grid!.rows[0]!).toBeLessThan(lineless.rows[0]! + 60);
    expect(grid!.rows.length - 1).toBeGreaterThanOrEqual(rows.length);
  });

  /**
   * Expects the grid read from a binarised page fixture to have the six columns STT, title,
   * three scores and evidence, each column line standing between two of `xs` (x of a word of
   * each column, left to right).
   */
  async function expectColumnsAround(fixture: string, xs: number[]): Promise<Grid> {
    const { data, info } = await sharp(readFileSync(`fixtures/pages/${fixture}.png`)).grayscale().raw().toBuffer({ resolveWithObject: true });
    const grid = await gridFromHeaderRow(ocr, { data, width: info.width, height: info.height });
    expect(grid).not.toBeNull();
    expect(grid!.cols).toHaveLength(7);
    xs.forEach((x, i) => {
      expect(grid!.cols[i]!).toBeLessThan(x);
      expect(grid!.cols[i + 1]!).toBeGreaterThan(x);
    });
    return grid!;
  }

  it('keeps the words of one header cell set wide apart in one column: the text below crosses the white between them', async () => {
    // Generated report 11702's first table page, a 200 dpi 1-bit scan: "Lĩnh vực/Tiêu chí" and
    // "Tài liệu kiểm chứng" are set with word spaces wider than a third of "STT"'s height.
    await expectColumnsAround('lineless-200dpi-wide-header', [160, 280, 820, 925, 1025, 1200]);
  });

  it('parts score columns set a word space apart, and a word from the speck read into its box (",châm")', async () => {
    // Generated report 12301's first table page, a 150 dpi 1-bit scan that lost its lines:
    // "chấm" and "định" stand 9 px apart, less than a third of "STT"'s height, and a speck read
    // before "chấm" stretched its box over the column before, under "chuẩn". The words: "1",
    // "CÔNG TÁC", "18", "14,5", none, "Báo cáo số".
    await expectColumnsAround('lineless-150dpi-speck-in-header', [116, 300, 618, 695, 772, 950]);
  });

  it('finds the header row by an "STT" read with its S wrong and marks around it ("ˆ\'gTT")', async () => {
    // Generated report 12504's first table page, a 150 dpi 1-bit landscape scan that lost its lines.
    await expectColumnsAround('lineless-150dpi-stt-misread', [100, 400, 790, 885, 983, 1350]);
  });

  it('parts score columns set close without parting a title or evidence header, and keeps the header row one row', async () => {
    // Generated report 12602's first table page, a 150 dpi 1-bit scan blurred before it was
    // made 1-bit: its 1 px lines are gone but for dots where they crossed, and its faint text
    // leaves white under the word spaces of "Tiêu chí thành" and "Tài liệu kiểm chứng" too.
    // The words: "1", "CÔNG TÁC", "18", "17", "thẩm", "Tài liệu".
    const grid = await expectColumnsAround('lineless-150dpi-blurred-dotted', [118, 300, 610, 695, 770, 950]);
    // The header's lines (y 313–415) make one row, above the first id "1" (y 426), though the
    // dots of the top line (y 309–312) stand apart from them.
    expect(grid.rows[0]!).toBeLessThan(313);
    expect(grid.rows[1]!).toBeGreaterThan(415);
    expect(grid.rows[1]!).toBeLessThan(426);
    expect(grid.cells.filter((c) => c.row === 0)).toHaveLength(6);
  });

  it('takes the "STT" with an id under it, not a speck read as "tt" above the header, and ids read with specks around them', async () => {
    // Generated report 13102's first table page (the top of it), a 200 dpi 1-bit landscape scan
    // blurred before it was made 1-bit, its lines lost: a speck in the annex title's line (y 254)
    // reads "tt"; the ids under "STT" (y 417) read "1...", "1,1", "ˆ.1.1.1_". The words: "1",
    // "CÔNG TÁC", "18", "13", none, "CV số".
    const grid = await expectColumnsAround('lineless-200dpi-speck-stt-above-header', [150, 250, 1055, 1180, 1305, 1700]);
    // The header row (y 417–462) is one row and ends above the first id (y 554).
    expect(grid.rows[0]!).toBeLessThan(417);
    expect(grid.rows[1]!).toBeGreaterThan(462);
    expect(grid.rows[1]!).toBeLessThan(554);
  });

  it('gives none for a page of prose', async () => {
    expect(await gridFromHeaderRow(ocr, binarise(prose.image))).toBeNull();
  });
});
