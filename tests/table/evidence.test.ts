import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../src/image/index.ts';
import type { OcrEngine, OcrMode, OcrResult } from '../../src/ocr/index.ts';
import { readEvidence } from '../../src/table/evidence.ts';

const blank: GrayImage = { data: Buffer.alloc(400 * 40, 255), width: 400, height: 40 };

/** Reads the cell as `cell` (one word box per word) and any single word as `again`. */
function engine(cell: string, again: string): OcrEngine & { rereads: OcrMode[] } {
  const rereads: OcrMode[] = [];
  return {
    rereads,
    async recognize(_img, { mode }): Promise<OcrResult> {
      if (mode !== 'text') {
        rereads.push(mode);
        return { text: again, confidence: 0.9, words: [] };
      }
      const words = cell.split(' ').map((text, i) => ({ text, bbox: [i * 30, 5, i * 30 + 28, 35] as [number, number, number, number], confidence: 0.9 }));
      return { text: cell, confidence: 0.9, words };
    },
    close: async () => undefined,
  };
}

describe('readEvidence', () => {
  it('reads a misshapen citation word again and keeps the reading that has a citation shape', async () => {
    const ocr = engine('BC số I060/BC-UBND ngày 07/07/2018', '1060/BC-UBND');
    expect((await readEvidence(ocr, blank)).text).toBe('BC số 1060/BC-UBND ngày 07/07/2018');
  });

  it('keeps the first reading when the second is misshapen too', async () => {
    const ocr = engine('CV số 618/5NV-CCHC ngày 11/08/2018', '618/5NV-CCHC');
    expect((await readEvidence(ocr, blank)).text).toBe('CV số 618/5NV-CCHC ngày 11/08/2018');
    expect(ocr.rereads).toEqual(['line', 'word']);
  });

  it('never reads a well-shaped citation again', async () => {
    const ocr = engine('BC số 3000/BC-UBND ngày 17/06/2018', '3009/BC-UBND');
    expect((await readEvidence(ocr, blank)).text).toBe('BC số 3000/BC-UBND ngày 17/06/2018');
    expect(ocr.rereads).toEqual([]);
  });
});
