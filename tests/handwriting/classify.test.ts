import { describe, expect, it } from 'vitest';
import { classifyDigit, classifyVector, sample, sampleCount, toMnist } from '../../src/handwriting/index.ts';
import type { GrayImage } from '../../src/image/index.ts';

/** A 28×28 MNIST vector (ink 1) drawn as a glyph of `scale` times its size, dark ink on white, cut to its ink. */
function glyphOf(vector: Float32Array, scale: number): GrayImage {
  let x0 = 28, y0 = 28, x1 = 0, y1 = 0;
  for (let y = 0; y < 28; y++) for (let x = 0; x < 28; x++) if (vector[y * 28 + x]! >= 0.5) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x + 1); y1 = Math.max(y1, y + 1); }
  const width = (x1 - x0) * scale, height = (y1 - y0) * scale;
  const data = Buffer.alloc(width * height, 255);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    if (vector[(y0 + Math.floor(y / scale)) * 28 + x0 + Math.floor(x / scale)]! >= 0.5) data[y * width + x] = 0;
  }
  return { data, width, height };
}

describe('the handwritten digit classifier', () => {
  // Every 25th MNIST sample, classified by all the others (leave-one-out): about 400 digits.
  const held = Array.from({ length: Math.floor(sampleCount() / 25) }, (_, i) => i * 25);

  it('classifies MNIST digits it was not given at least 95% right', () => {
    const right = held.filter((i) => classifyVector(sample(i).vector, undefined, (j) => j === i).digit === String(sample(i).digit));
    expect(right.length / held.length).toBeGreaterThanOrEqual(0.95);
  });

  it('reads a digit drawn large, as a 300 dpi scan holds it, as the digit it is', () => {
    // The same samples enlarged to about 60 px and binarised, as a glyph cut from a page is:
    // the normalisation (scale, stroke weight, centre, slant) brings them back to MNIST's form.
    const some = held.filter((_, k) => k % 4 === 0);
    const right = some.filter((i) => {
      const vote = classifyVector(toMnist(glyphOf(sample(i).vector, 3)), undefined, (j) => j === i);
      return vote.digit === String(sample(i).digit);
    });
    expect(right.length / some.length).toBeGreaterThanOrEqual(0.9);
  });

  it('votes among the digits allowed only, and names the digit of the nearest sample of all', () => {
    // Held-out nines classified as if a nine were impossible (as a glyph without a closed loop is no 9).
    const nines = held.filter((i) => sample(i).digit === 9);
    const votes = nines.map((i) => classifyVector(sample(i).vector, (d) => d !== 9, (j) => j === i));
    expect(votes.every((v) => v.digit !== '9')).toBe(true);
    expect(votes.filter((v) => v.nearest === '9').length / nines.length).toBeGreaterThanOrEqual(0.9);
    const free = nines.map((i) => classifyVector(sample(i).vector, undefined, (j) => j === i));
    expect(free.every((v, k) => v.nearest === votes[k]!.nearest)).toBe(true);
  });

  it('gives the share of the nearest samples that voted for the digit', () => {
    const vote = classifyDigit(glyphOf(sample(0).vector, 2));
    expect(vote.share).toBeGreaterThan(0);
    expect(vote.share).toBeLessThanOrEqual(1);
    expect(vote.digit).toMatch(/^\d$/);
  });
});
