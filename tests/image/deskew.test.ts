import { describe, expect, it } from 'vitest';
import { deskew, estimateSkew } from '../../src/image/index.ts';
import { rotate } from '../../src/image/deskew.ts';
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

  it('turns the page by interpolating each pixel about the centre, white where nothing of it falls', () => {
    // A 1-px black column through the centre of a 201×201 page, turned 2° clockwise: its top end
    // moves right by tan 2° of the half height, its bottom end left, the centre stays.
    const w = 201;
    const data = Buffer.alloc(w * w, 255);
    for (let y = 0; y < w; y++) data[y * w + 100] = 0;
    const turned = rotate({ data, width: w, height: w }, 2);
    const darkest = (y: number) => {
      let best = 0;
      for (let x = 1; x < w; x++) if (turned.data[y * w + x]! < turned.data[y * w + best]!) best = x;
      return best;
    };
    const shift = Math.round(Math.tan((2 * Math.PI) / 180) * 90);
    expect(darkest(10)).toBe(100 + shift);
    expect(darkest(190)).toBe(100 - shift);
    expect(darkest(100)).toBe(100);
    // A corner of a black page turned comes from outside it: white; its middle stays black.
    const black = rotate({ data: Buffer.alloc(w * w), width: w, height: w }, 2);
    expect([black.data[0], black.data[w * w - 1], black.data[100 * w + 100]]).toEqual([255, 255, 0]);
  });
});
