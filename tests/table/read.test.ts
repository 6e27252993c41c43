import { describe, expect, it } from 'vitest';
import { binarise, findGrid } from '../../src/image/index.ts';
import type { OcrEngine, OcrResult } from '../../src/ocr/index.ts';
import { readTable } from '../../src/table/index.ts';
import { drawTable } from '../image/render.ts';

/** Reads every wide text cell as an option's text, and nothing else (ids and scores come out unreadable). */
const optionReader: OcrEngine = {
  async recognize(img, { mode }): Promise<OcrResult> {
    const text = mode === 'text' && img.width > 500 ? 'Thực hiện trên 80% kế hoạch: 1' : '';
    return { text, confidence: text ? 0.9 : 0, words: [] };
  },
  close: async () => undefined,
};

describe('readTable', () => {
  it('takes ink in the id cell of an option row that reads as nothing for a speck, not an id', async () => {
    // A stroke in the id column, tall enough not to be dust, beside an option's text.
    const drawn = drawTable([[{ text: '|' }, { text: 'Thực hiện trên 80% kế hoạch: 1' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }]]);
    const bin = binarise(drawn.image);
    const { lines } = await readTable(bin, findGrid(bin)!, optionReader, { page: 1, dpi: 300, previous: null });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.cells[0]).toBe('');
    expect(lines[0]!.cells[1]).toBe('Thực hiện trên 80% kế hoạch: 1');
  });
});
