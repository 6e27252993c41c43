import { describe, expect, it } from 'vitest';
import type { OcrEngine, OcrResult } from '../../src/ocr/index.ts';
import { readTextWithDates } from '../../src/table/index.ts';
import { drawNumber } from '../image/render.ts';

/** Reads the block as a cover line whose month came out as a letter; reads nothing else. */
function coverReader(line: string, boxes: [number, number][]): OcrEngine {
  return {
    async recognize(img, { mode }): Promise<OcrResult> {
      if (mode !== 'text') return { text: '', confidence: 0, words: [] };
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

  it('leaves a month read as digits alone', async () => {
    const text = await readTextWithDates(coverReader('ngày 06 tháng 12 năm 2018', boxes), image);
    expect(text).toBe('ngày 06 tháng 12 năm 2018');
  });
});
