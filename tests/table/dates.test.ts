import { describe, expect, it } from 'vitest';
import type { OcrEngine, OcrResult } from '../../src/ocr/index.ts';
import { readTextWithDates } from '../../src/table/index.ts';
import { drawNumber } from '../image/render.ts';

/** Reads the block as `line` (word i in box i), and any number as `digits`. */
function coverReader(line: string, boxes: [number, number][], digits = ''): OcrEngine {
  return {
    async recognize(img, { mode }): Promise<OcrResult> {
      if (mode !== 'text') return { text: digits, confidence: digits ? 0.95 : 0, words: [] };
      const words = line.split(' ').map((text, i) => ({ text, bbox: [boxes[i]![0], 0, boxes[i]![1], img.height] as [number, number, number, number], confidence: 0.9 }));
      return { text: line, confidence: 0.9, words };
    },
    close: async () => undefined,
  };
}

describe('readTextWithDates', () => {
  // "11" printed at x 40–80 of the image; the OCR made one letter of it.
  const image = drawNumber('11', 40);
  const boxes: [number, number][] = [[0, 10], [12, 20], [22, 36], [44, 50], [100, 120], [130, 150]];

  it('reads a month that came out as a letter again, between its neighbouring words', async () => {
    const text = await readTextWithDates(coverReader('ngày 06 tháng Ì năm 2018', boxes), image);
    expect(text).toBe('ngày 06 tháng 11 năm 2018');
  });

  it('reads a month again that came out as digits but unsurely (12404\'s italic "tháng 11" read "1" at 0.06)', async () => {
    const reader = coverReader('ngày 06 tháng 1 năm 2018', boxes, '11');
    const recognize = reader.recognize;
    reader.recognize = async (img, opts) => {
      const read = await recognize(img, opts);
      return opts.mode === 'text' ? { ...read, words: read.words.map((w) => (w.text === '1' ? { ...w, confidence: 0.06 } : w)) } : read;
    };
    expect(await readTextWithDates(reader, image)).toBe('ngày 06 tháng 11 năm 2018');
    // Read surely, it stands.
    expect(await readTextWithDates(coverReader('ngày 06 tháng 1 năm 2018', boxes, '11'), image)).toBe('ngày 06 tháng 1 năm 2018');
  });

  it('leaves a month read as digits alone', async () => {
    const text = await readTextWithDates(coverReader('ngày 06 tháng 12 năm 2018', boxes), image);
    expect(text).toBe('ngày 06 tháng 12 năm 2018');
  });

  it('reads a day the OCR split into marks again, from all that stands between "ngày" and "tháng"', async () => {
    const split: [number, number][] = [[0, 36], [44, 50], [60, 66], [100, 120], [130, 140], [150, 170], [180, 200]];
    const text = await readTextWithDates(coverReader('ngày ] ] tháng 08 năm 2018', split), image);
    expect(text).toBe('ngày 11 tháng 08 năm 2018');
  });

  it('reads a year that is none again ("năm 4018"), and keeps it when the new reading is none either', async () => {
    const year = drawNumber('2018', 40);
    const words: [number, number][] = [[0, 5], [6, 10], [12, 18], [20, 26], [28, 34], [38, 160]];
    expect(await readTextWithDates(coverReader('ngày 06 tháng 12 năm 4018.', words, '2018'), year)).toBe('ngày 06 tháng 12 năm 2018.');
    expect(await readTextWithDates(coverReader('ngày 06 tháng 12 năm 4018.', words, '4018'), year)).toBe('ngày 06 tháng 12 năm 4018.');
  });

  it('reads a year that is one again ("năm 2016" printed 2018), and takes only a sure reading of a year', async () => {
    const year = drawNumber('2018', 40);
    const words: [number, number][] = [[0, 5], [6, 10], [12, 18], [20, 26], [28, 34], [38, 160]];
    expect(await readTextWithDates(coverReader('ngày 15 tháng 12 năm 2016', words, '2018'), year)).toBe('ngày 15 tháng 12 năm 2018');
    expect(await readTextWithDates(coverReader('ngày 15 tháng 12 năm 2016', words, '4018'), year)).toBe('ngày 15 tháng 12 năm 2016');
    expect(await readTextWithDates(coverReader('ngày 15 tháng 12 năm 2018', words, '2018'), year)).toBe('ngày 15 tháng 12 năm 2018');
  });

  it('reads a month read as a digit and a capital ("1Ï", 11701\'s italic 11) as a month, not as a misshapen citation word', async () => {
    // Read as a line or a word alone, the OCR makes "J1" of it; as a number, 11.
    const reader = coverReader('ngày 06 tháng 1Ï năm 2018', boxes, '11');
    const recognize = reader.recognize;
    reader.recognize = async (img, opts) => (opts.mode === 'word' || opts.mode === 'line' ? { text: 'J1', confidence: 0.9, words: [] } : recognize(img, opts));
    expect(await readTextWithDates(reader, image)).toBe('ngày 06 tháng 11 năm 2018');
  });

  it('reads a year cut into digits and a mark ("năm 201 rà": an italic 8 beside a speck) again from both', async () => {
    const year = drawNumber('2018', 40);
    const words: [number, number][] = [[0, 5], [6, 10], [12, 18], [20, 26], [28, 34], [38, 120], [126, 160]];
    expect(await readTextWithDates(coverReader('ngày 03 tháng 12 năm 201 rà', words, '2018'), year)).toBe('ngày 03 tháng 12 năm 2018');
    // A word of letters farther than a digit's width from the digits is not a piece of the year.
    const apart: [number, number][] = [[0, 5], [6, 10], [12, 18], [20, 26], [28, 34], [38, 120], [160, 190]];
    expect(await readTextWithDates(coverReader('ngày 03 tháng 12 năm 201 rà', apart, '2018'), year)).toBe('ngày 03 tháng 12 năm 201 rà');
  });

  it('reads a day again that ends its line, "tháng" starting the next (11805\'s "ngày L0" / "tháng 03")', async () => {
    // "10" printed at x 40–80, y 34–64; "ngày" before it, the rest on the line below (y 80–115).
    const ten = drawNumber('10', 40);
    const lines: [string, [number, number, number, number]][] = [
      ['ngày', [0, 30, 36, 70]], ['L0', [44, 30, 70, 70]], ['tháng', [0, 80, 30, 115]], ['03', [34, 80, 50, 115]], ['năm', [54, 80, 70, 115]], ['2018', [74, 80, 110, 115]],
    ];
    const reader: OcrEngine = {
      async recognize(_img, { mode }): Promise<OcrResult> {
        if (mode !== 'text') return { text: '10', confidence: 0.95, words: [] };
        return { text: 'ngày L0\ntháng 03 năm 2018', confidence: 0.9, words: lines.map(([text, bbox]) => ({ text, bbox, confidence: 0.9 })) };
      },
      close: async () => undefined,
    };
    expect(await readTextWithDates(reader, ten)).toBe('ngày 10 tháng 03 năm 2018');
  });

  it('reads a month that is no month again, and keeps it when the new reading is none either', async () => {
    const twelve = drawNumber('12', 40);
    expect(await readTextWithDates(coverReader('ngày 06 tháng 13 năm 2018', boxes, '12'), twelve)).toBe('ngày 06 tháng 12 năm 2018');
    expect(await readTextWithDates(coverReader('ngày 06 tháng 13 năm 2018', boxes, '13'), twelve)).toBe('ngày 06 tháng 13 năm 2018');
  });
});
