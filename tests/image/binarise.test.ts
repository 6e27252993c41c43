import { describe, expect, it } from 'vitest';
import { binarise, isBilevel, type GrayImage } from '../../src/image/index.ts';

/** A gray page with a dark stroke on a paper tone that darkens left to right. */
function page(width: number, height: number): GrayImage {
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data[y * width + x] = Math.abs(x - y) < 3 ? 40 : 200 - Math.floor((x * 40) / width);
  }
  return { data, width, height };
}

describe('binarise', () => {
  it('gives the same page whatever page it binarised before (its sums buffer is reused)', () => {
    const small = page(300, 200);
    const first = binarise(small).data;
    binarise(page(900, 700)); // a wider, taller page fills the buffer with other sums
    expect(Buffer.compare(binarise(small).data, first)).toBe(0);
    const ink = [...first].filter((v) => v === 0).length;
    expect(ink).toBeGreaterThan(4 * 200); // the stroke, 5 px wide down the page's height
    expect(ink).toBeLessThan(8 * 200); // and nothing of the darkening paper
  });
});

describe('isBilevel', () => {
  it('tells a 1-bit scan (black and white only) from a gray one', () => {
    const page = (values: number[]) => ({ data: Buffer.from(Array.from({ length: 700 }, (_, i) => values[i % values.length]!)), width: 70, height: 10 });
    expect(isBilevel(page([0, 255, 255]))).toBe(true);
    expect(isBilevel(page([0, 255, 255, 254]))).toBe(false);
  });
});
