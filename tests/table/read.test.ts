import { describe, expect, it } from 'vitest';
import { binarise, findGrid } from '../../src/image/index.ts';
import type { OcrEngine, OcrResult } from '../../src/ocr/index.ts';
import { readTable, roleOfHeader } from '../../src/table/index.ts';
import { cutAtSide, pointsBox, startAtGlyph, withoutHeader } from '../../src/table/read.ts';
import type { ColumnRole, SourceLine } from '../../src/report/index.ts';
import { drawTable } from '../image/render.ts';

/** Reads every wide text cell as an option's text, and nothing else (ids and scores come out unreadable). */
const optionReader: OcrEngine = {
  async recognize(img, { mode }): Promise<OcrResult> {
    const text = mode === 'text' && img.width > 500 ? 'Thực hiện trên 80% kế hoạch: 1' : '';
    return { text, confidence: text ? 0.9 : 0, words: [] };
  },
  close: async () => undefined,
};

/** Reads every digits pass as `digits` and every wide text cell as `title`, at `confidence`; anything else as nothing. */
const readerOf = (digits: string, title: string, confidence: number): OcrEngine => ({
  async recognize(img, { mode }): Promise<OcrResult> {
    const text = mode === 'digits' ? digits : mode === 'text' && img.width > 500 ? title : '';
    return { text, confidence, words: [] };
  },
  close: async () => undefined,
});

describe('readTable', () => {
  it("reads an unnumbered row's option from the end of its last line alone when that ends in points", async () => {
    const drawn = drawTable([[{ text: '' }, { text: 'Thực hiện từ 50% - dưới 80% kế hoạch: 1' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }]]);
    const bin = binarise(drawn.image);
    const widths: number[] = [];
    // The end of the line reads "hoạch: 1", the points boxed at its right; the digits pass reads 1.
    const tail: OcrEngine = {
      async recognize(img, { mode }): Promise<OcrResult> {
        if (mode === 'digits') return { text: '1', confidence: 0.97, words: [] };
        widths.push(img.width);
        const h = img.height;
        const words = [{ text: 'hoạch:', bbox: [0, 0, img.width - 45, h] as [number, number, number, number], confidence: 0.9 }, { text: '1', bbox: [img.width - 35, 0, img.width, h] as [number, number, number, number], confidence: 0.9 }];
        return { text: 'hoạch: 1', confidence: 0.9, words };
      },
      close: async () => undefined,
    };
    const { lines } = await readTable(bin, findGrid(bin)!, tail, { page: 1, dpi: 300, previous: null });
    expect(lines[0]!.cells[1]).toBe('… hoạch: 1');
    expect(widths).toHaveLength(1);
    expect(widths[0]).toBeLessThan(400); // the end of the line, not the cell
  });


  it("leaves an option's points unread when the digits in their box are fewer than the text pass saw there", async () => {
    // (Printed with a space after the comma, so that the 5 stands apart from it.)
    const drawn = drawTable([[{ text: '' }, { text: 'Thực hiện từ 50% - dưới 80% kế hoạch: 0, 5' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }]]);
    const bin = binarise(drawn.image);
    // "hoạch:0,5." read as one word whose box a speck far right stretched: boxed by their share
    // of its letters, the points start at the 5 (11703's "quan:0,5.", read 5 surely).
    const stretched: OcrEngine = {
      async recognize(img, { mode }): Promise<OcrResult> {
        if (mode === 'digits') return { text: '5', confidence: 0.97, words: [] };
        const ink = (x: number) => { for (let y = 0; y < img.height; y++) if (img.data[y * img.width + x]! < 128) return true; return false; };
        let right = img.width - 1;
        while (!ink(right)) right--;
        let five = right;
        while (ink(five - 1)) five--; // the last glyph, the 5, starts here
        let left = 0;
        while (!ink(left)) left++;
        const x1 = left + Math.ceil(((five - left) * 10) / 7);
        return { text: 'hoạch:0,5.', confidence: 0.9, words: [{ text: 'hoạch:0,5.', bbox: [left, 0, x1, img.height], confidence: 0.9 }] };
      },
      close: async () => undefined,
    };
    const { lines } = await readTable(bin, findGrid(bin)!, stretched, { page: 1, dpi: 300, previous: null });
    expect(lines[0]!.cells[1]).toBe('hoạch: ?');
  });

  it('takes ink in the id cell of an option row that reads as nothing for a speck, not an id', async () => {
    // A stroke in the id column, tall enough not to be dust, beside an option's text.
    const drawn = drawTable([[{ text: '|' }, { text: 'Thực hiện trên 80% kế hoạch: 1' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }]]);
    const bin = binarise(drawn.image);
    const { lines } = await readTable(bin, findGrid(bin)!, optionReader, { page: 1, dpi: 300, previous: null });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.cells[0]).toBe('');
    // The points the text pass read, boxed by no word of it, are not given as read (12902's "lý:05 - Ề" as 5).
    expect(lines[0]!.cells[1]).toBe('Thực hiện trên 80% kế hoạch: ?');
  });

  it('reads the whole title of a row with a speck for an id, and finds there the option it is', async () => {
    const drawn = drawTable([[{ text: '|' }, { text: 'Thực hiện cả hai nội dung' }, { text: '' }, { text: '2' }, { text: '' }, { text: '' }]]);
    // A second line of title text under the first: a wrapped option.
    const { data, width } = drawn.image;
    const [x0, y0, x1] = drawn.cells.get('0,1')!.bbox;
    for (let y = y0 + 30; y < y0 + 62; y++) data.copy(data, (y + 45) * width + x0 + 4, y * width + x0 + 4, y * width + x1 - 4);
    const bin = binarise(drawn.image);
    const wrapped: OcrEngine = {
      async recognize(img, { mode }): Promise<OcrResult> {
        if (mode !== 'text' || img.width < 500) return { text: '', confidence: 0, words: [] };
        // The first line alone, or the whole cell with the option's points at its end.
        const text = img.height < 80 ? 'Thực hiện cả hai nội dung' : 'Thực hiện cả hai nội dung\n(kịp thời rà soát): 2';
        return { text, confidence: 0.9, words: [] };
      },
      close: async () => undefined,
    };
    const { lines } = await readTable(bin, findGrid(bin)!, wrapped, { page: 1, dpi: 300, previous: null });
    // (Its points, boxed by no word of the reading, are not given as the text pass read them.)
    expect(lines[0]!.cells.slice(0, 2)).toEqual(['', 'Thực hiện cả hai nội dung (kịp thời rà soát): ?']);
  });

  it('keeps a first row whose max, a 1 read as a word, came out as letters of one stroke ("lIR")', async () => {
    const drawn = drawTable([[{ text: '6.1.1' }, { text: 'Tỷ lệ cơ quan chuyên môn cấp huyện' }, { text: '1' }, { text: '' }, { text: '' }, { text: '' }]]);
    const bin = binarise(drawn.image);
    const garbled: OcrEngine = {
      async recognize(img, { mode }): Promise<OcrResult> {
        const text = mode === 'line' ? (img.width < 150 ? 'lIR' : '6.1.1') : mode === 'text' && img.width > 500 ? 'Tỷ lệ cơ quan chuyên môn cấp huyện' : '';
        return { text, confidence: text ? 0.9 : 0, words: [] };
      },
      close: async () => undefined,
    };
    const { lines } = await readTable(bin, findGrid(bin)!, garbled, { page: 1, dpi: 300, previous: null });
    expect(lines.map((l) => l.cells[1])).toEqual(['Tỷ lệ cơ quan chuyên môn cấp huyện']);
  });

  it('keeps a first row numbered in its id column whose max came out as letters ("mmị"): no header is numbered', async () => {
    const drawn = drawTable([[{ text: '1.3.2' }, { text: 'Mức độ thực hiện kế hoạch kiểm tra' }, { text: '1' }, { text: '1' }, { text: '' }, { text: '' }]]);
    const bin = binarise(drawn.image);
    const garbled: OcrEngine = {
      async recognize(img, { mode }): Promise<OcrResult> {
        const text = mode === 'line' ? (img.width < 60 ? 'mmị' : '1.3.2') : mode === 'text' && img.width > 500 ? 'Mức độ thực hiện kế hoạch kiểm tra' : '';
        return { text, confidence: text ? 0.9 : 0, words: [] };
      },
      close: async () => undefined,
    };
    const { lines } = await readTable(bin, findGrid(bin)!, garbled, { page: 1, dpi: 300, previous: null });
    expect(lines.map((l) => l.cells[1])).toEqual(['Mức độ thực hiện kế hoạch kiểm tra']);
  });

  it('leaves a score cell with dust strewn in it blank, and reads a glyph broken across as one', async () => {
    const drawn = drawTable([[{ text: '1.3.2' }, { text: 'Mức độ thực hiện kế hoạch kiểm tra' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }]]);
    const { data, width } = drawn.image;
    const dot = (x: number, y: number, w = 4, h = 4) => { for (let j = y; j < y + h; j++) data.fill(0, j * width + x, j * width + x + w); };
    // The max cell: two specks a few rows apart, far apart across; the self cell: a stroke cut in two.
    const [mx, my] = drawn.cells.get('0,2')!.bbox;
    dot(mx + 30, my + 20, 6, 6); dot(mx + 140, my + 31, 6, 6);
    const [sx, sy] = drawn.cells.get('0,3')!.bbox;
    dot(sx + 90, sy + 20, 5, 10); dot(sx + 90, sy + 35, 5, 10);
    const bin = binarise(drawn.image);
    const { lines } = await readTable(bin, findGrid(bin)!, optionReader, { page: 1, dpi: 300, previous: null });
    expect(lines[0]!.cells[2]).toBe('');
    expect(lines[0]!.cells[3]).toBe('?');
  });

  it('gives a numbered row\'s max cell holding ink but no digit as unreadable, not blank (12207\'s "7" of 3.1 in pieces)', async () => {
    const drawn = drawTable([[{ text: '3.1' }, { text: 'Rà soát, đánh giá, cập nhật thủ tục hành chính' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }]]);
    const { data, width } = drawn.image;
    const dot = (x: number, y: number, w: number, h: number) => { for (let j = y; j < y + h; j++) data.fill(0, j * width + x, j * width + x + w); };
    // A 7's bar and, well below it, a piece of its stroke: each shorter than a speck's limit, too far apart to be joined.
    const [mx, my] = drawn.cells.get('0,2')!.bbox;
    dot(mx + 60, my + 20, 22, 8); dot(mx + 64, my + 42, 6, 10);
    const bin = binarise(drawn.image);
    const { lines } = await readTable(bin, findGrid(bin)!, readerOf('3.1', 'Rà soát, đánh giá, cập nhật thủ tục hành chính', 0.95), { page: 1, dpi: 300, previous: null });
    expect(lines[0]!.cells[0]).toBe('3.1');
    expect(lines[0]!.cells[2]).toBe('?');
    expect(lines[0]!.confidences![2]).toBe(0);
    // Its self cell, blank, stays blank.
    expect(lines[0]!.cells[3]).toBe('');
  });

  it('reads an id whose every glyph a coarse scan broke across, wider than tall as an id is', async () => {
    const drawn = drawTable([[{ text: '' }, { text: 'Mức độ thực hiện kế hoạch kiểm tra' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }]]);
    const { data, width } = drawn.image;
    const dot = (x: number, y: number, w: number, h: number) => { for (let j = y; j < y + h; j++) data.fill(0, j * width + x, j * width + x + w); };
    // Three glyphs side by side, each cut in two pieces shorter than a speck's limit (0.04 in).
    const [ix, iy] = drawn.cells.get('0,0')!.bbox;
    for (const dx of [30, 70, 110]) { dot(ix + dx, iy + 40, 20, 10); dot(ix + dx, iy + 55, 20, 10); }
    const bin = binarise(drawn.image);
    const { lines } = await readTable(bin, findGrid(bin)!, readerOf('2.2.2', 'Mức độ thực hiện kế hoạch kiểm tra', 0.9), { page: 1, dpi: 300, previous: null });
    expect(lines[0]!.cells[0]).not.toBe('');
  });

  it('reads a coarse 1-bit scan\'s evidence with the larger model, and its citation words again however sure', async () => {
    const drawn = drawTable([[{ text: '1.1' }, { text: 'Kế hoạch CCHC năm' }, { text: '' }, { text: '' }, { text: '' }, { text: 'KH số 12/KH-UBND ngày 10/01/2018' }]]);
    const bin = binarise(drawn.image);
    const evidence = drawn.cells.get('0,5')!.bbox;
    const softness: number[] = [];
    const reads = async (dpi: number, bilevel = true) => {
      const calls: string[] = [];
      const engine: OcrEngine = {
        async recognize(img, { mode, fast }): Promise<OcrResult> {
          // The evidence cell (its crop as wide as the cell, enlarged twice for 150 dpi): one sure citation word.
          const cell = mode === 'text' && Math.abs(img.width - (evidence[2] - evidence[0]) * (dpi < 200 ? 2 : 1)) < 80;
          calls.push(`${mode}${fast ? ' fast' : ''}${cell ? ' evidence' : ''}`);
          // How soft its strokes are: the share of its inked pixels that are neither black nor white.
          if (cell) softness.push(img.data.filter((v) => v > 40 && v < 215).length / img.data.filter((v) => v < 215).length);
          return cell ? { text: 'KH số 12/KH-UBND', confidence: 0.97, words: [{ text: '12/KH-UBND', bbox: [60, 5, 200, 40], confidence: 0.97 }] } : { text: '', confidence: 0, words: [] };
        },
        close: async () => undefined,
      };
      await readTable(bin, findGrid(bin)!, engine, { page: 1, dpi, bilevel, previous: null });
      return calls;
    };
    const fine = await reads(300);
    expect(fine).toContain('text fast evidence');
    expect(fine.filter((c) => c === 'word')).toHaveLength(0);
    const coarse = await reads(150);
    expect(coarse).toContain('text evidence');
    expect(coarse.filter((c) => c === 'word').length).toBeGreaterThanOrEqual(2);
    // A coarse gray scan's is read as a fine one's.
    expect(await reads(150, false)).toContain('text fast evidence');
    // The coarse 1-bit scan's evidence is read softened (a blur on its enlarged strokes), the others as they are.
    expect(softness).toHaveLength(3);
    expect(softness[1]!).toBeGreaterThan(1.5 * Math.max(softness[0]!, softness[2]!));
  });

  it('takes an id two readings do not agree on, beside an option\'s text, for a speck', async () => {
    const drawn = drawTable([[{ text: '|' }, { text: 'Thực hiện trên 80% kế hoạch: 1' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }]]);
    const bin = binarise(drawn.image);
    // The id's two digits readings disagree; the option's points were not read ("…: ?").
    const digits = ['5', '3'];
    const disagreeing: OcrEngine = {
      async recognize(img, { mode }): Promise<OcrResult> {
        if (mode === 'digits') return { text: digits.shift() ?? '', confidence: 0.9, words: [] };
        const text = mode === 'text' && img.width > 500 ? 'Thực hiện trên 80% kế hoạch: ?' : '';
        return { text, confidence: text ? 0.9 : 0, words: [] };
      },
      close: async () => undefined,
    };
    const { lines } = await readTable(bin, findGrid(bin)!, disagreeing, { page: 1, dpi: 300, previous: null });
    expect(lines[0]!.cells[0]).toBe('');
  });
});

const word = (text: string, x0: number, x1: number) => ({ text, bbox: [x0, 10, x1, 40] as [number, number, number, number], confidence: 0.9 });

describe('pointsBox finds the points of a scoring option', () => {
  it('in their own word after the colon', () => {
    expect(pointsBox([word('kế', 0, 30), word('hoạch:', 40, 120), word('0,5', 130, 170)])).toMatchObject({ box: [122, 6, 174, 44], colons: 1 });
  });

  it('glued to the colon, by their share of the word', () => {
    // "Từ5-15TTHC:0,5": 11 of 14 letters come up to the points.
    expect(pointsBox([word('Từ5-15TTHC:0,5', 0, 280)])).toMatchObject({ box: [220, 6, 284, 44], colons: 1 });
  });

  it('before lone marks, which neither count nor widen the box', () => {
    expect(pointsBox([word('đủ:', 0, 40), word('0', 50, 65), word('-', 150, 154), word(':', 250, 253), word('-', 400, 404)])).toMatchObject({ box: [42, 6, 69, 44], colons: 1 });
  });

  it('before specks read as letters, under half as tall as the words', () => {
    const speck = (x0: number) => ({ text: 'l', bbox: [x0, 35, x0 + 6, 40] as [number, number, number, number], confidence: 0 });
    expect(pointsBox([word('thời:', 0, 100), word('0,5', 110, 170), speck(300), speck(600)])).toMatchObject({ box: [102, 6, 174, 44], colons: 1 });
  });

  it('without a word of letters a line\'s height or more away from them (11908\'s "hoạch:" / "0.5 … tc")', () => {
    // The points start the second line; a speck read as "tc" ends it, 15 px shorter than the words.
    const next = (text: string, x0: number, x1: number, y0: number) => ({ text, bbox: [x0, y0, x1, 109] as [number, number, number, number], confidence: 0.9 });
    const words = [word('dưới', 426, 521), word('80%', 538, 629), word('kế', 644, 699), word('hoạch:', 708, 839), next('0.5', 8, 71, 72), next('tc', 780, 835, 90)];
    expect(pointsBox(words)).toMatchObject({ box: [8, 68, 75, 113], text: '0.5', colons: 1 });
  });

  it('glued to the colon, before a word of letters a line\'s height or more away (12902\'s "lý:05 - Ề")', () => {
    const far = { text: 'Ề', bbox: [1066, 16, 1077, 39] as [number, number, number, number], confidence: 0 };
    expect(pointsBox([word('xử', 393, 451), word('lý:05', 467, 598), word('-', 664, 669), far])).toMatchObject({ text: '05', colons: 1 });
    // A word just after them is text that goes on: no points.
    expect(pointsBox([word('lý:05', 467, 598), word('năm', 610, 680)])).toBeNull();
  });

  it('after the colon digits follow rather than a later one', () => {
    expect(pointsBox([word('hoạch:', 0, 100), word('05', 110, 140), word(':', 160, 163), word('x', 170, 180)])?.colons).toBe(1);
  });

  it("from where they begin when the colon's word is boxed over them", () => {
    // "vị:" boxed 421–515 over the "1" at 495–519.
    expect(pointsBox([word('vị:', 421, 515), word('1', 495, 519)])).toMatchObject({ box: [495, 6, 523, 44], colons: 1 });
  });

  it('not at all in a title without a colon, or with a sentence after it', () => {
    expect(pointsBox([word('Thực', 0, 50), word('hiện', 60, 110)])).toBeNull();
    expect(pointsBox([word('Gồm:', 0, 50), word('ban', 60, 100), word('hành', 110, 160), word('kịp', 170, 200)])).toBeNull();
  });

  it('not after a colon that no text comes before: a speck (12208\'s ": Tổng cộng", the total row)', () => {
    expect(pointsBox([word(':', 0, 5), word('Tổng', 60, 140), word('cộng', 150, 230)])).toBeNull();
    expect(pointsBox([word('.:', 0, 5), word('Tổng', 60, 140), word('cộng', 150, 230)])).toBeNull();
  });
});

describe('startAtGlyph', () => {
  /** A 100×40 white image with black rectangles [x0, y0, x1, y1). */
  const inked = (...rects: [number, number, number, number][]) => {
    const data = Buffer.alloc(100 * 40, 255);
    for (const [x0, y0, x1, y1] of rects) for (let y = y0; y < y1; y++) data.fill(0, y * 100 + x0, y * 100 + x1);
    return { width: 100, height: 40, data };
  };

  it('moves a box that cuts a digit back to the gap before it', () => {
    const zero = inked([40, 5, 60, 35]);
    expect(startAtGlyph(zero, [50, 0, 90, 40])).toEqual([40, 0, 90, 40]);
  });

  it('moves a box that cuts the colon past it', () => {
    const colon = inked([30, 15, 34, 19], [30, 30, 34, 34], [40, 5, 60, 35]);
    expect(startAtGlyph(colon, [32, 0, 90, 40])).toEqual([34, 0, 90, 40]);
  });

  it('moves a box that cuts a digit with a speck under it back to the gap before it, not past it as past a colon', () => {
    expect(startAtGlyph(inked([40, 5, 60, 30], [42, 34, 45, 37]), [50, 0, 90, 40])).toEqual([40, 0, 90, 40]);
  });

  it('leaves a box that starts in a gap as it is', () => {
    expect(startAtGlyph(inked([40, 5, 60, 35]), [36, 0, 90, 40])).toEqual([36, 0, 90, 40]);
  });
});

const ROLES: ColumnRole[] = ['id', 'title', 'max', 'self', 'appraised', 'evidence'];
const line = (...cells: string[]): SourceLine => ({ cells, roles: ROLES, page: 6, bbox: null });

describe('withoutHeader', () => {
  it('drops a header row read as a row, after blank rows, and the rest of its wrapped words', () => {
    const rows = [
      line('', '', '', '', '', ''),
      line('1', 'Lĩnh vực/Tiêu chí/Tiêu chí thành', '?', '?', '?', 'Tài liệu kiểm chứng'),
      line('', 'phần', '?', '?', '?', ''),
      line('', 'Có sáng kiến: 1', '', '1', '', 'Báo cáo số 3136/BC-UBND ngày 10/7/2018'),
    ];
    expect(withoutHeader(rows, ROLES)).toEqual([rows[0], rows[3]]);
  });

  it('keeps a row after the header that has digits or readable scores', () => {
    const rows = [
      line('STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', '', 'Tài liệu kiểm chứng'),
      line('', 'phần còn lại của tiêu chí 2.1', '?', '?', '?', ''),
    ];
    expect(withoutHeader(rows, ROLES)).toEqual([rows[1]]);
  });

  it('drops a header whose names came out on two rows, neither with a digit (13207\'s page 14, its lines lost)', () => {
    const rows = [
      line('', '', '', '', '', 'Tài liệu kiếm chứng'),
      line('?', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', '?', '?', '?', ''),
      line('5.3.3', 'Đánh giá kết quả đào tạo', '1', '1', '', ''),
    ];
    expect(withoutHeader(rows, ROLES)).toEqual([rows[2]]);
    // A row of text carried over from the page before, over an option, is no header.
    const carried = [line('', '', '', '', '', 'Không có tài liệu kiểm chứng'), line('', 'Nội dung khác: 0', '', '', '', '')];
    expect(withoutHeader(carried, ROLES)).toEqual(carried);
  });

  it('keeps every row of a table without a header', () => {
    const rows = [line('1.1', 'Ban hành kế hoạch CCHC', '2', '2', '', 'KH số 12/KH-UBND ngày 5/1/2018')];
    expect(withoutHeader(rows, ROLES)).toEqual(rows);
  });
});

describe('cutAtSide tells an id the ruling line cut', () => {
  const page = (inkAt: (x: number, y: number) => boolean) => {
    const width = 200, height = 100;
    const data = Buffer.alloc(width * height, 255);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (inkAt(x, y)) data[y * width + x] = 0;
    return { data, width, height };
  };
  const cell: [number, number, number, number] = [50, 20, 120, 80];

  it('by a stroke a few pixels tall in the cell\'s outermost column', () => {
    expect(cutAtSide(page((x, y) => x >= 110 && x <= 119 && y >= 40 && y < 52), cell)).toBe(true);
    expect(cutAtSide(page((x, y) => x >= 50 && x <= 53 && y >= 40 && y < 52), cell)).toBe(true);
  });

  it('not by text clear of the sides, a speck, or what is left of the line down the whole side', () => {
    expect(cutAtSide(page((x, y) => x >= 70 && x <= 100 && y >= 40 && y < 52), cell)).toBe(false);
    expect(cutAtSide(page((x, y) => x === 119 && y === 45), cell)).toBe(false);
    expect(cutAtSide(page((x) => x === 119), cell)).toBe(false);
  });

  it('not by a whole digit set tight against the line, as wide as the one beside it; still by a narrower one', () => {
    // Two digit-tall glyphs 12 px wide, the second touching the right side ("4.12" in a narrow column).
    const glyph = (x0: number) => (x: number, y: number) => x >= x0 && x < x0 + 12 && y >= 40 && y < 60 && (y < 44 || x > x0 + 8 || y >= 56);
    expect(cutAtSide(page((x, y) => glyph(90)(x, y) || glyph(108)(x, y)), cell)).toBe(false);
    // The second one lost a third of its width to the line.
    expect(cutAtSide(page((x, y) => glyph(90)(x, y) || (glyph(112)(x, y) && x < 120)), cell)).toBe(true);
    // Specks at the side below the number, clear of it, cut none of its glyphs.
    expect(cutAtSide(page((x, y) => glyph(90)(x, y) || (x >= 116 && y >= 70 && y < 74)), cell)).toBe(false);
  });
});

describe('readTable after a page whose header row was not read', () => {
  it('reads the columns in the usual layout, not by the roles of none that page had', async () => {
    // 12602's first table page was read in 8 columns of no role: every page after it lost its scores.
    const drawn = drawTable([[{ text: '1.1' }, { text: 'Kế hoạch CCHC năm' }, { text: '4' }, { text: '3' }, { text: '' }, { text: '' }]]);
    const bin = binarise(drawn.image);
    const grid = findGrid(bin)!;
    const previous = { roles: Array.from({ length: 8 }, () => null), centres: [0.05, 0.2, 0.35, 0.45, 0.55, 0.65, 0.75, 0.9], cols: [], pageWidth: bin.width };
    const { lines, layout } = await readTable(bin, grid, readerOf('4', 'Kế hoạch CCHC năm', 0.95), { page: 2, dpi: 300, previous });
    expect(layout.roles).toEqual(['id', 'title', 'max', 'self', 'appraised', 'evidence']);
    expect(lines[0]!.cells[2]).toBe('4');
  });
});

describe('roleOfHeader', () => {
  it('names a column by the words of its header, a speck read as "TT" before them aside (11506\'s "TT x Điem tự chãm")', () => {
    expect(roleOfHeader('TT x\nĐiem\ntự\n\n~\nchãm')).toBe('self');
    expect(roleOfHeader('STT')).toBe('id');
    expect(roleOfHeader('STTL')).toBe('id');
    // 12504's "STT" with its S misread among marks: the lineless grid and the table stage's
    // header row both take it for the id column's header.
    expect(roleOfHeader("ˆ'gTT")).toBe('id');
    expect(roleOfHeader('Tài liệu kiểm chứng')).toBe('evidence');
    expect(roleOfHeader('Điểm\nthâm\nđịnh')).toBe('appraised');
  });
});
