import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { binarise, mainInkBand, numberGlyphs, type GrayImage } from '../../src/image/index.ts';

/** Draws text the way a score or id cell prints it, at a given pixel size, as a gray image. */
function cell(text: string, px: number, extra?: (ctx: CanvasRenderingContext2D) => void): GrayImage {
  const canvas = createCanvas(px * 6, px * 3);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000';
  ctx.font = `${px}px "DejaVu Serif"`;
  ctx.fillText(text, px, px * 1.6);
  extra?.(ctx as unknown as CanvasRenderingContext2D);
  const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const data = Buffer.alloc(canvas.width * canvas.height);
  for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4]!;
  return binarise({ data, width: canvas.width, height: canvas.height }, { maxSpeck: 1 });
}

describe('numberGlyphs', () => {
  it('sees the digits and the decimal comma of "13,5"', () => {
    const glyphs = numberGlyphs(mainInkBand(cell('13,5', 40))!);
    expect(glyphs).toMatchObject({ digits: 3, separator: true, pattern: 'dd.d' });
  });

  it('sees the dots of an id "1.4.3" at 150 dpi size', () => {
    expect(numberGlyphs(mainInkBand(cell('1.4.3', 24))!).pattern).toBe('d.d.d');
  });

  it('clears a speck beside the number and a mark floating above it, not counting them', () => {
    const glyphs = numberGlyphs(mainInkBand(cell('1', 40, (ctx) => {
      ctx.fillRect(40 + 60, 56, 4, 4); // a speck on the baseline, right of the digit
      ctx.fillRect(40 + 10, 22, 4, 3); // a mark above the digit's middle
    }))!);
    expect(glyphs).toMatchObject({ digits: 1, separator: false, pattern: 'd' });
    expect(numberGlyphs(glyphs.image).pattern).toBe('d');
  });
});

describe('numberGlyphs on ids', () => {
  it('keeps a dot the scan lost where two digits stand apart', () => {
    const lost = mainInkBand(cell('5.2 3', 30))!;
    expect(numberGlyphs(lost).pattern).toBe('d.d.d');
  });

  it('keeps two digits printed together as one number ("4.32")', () => {
    expect(numberGlyphs(mainInkBand(cell('4.32', 30))!).pattern).toBe('d.dd');
  });
});
