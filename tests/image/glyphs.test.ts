import { describe, expect, it } from 'vitest';
import { firstLine, glyphHeight, lastLineEnd, mainInkBand, numberGlyphs, pieceApart, trimToInk, type GrayImage } from '../../src/image/index.ts';
import { drawLines, drawNumber as cell, glyphFixture } from './render.ts';

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

  it('keeps a 2 whose foot a coarse scan broke off as one digit standing on its foot', () => {
    // A white strip cuts the foot from the curve, as a 1-bit scan at 150 dpi does.
    const broken = mainInkBand(cell('2', 40, (ctx) => { ctx.fillStyle = '#fff'; ctx.fillRect(0, 56, 240, 3); }))!;
    const glyphs = numberGlyphs(broken);
    expect(glyphs).toMatchObject({ digits: 1, pattern: 'd', feet: [true], stems: [false] });
    const ink = (img: { data: Uint8Array }) => img.data.filter((v) => v < 128).length;
    expect(ink(glyphs.image)).toBe(ink(broken));
  });

  it("keeps a 5 whose upright a coarse scan lost whole: its bar joins its bowl", () => {
    const cut = mainInkBand(cell('5.1', 40, (ctx) => { ctx.fillStyle = '#fff'; ctx.fillRect(41, 39, 6, 5); }))!;
    const glyphs = numberGlyphs(cut);
    expect(glyphs).toMatchObject({ digits: 2, pattern: 'd.d', broken: false });
    const ink = (img: { data: Uint8Array }) => img.data.filter((v) => v < 128).length;
    expect(ink(glyphs.image)).toBe(ink(cut));
  });

  it('takes two arcs facing each other, "( )", as one 0 the scan opened at the top and bottom', () => {
    const arcs = (ctx: CanvasRenderingContext2D) => { ctx.fillStyle = '#fff'; ctx.fillRect(49, 0, 8, 38); ctx.fillRect(49, 61, 8, 10); };
    expect(numberGlyphs(mainInkBand(cell('0', 40, arcs))!)).toMatchObject({ digits: 1, pattern: 'd', rings: [true], broken: true });
    expect(numberGlyphs(mainInkBand(cell('0,5', 40, arcs))!)).toMatchObject({ digits: 2, pattern: 'd.d', rings: [true, false] });
    // Whole glyphs are no arcs: a 0, and two 1s side by side.
    expect(numberGlyphs(mainInkBand(cell('10', 40))!)).toMatchObject({ digits: 2, rings: [false, false], broken: false });
    expect(numberGlyphs(mainInkBand(cell('11', 40))!)).toMatchObject({ digits: 2, rings: [false, false] });
    expect(numberGlyphs(mainInkBand(cell('11', 40, undefined, 'TestSerifBold'))!)).toMatchObject({ digits: 2, rings: [false, false] });
  });

  it('sees a bold comma half as tall as the digits as a separator, not a digit', () => {
    // The comma of "8,5" drawn long: from the middle of the digits to well below them.
    const long = (ctx: CanvasRenderingContext2D) => ctx.fillRect(67, 52, 5, 20);
    expect(numberGlyphs(mainInkBand(cell('8 5', 40, long, 'TestSerifBold'))!)).toMatchObject({ digits: 2, pattern: 'd.d', marks: 1 });
  });

  it('sees a comma run into the foot of the digit after it as a separator, and calls the number broken', () => {
    // "4,5" in bold, its comma touching the 5: ink hangs from the 5's left half below the 4's baseline.
    const glued = (ctx: CanvasRenderingContext2D) => ctx.fillRect(67, 58, 5, 14);
    expect(numberGlyphs(mainInkBand(cell('45', 40, glued, 'TestSerifBold'))!)).toMatchObject({ digits: 2, pattern: 'd.d', separator: true, marks: 1, broken: true });
    expect(numberGlyphs(mainInkBand(cell('45', 40, undefined, 'TestSerifBold'))!)).toMatchObject({ digits: 2, pattern: 'dd', separator: false, broken: false });
  });

  it('keeps a digit a coarse scan cut across its waist as one digit, and calls it stacked', () => {
    // A white line a pixel high cuts the last 3 of "1.3.3" into halves, each too short for a digit.
    const cut = numberGlyphs(mainInkBand(cell('1.3.3', 40, (ctx) => { ctx.fillStyle = '#fff'; ctx.fillRect(40 + 72, 49, 40, 1); }))!);
    expect(cut).toMatchObject({ digits: 3, pattern: 'd.d.d', broken: false, stacked: true });
    expect(numberGlyphs(mainInkBand(cell('1.3.3', 40))!)).toMatchObject({ broken: false, stacked: false });
  });

  it('joins the pieces of a digit a coarse scan broke apart, none of them digit-tall, into one digit, and calls the number broken', () => {
    // A white band 4 px high through the waist of the second 3 of "3,3" (its ink spans y 34–64).
    const pieces = numberGlyphs(mainInkBand(cell('3,3', 40, (ctx) => { ctx.fillStyle = '#fff'; ctx.fillRect(70, 47, 30, 4); }))!);
    expect(pieces).toMatchObject({ digits: 2, pattern: 'd.d', broken: true });
  });

  it('calls a number broken when a piece of a digit stands beside it, too far from its other piece to be joined', () => {
    // 8 px of white through the second 3: its halves stand a quarter of the digits' height apart.
    const apart = numberGlyphs(mainInkBand(cell('3,3', 40, (ctx) => { ctx.fillStyle = '#fff'; ctx.fillRect(70, 45, 30, 8); }))!);
    expect(apart).toMatchObject({ digits: 1, broken: true });
    // A speck beside a digit is dust, not a piece of one.
    expect(numberGlyphs(mainInkBand(cell('3', 40, (ctx) => ctx.fillRect(70, 50, 3, 3)))!)).toMatchObject({ digits: 1, broken: false });
  });

  it('sees the 5 of 11804\'s "3,5" (150 dpi 1-bit), broken in two pieces apart, which the OCR left out surely', async () => {
    expect(numberGlyphs(await glyphFixture('score-3.5-150dpi-5-in-pieces'))).toMatchObject({ digits: 2, broken: true });
  });

  it('calls 12207\'s "2,5" (150 dpi 1-bit) broken: only the 2\'s upper arc stands a digit\'s height, the rest of its ink left out', async () => {
    expect(numberGlyphs(await glyphFixture('score-2.5-150dpi-in-pieces'))).toMatchObject({ digits: 1, broken: true });
  });

  it('sees the foot of 12004\'s "2,5" (240 dpi 1-bit), standing apart from the 2\'s curve, as a bar under that digit', async () => {
    expect(numberGlyphs(await glyphFixture('score-2.5-240dpi-2-foot-apart'))).toMatchObject({ digits: 2, pattern: 'd.d', footBars: [true, false], broken: false });
    // A whole 2 stands on its foot: no bar apart.
    expect(numberGlyphs(mainInkBand(cell('2,5', 40))!).footBars).toEqual([false, false]);
  });

  it('sees a digit as wide as tall, squat (11903\'s "6.2", its dot run into the 2), and none in whole digits of any face', async () => {
    expect(numberGlyphs(await glyphFixture('id-6.2-150dpi-dot-in-2'))).toMatchObject({ digits: 2, pattern: 'dd', squat: true });
    for (const font of ['TestSerif', 'TestSerifBold']) {
      expect(numberGlyphs(mainInkBand(cell('0.4.8.2', 40, undefined, font))!).squat).toBe(false);
    }
  });

  it('sees 11803\'s "3" (240 dpi 1-bit) cut at its waist as one stacked digit, not a broken one', async () => {
    expect(numberGlyphs(await glyphFixture('score-3-240dpi-cut-at-waist'))).toMatchObject({ digits: 1, broken: false, stacked: true });
  });

  it('keeps a digit cut twice across its waist as one digit, the sliver between the cuts joining its halves', () => {
    // Two white lines leave the waist of the last 3 of "1.3.3" as a piece of its own between the
    // halves, too narrow to pass for a half.
    const cut = numberGlyphs(mainInkBand(cell('1.3.3', 40, (ctx) => {
      ctx.fillStyle = '#fff';
      ctx.fillRect(40 + 72, 48, 40, 1);
      ctx.fillRect(40 + 72, 51, 40, 1);
    }))!);
    expect(cut).toMatchObject({ digits: 3, pattern: 'd.d.d', stacked: true });
  });

  it('calls a number broken when two of its glyphs ran together (the dot of "1.3.3" joining its 3s)', () => {
    expect(numberGlyphs(mainInkBand(cell('1.3.3', 40))!).broken).toBe(false);
    const joined = numberGlyphs(mainInkBand(cell('1.3.3', 40, (ctx) => { ctx.fillRect(40 + 50, 52, 40, 6); }))!);
    expect(joined.digits).toBe(2);
    expect(joined.broken).toBe(true);
  });

  it('calls a number broken when one of its digits stands shorter than the others (a 5 that lost its bar)', () => {
    expect(numberGlyphs(mainInkBand(cell('5.1', 40))!).broken).toBe(false);
    expect(numberGlyphs(mainInkBand(cell('5.1', 40, (ctx) => { ctx.fillStyle = '#fff'; ctx.fillRect(40, 33, 28, 13); }))!).broken).toBe(true);
  });

  it('takes a 1 a coarse scan thickened to most of its width for an upright stroke', () => {
    const thick = mainInkBand(cell('', 40, (ctx) => {
      ctx.fillRect(60, 30, 8, 34); // the stem
      ctx.fillRect(58, 30, 2, 4); // its flag
      ctx.fillRect(59, 60, 10, 4); // its foot
    }))!;
    expect(numberGlyphs(thick)).toMatchObject({ digits: 1, stems: [true] });
  });

  it('takes two upright strokes thickened to most of their width, set apart, for two 1s (11803\'s 240 dpi day "11")', () => {
    // Each 35 px tall, its stem 5 px, its flag and foot 7 px: five times as tall as wide.
    const one = (ctx: CanvasRenderingContext2D, x: number) => { ctx.fillRect(x, 30, 5, 35); ctx.fillRect(x - 1, 33, 7, 3); ctx.fillRect(x - 1, 61, 7, 4); };
    const day = mainInkBand(cell('', 40, (ctx) => { one(ctx, 50); one(ctx, 75); }))!;
    expect(numberGlyphs(day)).toMatchObject({ digits: 2, stems: [true, true] });
    // Two such strokes that bend are no ones: the halves of a 0 a scan broke curve.
    const bent = mainInkBand(cell('', 40, (ctx) => { ctx.fillRect(50, 30, 5, 18); ctx.fillRect(52, 47, 5, 18); ctx.fillRect(75, 30, 5, 35); }))!;
    expect(numberGlyphs(bent).stems).toEqual([false, true]);
  });

  it.each(['TestSerif', 'TestSerifBold'])('counts the holes each digit encloses (%s)', (font) => {
    expect(numberGlyphs(mainInkBand(cell('80619', 40, undefined, font))!).holes).toEqual([2, 1, 1, 0, 1]);
  });

  it.each(['TestSerif', 'TestSerifBold'])('tells the upright stroke of a 1 from every other digit (%s)', (font) => {
    const stems = (digits: string) => numberGlyphs(mainInkBand(cell(digits, 40, undefined, font))!).stems;
    expect([...stems('12345'), ...stems('67890')]).toEqual([true, false, false, false, false, false, false, false, false, false]);
  });
});

describe('numberGlyphs on ids', () => {
  it('keeps a dot the scan lost where two digits stand apart', () => {
    const lost = mainInkBand(cell('5.2 3', 30))!;
    expect(numberGlyphs(lost).pattern).toBe('d.d.d');
  });

  it('keeps a dot that the next digit reaches back over (a 3 whose foot stands over the dot of "4.3")', () => {
    const over = cell('2.4', 30, (ctx) => {
      const end = 30 + ctx.measureText('2.4').width;
      ctx.fillRect(end + 2, 44, 5, 4); // the dot
      ctx.fillText('3', end + 8, 48);
      ctx.fillRect(end + 5, 39, 8, 3); // the 3's foot, reaching back over the dot's right half
    });
    expect(numberGlyphs(mainInkBand(over)!).pattern).toBe('d.d.d');
  });

  it('takes no speck wholly under the digits for a separator, even right under the gap between them', () => {
    const speck = cell('17', 30, (ctx) => {
      const one = ctx.measureText('1').width;
      ctx.fillRect(30 + one - 3, 52, 6, 6); // under the gap between the 1 and the 7
    });
    expect(numberGlyphs(mainInkBand(speck)!).pattern).toBe('dd');
  });

  it('keeps two digits printed together as one number ("4.32")', () => {
    expect(numberGlyphs(mainInkBand(cell('4.32', 30))!).pattern).toBe('d.dd');
  });
});

describe('firstLine', () => {
  const stack = (...parts: GrayImage[]): GrayImage => ({ data: Buffer.concat(parts.map((p) => p.data)), width: parts[0]!.width, height: parts.reduce((h, p) => h + p.height, 0) });

  it('keeps one line whole, tone marks above and below it included', () => {
    const line = cell('Hạnh Ễ', 30);
    expect(firstLine(line)).toEqual({ line, more: false });
  });

  it('cuts the first of two lines between them, and says more follow', () => {
    const [one, two] = [cell('Kế hoạch', 30), cell('Ễ ạ', 30)];
    const first = firstLine(stack(one, two))!;
    expect(first.more).toBe(true);
    expect(first.line.height).toBeGreaterThan(one.height * 0.6);
    expect(first.line.height).toBeLessThan(one.height + 10);
  });
});

describe('lastLineEnd', () => {
  /** The columns of an image that hold ink. */
  const inked = (img: GrayImage) => Array.from({ length: img.width }, (_, x) => x).filter((x) => Array.from({ length: img.height }, (_, y) => img.data[y * img.width + x]!).some((v) => v < 128));

  it('is the end of the last line, from a few line heights left of its last glyph, and says ink was left out', () => {
    const img = drawLines(['Thực hiện đầy đủ các quy định của Chính phủ', 'và của tỉnh về kiểm soát thủ tục hành chính: 1']);
    const { end, cut } = lastLineEnd(img, 5)!;
    expect(cut).toBe(true);
    const line = firstLine(img)!.line;
    expect(end.height).toBeLessThan(img.height - line.height * 0.8); // the first line is left out
    const last = inked(img).at(-1)!;
    const width = inked(end).at(-1)! - inked(end)[0]!;
    expect(width).toBeGreaterThan(100); // ": 1" and the word before it, at least
    expect(width).toBeLessThan(last - 400); // not the whole line
  });

  it('starts in the white between two words, not through one', () => {
    // The last word runs on far past five line heights before the line's end.
    const { end } = lastLineEnd(drawLines(['Không xác định đầy đủ nhiệm vụ hoặc khôngbốtríkinhphíđủ: 0']), 5)!;
    expect(inked(end)[0]).toBeGreaterThanOrEqual(3);
  });

  it('ends with the last glyph, not with the dust after it', () => {
    const clean = lastLineEnd(drawLines(['Không ban hành kế hoạch: 0']), 5)!.end;
    const dusty = lastLineEnd(drawLines(['Không ban hành kế hoạch: 0'], 30, (ctx) => { ctx.fillRect(700, 20, 3, 3); ctx.fillRect(860, 30, 3, 3); }), 5)!.end;
    expect(inked(dusty)[0]).toBe(inked(clean)[0]);
  });

  it('is the whole of a short line, nothing left out', () => {
    const img = trimToInk(drawLines(['Có: 1']))!;
    expect(lastLineEnd(img, 5)!.cut).toBe(false);
  });
});

describe('numberGlyphs feet', () => {
  it.each(['TestSerif', 'TestSerifBold'])('sees the bar a 2 stands on and the bare stroke end of a 7 (%s)', (font) => {
    expect(numberGlyphs(mainInkBand(cell('27', 40, undefined, font))!).feet).toEqual([true, false]);
  });

  it('sees them at 150 dpi size too', () => {
    expect(numberGlyphs(mainInkBand(cell('72', 24))!).feet).toEqual([false, true]);
  });
});

describe('glyphHeight', () => {
  it('is the digits\' height, whatever accent of "Số:" a spot caught over them or descender under them', () => {
    const digits = mainInkBand(cell('1918', 40), 0)!;
    const h = glyphHeight(digits)!;
    expect(h).toBeGreaterThanOrEqual(0.9 * digits.height);
    const withAccent = mainInkBand(cell('ố:1918', 40), 0)!;
    const withDescender = mainInkBand(cell('y 14', 40), 0)!;
    expect(withAccent.height).toBeGreaterThan(1.1 * h);
    expect(glyphHeight(withAccent)).toBe(h);
    expect(glyphHeight(withDescender)).toBeLessThanOrEqual(1.03 * h);
  });
});

describe('mainInkBand', () => {
  it('takes the pieces of a glyph a scan broke across as one band when told to bridge the gap', () => {
    const whole = mainInkBand(cell('2', 40), 0)!;
    // A white strip 4 rows high through the middle of the 2: two bands, neither the whole glyph.
    const broken = cell('2', 40, (ctx) => { ctx.fillStyle = '#fff'; ctx.fillRect(0, 46, 240, 4); });
    expect(mainInkBand(broken, 0)!.height).toBeLessThan(0.7 * whole.height);
    expect(mainInkBand(broken, 0, 3)!.height).toBeLessThan(0.7 * whole.height);
    expect(mainInkBand(broken, 0, 5)!.height).toBe(whole.height);
  });
});

describe('pieceApart', () => {
  it('sees the foot of a 2 whose diagonal the scan lost, too far below its top to be joined', () => {
    const cut = cell('2', 40, (ctx) => { ctx.fillStyle = '#fff'; ctx.fillRect(0, 51, 240, 8); });
    expect(pieceApart(cut)).toBe(true);
    expect(pieceApart(cell('2', 40))).toBe(false);
    // Dust under a whole number is no piece of it.
    expect(pieceApart(cell('2', 40, (ctx) => ctx.fillRect(52, 72, 3, 2)))).toBe(false);
  });
});
