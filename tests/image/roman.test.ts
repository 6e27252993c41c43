import { describe, expect, it } from 'vitest';
import { glyphsBeforeSlash, romanStrokes } from '../../src/image/index.ts';
import { drawNumber, glyphFixture } from './render.ts';

describe('romanStrokes', () => {
  it.each([
    ['quarter-III-serifs-joined', 3], // read "[H/2018;" by the OCR
    ['quarter-III-2-broken', 3], // "IIH/2018.", the 2's foot broken off
    ['quarter-II', 2], // "ïI/2018;"
    ['quarter-I', 1], // "I⁄2018;"
    ['quarter-III-last-I-joined-to-slash', 3], // "iH/2018.", 13404's 200 dpi 1-bit scan
  ])('counts the strokes of %s', async (name, strokes) => {
    expect(romanStrokes(await glyphFixture(name))).toBe(strokes);
  });

  it('gives none when the slash broke into pieces: nothing tells the numeral from the year', async () => {
    expect(romanStrokes(await glyphFixture('quarter-I-slash-broken'))).toBeNull();
  });

  it.each([['I/2018;', 1], ['II/2018.', 2], ['III/2018', 3]])('counts the strokes of a clean "%s"', (text, strokes) => {
    expect(romanStrokes(drawNumber(text, 40))).toBe(strokes);
  });

  it('gives none for IV, whose V is no upright stroke, nor for a number without a slash', () => {
    expect(romanStrokes(drawNumber('IV/2018', 40))).toBeNull();
    expect(romanStrokes(drawNumber('1112018', 40))).toBeNull();
  });
});

describe('glyphsBeforeSlash', () => {
  it('sees the digits of a document number before its slash, a serif 1 among them', () => {
    expect(glyphsBeforeSlash(drawNumber('128/BC-UBND', 40))).toMatchObject({ digits: 3, stems: [true, false, false] });
  });

  it('does not take a 7 for the slash', () => {
    expect(glyphsBeforeSlash(drawNumber('17/QĐ-UBND', 40))).toMatchObject({ digits: 2 });
  });

  it('gives none without a slash', () => {
    expect(glyphsBeforeSlash(drawNumber('1280', 40))).toBeNull();
  });
});
