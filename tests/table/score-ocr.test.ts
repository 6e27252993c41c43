import { afterAll, describe, expect, it } from 'vitest';
import { createTesseractOcr } from '../../src/ocr/index.ts';
import { readScore } from '../../src/table/numbers.ts';
import { glyphFixture } from '../image/render.ts';

describe('readScore with the real engine', () => {
  const ocr = createTesseractOcr({ workers: 1 });
  afterAll(() => ocr.close());

  it('reads a score that neither digits size read at all at a larger one (13007\'s bold 8 of a 300 dpi 1-bit scan, "" at 24 and 30 px, "§" as a word)', async () => {
    const read = await readScore(ocr, await glyphFixture('score-8-300dpi-1bit-bold-read-nothing'));
    expect(read.text).toBe('8');
    expect(read.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('trusts a score that two readings read alike when the third lost a digit (13304\'s "1,5" read "1," at 24 px: its SCORE_EXCEEDS_MAX was lost)', async () => {
    const read = await readScore(ocr, await glyphFixture('score-1.5-200dpi-5-lost-at-24px'));
    expect(read.text).toBe('1,5');
    expect(read.confidence).toBeGreaterThanOrEqual(0.8);
  });
});
