import { describe, expect, it } from 'vitest';
import { mainInkBand } from '../../src/image/index.ts';
import { readScore } from '../../src/table/numbers.ts';
import { drawNumber } from '../image/render.ts';
import { createFakeOcr } from '../ocr/fake.ts';

// The fake engine reads every image as nothing, as tesseract.js does with some bold serif 1s.
describe('readScore when no reading fits the glyphs', () => {
  it('gives a number made only of narrow strokes as ones, flagged for a person', async () => {
    const read = await readScore(createFakeOcr(), mainInkBand(drawNumber('11', 40, undefined, 'TestSerifBold'))!);
    expect(read.text).toBe('11');
    expect(read.confidence).toBeLessThan(0.8);
  });

  it('gives nothing for a number with any wider digit', async () => {
    const read = await readScore(createFakeOcr(), mainInkBand(drawNumber('17', 40, undefined, 'TestSerifBold'))!);
    expect(read.confidence).toBe(0);
    expect(read.text).not.toBe('11');
  });
});
