import { cropCell, type BBox, type GrayImage } from './gray.ts';

const INK = 128;

/**
 * The line of text in a cell that holds a single value (a score, an id): the band of rows
 * with the most ink, cut to its ink's width. A score printed at the top of a tall merged cell
 * and a speck of dust below it would otherwise give Tesseract's single-line mode two "lines"
 * and no answer. Null when the cell has no ink.
 */
export function mainInkBand(img: GrayImage, pad = 8): GrayImage | null {
  const { data, width, height } = img;
  const rowInk = new Array<number>(height).fill(0);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (data[y * width + x]! < INK) rowInk[y]!++;
  }
  let best: { y0: number; y1: number; ink: number } | null = null;
  for (let y = 0; y < height;) {
    if (rowInk[y] === 0) { y++; continue; }
    const start = y;
    let ink = 0;
    // A band may have one-row gaps (the dot of an i, the mark above a vowel).
    while (y < height && (rowInk[y]! > 0 || (rowInk[y + 1] ?? 0) > 0)) ink += rowInk[y++]!;
    if (!best || ink > best.ink) best = { y0: start, y1: y, ink };
  }
  if (!best) return null;
  let x0 = width;
  let x1 = 0;
  for (let y = best.y0; y < best.y1; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x]! < INK) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x + 1);
      }
    }
  }
  const box: BBox = [x0, best.y0, x1, best.y1];
  return cropCell(img, box, pad);
}
