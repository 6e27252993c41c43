import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { trimToInk, withoutStrayDust, type GrayImage } from '../../src/image/index.ts';
import { createTesseractOcr } from '../../src/ocr/index.ts';

/** A white image with black boxes [x0, y0, x1, y1). */
function page(width: number, height: number, boxes: [number, number, number, number][]): GrayImage {
  const data = Buffer.alloc(width * height, 255);
  for (const [x0, y0, x1, y1] of boxes) for (let y = y0; y < y1; y++) data.fill(0, y * width + x0, y * width + x1);
  return { data, width, height };
}
const inkAt = (img: GrayImage, x: number, y: number) => img.data[y * img.width + x]! < 128;

describe('dust in a text cell', () => {
  const ocr = createTesseractOcr({ workers: 1 });
  afterAll(() => ocr.close());

  it('clears specks far from any text, and keeps a period, a tone mark or a hyphen beside their words', () => {
    const img = page(400, 60, [
      [20, 20, 120, 45], // a word
      [124, 40, 128, 45], // its period, 4 px after it
      [60, 10, 64, 14], // a tone mark 6 px above it
      [150, 30, 160, 33], // a hyphen 22 px after it
      [300, 30, 304, 34], // dust 140 px away
      [390, 5, 392, 7], // dust in a corner
    ]);
    const clean = withoutStrayDust(img);
    for (const [x, y] of [[125, 42], [61, 11], [155, 31], [50, 30]] as const) expect(inkAt(clean, x, y), `${x},${y}`).toBe(true);
    expect(inkAt(clean, 301, 31)).toBe(false);
    expect(inkAt(clean, 390, 5)).toBe(false);
    // A cell that holds nothing but small marks is left as it is: they may be all it says.
    const marks = page(200, 40, [[20, 20, 24, 24], [150, 10, 160, 13]]);
    expect(withoutStrayDust(marks)).toBe(marks);
  });

  it('lets the fast model read an option whose line has dust strewn after it (12703\'s "Có thực hiện: 2", read "Có thựchiện2 SN")', async () => {
    const { data, info } = await sharp(readFileSync('fixtures/pages/option-300dpi-dust-after-points.png')).grayscale().raw().toBuffer({ resolveWithObject: true });
    const cell = { data, width: info.width, height: info.height };
    const read = await ocr.recognize(trimToInk(withoutStrayDust(cell))!, { mode: 'text', fast: true });
    expect(read.text).toMatch(/hiện: 2$/u);
  });
});
