import { describe, expect, it } from 'vitest';
import { deskew, estimateSkew } from '../../src/image/index.ts';
import { drawTable, scan } from './render.ts';

describe('deskew', () => {
  const page = drawTable();

  it.each([2, -1.5, 0.7])('estimates a %s° clockwise skew of a noisy scan within 0.3°', async (angle) => {
    const scanned = await scan(page.image, { angle });
    expect(Math.abs(estimateSkew(scanned) - angle)).toBeLessThan(0.3);
  });

  it('turns the page back so that no skew remains, keeping its size', async () => {
    const scanned = await scan(page.image, { angle: 2 });
    const { image, angle } = await deskew(scanned);
    expect(angle).toBeCloseTo(2, 0);
    expect([image.width, image.height]).toEqual([scanned.width, scanned.height]);
    expect(Math.abs(estimateSkew(image))).toBeLessThan(0.1);
  });

  it('leaves a straight page alone', async () => {
    const scanned = await scan(page.image);
    const { image, angle } = await deskew(scanned);
    expect(Math.abs(angle)).toBeLessThan(0.05);
    expect(image).toBe(scanned);
  });
});
