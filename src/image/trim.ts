import { cropCell, type BBox, type GrayImage } from './gray.ts';

const INK = 128;

/**
 * The line of text in a cell that holds a single value (a score, an id): the band of rows
 * with the most ink, cut to its ink's width. A score printed at the top of a tall merged cell
 * and a speck of dust below it would otherwise give Tesseract's single-line mode two "lines"
 * and no answer. Null when the cell has no ink.
 */
export function mainInkBand(img: GrayImage, pad = 8, bridge = 1): GrayImage | null {
  return numberBand(img, pad, bridge)?.image ?? null;
}

/**
 * {@link mainInkBand}, and whether a piece of the number may stand apart from it, broken off
 * farther than the band joins: a thin band (half the main band's height at most) within half
 * that height above or below it, with a sixth of its ink or more (a 2 whose diagonal vanished
 * leaves its foot 8 px under its top at 200 dpi, and its top reads as a 3). Dust has far less ink.
 */
export function numberBand(img: GrayImage, pad = 8, bridge = 1): { image: GrayImage; apart: boolean } | null {
  const { data, width } = img;
  const bands = inkedBands(img, bridge);
  if (bands.length === 0) return null;
  const best = { ...heaviest(bands) };
  // A thin band just above or below is a piece of the number a coarse scan broke off (a 2's foot).
  const h = best.y1 - best.y0;
  const near = Math.max(2, 0.2 * h);
  const thin = bands.filter((band) => band.y1 - band.y0 <= 0.5 * h);
  for (const band of thin) {
    if (band.y0 >= best.y1 && band.y0 - best.y1 <= near) best.y1 = band.y1;
    if (band.y1 <= best.y0 && best.y0 - band.y1 <= near) best.y0 = band.y0;
  }
  const apart = thin.some((band) => band.ink >= best.ink / 6
    && ((band.y0 >= best.y1 && band.y0 - best.y1 <= 0.5 * h) || (band.y1 <= best.y0 && best.y0 - band.y1 <= 0.5 * h)));
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
  return { image: cropCell(img, box, pad), apart };
}

/** A cell's ink bands ({@link inkBands}) with the ink each holds. */
function inkedBands(img: GrayImage, bridge = 1): { y0: number; y1: number; ink: number }[] {
  const rowInk = inkPerRow(img);
  return inkBands(rowInk, bridge).map((band) => ({ ...band, ink: rowInk.subarray(band.y0, band.y1).reduce((n, v) => n + v, 0) }));
}

/** The rows of a cell's band with the most ink (a value's line of text), null when it has none. */
export function mainInkRows(img: GrayImage): { y0: number; y1: number } | null {
  const bands = inkedBands(img);
  return bands.length === 0 ? null : heaviest(bands);
}

/** The band holding the most ink (the first of equals); `bands` is not empty. */
const heaviest = <B extends { ink: number }>(bands: B[]): B => bands.reduce((a, b) => (b.ink > a.ink ? b : a));

/** Whether a piece of a number's ink may stand apart from its band ({@link numberBand}). */
export const pieceApart = (img: GrayImage): boolean => numberBand(img)?.apart ?? false;

/**
 * A cell cut to its ink, with `pad` pixels of white around it; null when it has no ink. The
 * text of an option row often fills a tenth of a cell made tall by the evidence beside it,
 * and Tesseract's layout pass costs as much for the white as for the text.
 */
export function trimToInk(img: GrayImage, pad = 8): GrayImage | null {
  const { data, width, height } = img;
  let x0 = width;
  let x1 = 0;
  let y0 = height;
  let y1 = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (data[row + x]! >= INK) continue;
      if (x < x0) x0 = x;
      if (x >= x1) x1 = x + 1;
      if (y < y0) y0 = y;
      y1 = y + 1;
    }
  }
  return x1 === 0 ? null : cropCell(img, [x0, y0, x1, y1], pad);
}

/**
 * The image without its dust: each blob of `most` pixels or fewer with no other ink within
 * `reach` pixels of its box (at 300 dpi, 40 px is a 3-pixel speck of a 150 dpi scan enlarged;
 * 25 px, 2 mm, is more than a word space: a period, a tone mark or a bullet's hyphen stands
 * nearer its text). Specks strewn after an option's text ("Có thực hiện: 2 · ·") made the
 * fast model read the whole line as "Có thựchiện2 SN". An image of dust alone is left as it is.
 */
export function withoutStrayDust(img: GrayImage, most = 40, reach = 25): GrayImage {
  const { data, width: w, height: h } = img;
  const blobs = blobsOf(img);
  if (!blobs.some((b) => b.pixels.length > most)) return img;
  // Ink counts of every box from the summed-area table.
  const sums = new Uint32Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    for (let x = 0, row = 0; x < w; x++) {
      row += data[y * w + x]! < INK ? 1 : 0;
      sums[(y + 1) * (w + 1) + x + 1] = sums[y * (w + 1) + x + 1]! + row;
    }
  }
  const inkIn = (x0: number, y0: number, x1: number, y1: number) => {
    [x0, y0, x1, y1] = [Math.max(0, x0), Math.max(0, y0), Math.min(w, x1), Math.min(h, y1)];
    return sums[y1 * (w + 1) + x1]! - sums[y0 * (w + 1) + x1]! - sums[y1 * (w + 1) + x0]! + sums[y0 * (w + 1) + x0]!;
  };
  const out = Buffer.from(data);
  for (const b of blobs) {
    if (b.pixels.length > most || inkIn(b.x0 - reach, b.y0 - reach, b.x1 + reach, b.y1 + reach) > b.pixels.length) continue;
    for (const p of b.pixels) out[p] = 255;
  }
  return { data: out, width: w, height: h };
}

/** How many ink pixels each row of a cell holds. */
function inkPerRow(img: GrayImage): Uint32Array {
  const { data, width, height } = img;
  const rowInk = new Uint32Array(height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (data[y * width + x]! < INK) rowInk[y]!++;
  }
  return rowInk;
}

/**
 * The middle of the first gap between lines of text of a page at or below row `from` and above
 * `to`: rows with next to no ink (a speck or two), a fifth of a line's height at least, so that
 * the gap between a capital and its mark ("Á") is none. Null when there is none.
 */
export function gapBetweenLines(img: GrayImage, from: number, to: number): number | null {
  const rowInk = inkPerRow(cropCell(img, [0, from, img.width, to]));
  const most = Math.max(2, Math.round(img.width / 500));
  const tall = Math.max(4, Math.round(img.height / 350));
  let start = -1;
  for (let y = 0; y < rowInk.length; y++) {
    if (rowInk[y]! > most) start = -1;
    else if (start < 0) start = y;
    else if (y - start + 1 >= tall) return from + Math.round((start + y) / 2);
  }
  return null;
}

/** Ink bands of a cell: runs of rows holding ink, gaps of up to `bridge` rows bridged (the dot of an i, the mark above a vowel). */
function inkBands(rowInk: Uint32Array, bridge = 1): { y0: number; y1: number }[] {
  const bands: { y0: number; y1: number }[] = [];
  const inkWithin = (y: number) => rowInk.subarray(y, y + bridge + 1).some((n) => n > 0);
  for (let y = 0; y < rowInk.length;) {
    if (!rowInk[y]) { y++; continue; }
    const y0 = y;
    while (y < rowInk.length && inkWithin(y)) y++;
    bands.push({ y0, y1: y });
  }
  return bands;
}

/**
 * The first line of text in a cell, and whether more lines follow. A line is a band of ink
 * at least half as tall as the tallest band; the thin bands of tone marks above or below a
 * line go with the nearer line: the cut falls in the middle of the widest white gap between
 * the first line and the second. Null when the cell has no ink.
 */
export function firstLine(img: GrayImage): { line: GrayImage; more: boolean } | null {
  const { bands, lines } = textLines(img);
  if (lines.length === 0) return null;
  if (lines.length === 1) return { line: img, more: false };
  return { line: cropCell(img, [0, 0, img.width, cutBetween(bands, lines[0]!, lines[1]!)]), more: true };
}

/** A cell's ink bands, and which of them are lines of text: at least half as tall as the tallest. */
function textLines(img: GrayImage): { bands: { y0: number; y1: number }[]; lines: number[] } {
  const bands = inkBands(inkPerRow(img));
  const tallest = Math.max(0, ...bands.map((b) => b.y1 - b.y0));
  return { bands, lines: bands.flatMap((b, i) => (b.y1 - b.y0 >= tallest * 0.5 ? [i] : [])) };
}

/**
 * Where two lines (bands `upper` and `lower`) part: the middle of the widest white gap between
 * them, so that the thin bands of tone marks between go with the nearer line.
 */
function cutBetween(bands: { y0: number; y1: number }[], upper: number, lower: number): number {
  let cut = 0;
  let widest = -1;
  for (let i = upper; i < lower; i++) {
    const gap = bands[i + 1]!.y0 - bands[i]!.y1;
    if (gap > widest) { widest = gap; cut = Math.round((bands[i]!.y1 + bands[i + 1]!.y0) / 2); }
  }
  return cut;
}

/**
 * The end of the last line of text in a cell: that line (the thin bands of tone marks next to
 * it kept, cut from the line before in the middle of the widest gap, as {@link firstLine} cuts)
 * from the gap between words `lineHeights` times its height or more left of its last ink to the
 * cell's right side, and whether ink was left out (lines above, or the start of the line). Null
 * when the cell has no ink.
 */
export function lastLineEnd(img: GrayImage, lineHeights: number): { end: GrayImage; cut: boolean } | null {
  const { bands, lines } = textLines(img);
  const last = lines.at(-1);
  if (last === undefined) return null;
  const before = lines.at(-2);
  const top = before === undefined ? 0 : cutBetween(bands, before, last);
  const h = bands[last]!.y1 - bands[last]!.y0;
  const columns = new Uint32Array(img.width);
  for (let y = top; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) if (img.data[y * img.width + x]! < INK) columns[x]!++;
  }
  // The line ends with its last glyph, not with dust or a full stop after it: runs of inked
  // columns (gaps under half the line's height bridged) with less ink than a serif 1 do not count.
  let x0 = -1;
  let x1 = 0;
  for (let x = 0; x < img.width;) {
    if (!columns[x]) { x++; continue; }
    const start = x;
    let ink = 0;
    for (let gap = 0; x < img.width && gap < 0.5 * h; x++) {
      ink += columns[x]!;
      gap = columns[x] ? 0 : gap + 1;
    }
    if (x0 < 0) x0 = start;
    if (ink >= 0.02 * h * h) x1 = x;
  }
  if (x0 < 0) return null;
  // The end starts between two words (in the last white run a fifth of the line's height wide
  // before that point), not through one: the glyphs of a cut word read as other letters.
  let from = Math.max(x0, Math.round(x1 - lineHeights * h));
  for (let white = 0; from > x0 && white < 0.2 * h; from--) white = columns[from - 1] ? 0 : white + 1;
  return { end: cropCell(img, [from, top, img.width, img.height]), cut: top > 0 || from > x0 };
}

/** A printed number's glyphs: the cleaned image, how many digit-tall blobs, and whether a separator stands between them. */
export interface NumberGlyphs {
  image: GrayImage;
  digits: number;
  separator: boolean;
  /** The glyphs left to right: `d` a digit-tall blob, `.` a mark on the baseline between them ("d.d.d" for 1.3.1). */
  pattern: string;
  /** How many separator marks (comma, dot) are printed between the digits, not inferred from spacing. */
  marks: number;
  /** For each digit blob, left to right: whether it is one straight stroke, the shape of a 1. */
  stems: boolean[];
  /** For each digit blob, left to right: how many holes its ink encloses (8 has two, 0 6 9 one). */
  holes: number[];
  /**
   * For each digit blob, left to right: the height of its tallest hole as a share of its own
   * (0 when none): a 0's hole runs most of its height, a 6's or a 9's only through one half.
   */
  holeHeights: number[];
  /** For each digit blob, left to right: whether a bar runs across its foot (a 2 has one, a 7 none). */
  feet: boolean[];
  /**
   * For each digit blob, left to right: whether its ink stands on both its sides through the
   * middle of its upper half and of its lower half, as a 0's (or an 8's) does, even where a
   * coarse scan opened its hole; a 6 has two sides in its lower half only, a 9 in its upper.
   */
  ovals: boolean[];
  /**
   * For each digit blob, left to right: whether its ink stands on both its sides just below its
   * middle, as a 0, 4, 6 or 8 does (even where a coarse scan opened a 6's bowl); a 5 or 3 has
   * its bowl's right side only there.
   */
  lowerSides: boolean[];
  /** For each digit blob, left to right: whether it is a 0 the scan opened at its top and bottom, two arcs "( )" taken as one. */
  rings: boolean[];
  /**
   * For each digit blob, left to right: whether a flat bar that stood apart under it was joined
   * to it ({@link joinPiece}): the foot of a 2 whose diagonal the scan broke (or a 1's serif).
   */
  footBars: boolean[];
  /** For each digit blob, left to right: its width in pixels. */
  widths: number[];
  /**
   * Whether a digit blob stands nine tenths as wide as tall or wider: a digit with a dot run into
   * its foot (11903's "6.2" as "62"). Of 11903's 1,078 digit-tall blobs in score and id cells,
   * 1,075 stand narrower; the others are that 2 and two already wider than tall.
   */
  squat: boolean;
  /** Whether a digit blob is shorter than the others: a glyph the scan broke, whose reading is not sure. */
  broken: boolean;
  /** Whether a digit is two halves that touched at a corner only, one over the other: sure only when every reading agrees. */
  stacked: boolean;
}

/** Whether every digit's ink is there and its own: none broken, none cut at its waist ({@link NumberGlyphs}). */
export const wholeDigits = (glyphs: NumberGlyphs) => !glyphs.broken && !glyphs.stacked;

interface Blob { x0: number; y0: number; x1: number; y1: number; pixels: number[]; split?: boolean; stacked?: boolean; ring?: boolean; footJoined?: boolean; footBar?: boolean }

/**
 * A coarse 1-bit scan cuts some glyphs across their waist into halves that touch only at a
 * corner (a 3 of "1.3.3", each half too short for a digit): two blobs one right over the other,
 * a pixel apart at most, of about one width (a comma under a digit's edge is far narrower) and
 * sharing half of it or more, are one glyph, marked stacked (its ink is all there, but its
 * halves may not belong together).
 */
function joinStacked(blobs: Blob[]): Blob[] {
  const out = [...blobs];
  const join = (a: Blob, b: Blob): Blob => ({
    x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1),
    pixels: [...a.pixels, ...b.pixels], stacked: true,
  });
  const halves = (a: Blob, b: Blob) => {
    const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
    const narrow = Math.min(a.x1 - a.x0, b.x1 - b.x0);
    return overlap >= 0.5 * narrow && narrow >= 0.6 * Math.max(a.x1 - a.x0, b.x1 - b.x0);
  };
  // The waist may itself be left as a sliver between the halves (its pixels touching each half
  // at a corner only): a piece right under one half and right over the other, within the width
  // of both, joins them. A comma has no digit under it.
  for (const m of [...out]) {
    if (!out.includes(m)) continue; // joined already, as another sliver's half
    const within = (b: Blob) => b !== m && Math.min(b.x1, m.x1) - Math.max(b.x0, m.x0) >= 0.8 * (m.x1 - m.x0);
    const above = out.find((a) => within(a) && m.y0 - a.y1 >= 0 && m.y0 - a.y1 <= 1);
    const below = out.find((b) => within(b) && b.y0 - m.y1 >= 0 && b.y0 - m.y1 <= 1);
    if (!above || !below || !halves(above, below)) continue;
    out.splice(out.indexOf(above), 1, join(join(above, m), below));
    out.splice(out.indexOf(m), 1);
    out.splice(out.indexOf(below), 1);
  }
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i]!, b = out[j]!;
      const gap = Math.max(a.y0 - b.y1, b.y0 - a.y1);
      if (gap > 1 || !halves(a, b)) continue;
      out[i] = join(a, b);
      out.splice(j, 1);
      j = i; // the joined blob may meet another piece
    }
  }
  return out;
}

/**
 * How far a blob's outer side (`left` or `right`) curves in at its top and at its bottom, the
 * lesser of the two, as a share of its height: how much farther in that side's ink begins in
 * the top and bottom tenths of its rows than through its middle third. An arc's outer side
 * curves in at both ends; a 1's flag and foot stand out instead.
 */
function curvesIn(b: Blob, width: number, side: 'left' | 'right'): number {
  const h = b.y1 - b.y0;
  const edge = new Map<number, number>();
  for (const p of b.pixels) {
    const [x, y] = [p % width, Math.floor(p / width) - b.y0];
    const e = edge.get(y);
    if (e === undefined || (side === 'left' ? x < e : x > e)) edge.set(y, x);
  }
  const mean = (from: number, to: number) => {
    const xs = [...edge].filter(([y]) => y >= from * h && y < to * h).map(([, x]) => x);
    return xs.length === 0 ? NaN : xs.reduce((s, x) => s + x, 0) / xs.length;
  };
  const inward = (end: number) => (side === 'left' ? end - mean(1 / 3, 2 / 3) : mean(1 / 3, 2 / 3) - end);
  return Math.min(inward(mean(0, 0.1)), inward(mean(0.9, 1))) / h;
}

/** How far in (a share of its height) an arc's outer side curves at both ends, at least ({@link curvesIn}). */
const ARC_CURVE = 0.08;

/**
 * A coarse 1-bit scan opens some 0s at the top and bottom into two arcs facing each other,
 * "( )", each as tall as a digit and read as another digit ("9"). Two blobs side by side, of
 * one height, each narrow, close together, whose outer sides curve in at both ends are one
 * glyph, marked as such (and split: no reading of it is sure).
 */
function joinArcs(blobs: Blob[], width: number): Blob[] {
  const out = [...blobs].sort((a, b) => a.x0 - b.x0);
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    const h = Math.max(a.y1 - a.y0, b.y1 - b.y0);
    const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
    const gap = b.x0 - a.x1;
    const narrow = (c: Blob) => c.x1 - c.x0 <= 0.45 * h;
    if (overlap < 0.8 * h || gap < 0 || gap > 0.5 * h || !narrow(a) || !narrow(b) || b.x1 - a.x0 > 0.9 * h) continue;
    if (!(curvesIn(a, width, 'left') >= ARC_CURVE && curvesIn(b, width, 'right') >= ARC_CURVE)) continue;
    out.splice(i, 2, {
      x0: a.x0, y0: Math.min(a.y0, b.y0), x1: b.x1, y1: Math.max(a.y1, b.y1),
      pixels: [...a.pixels, ...b.pixels], split: true, ring: true,
    });
  }
  return out;
}

/**
 * Two glyphs a coarse scan joined at their feet only (the serifs of a bold "11" run together
 * into one blob wider than tall, which the OCR reads as nothing): a column of paper through the
 * blob's middle half, from its top down to its lowest sixth, parts them when each side stands
 * as tall as the blob. Each side is a glyph of its own, marked split so that no reading of it
 * is sure. A 0 or a 4 has ink across its middle above its foot (no single digit of the
 * generator's faces, styles and sizes is parted).
 */
function apartAbove(b: Blob, width: number): Blob[] {
  const [w, h] = [b.x1 - b.x0, b.y1 - b.y0];
  if (w < 0.8 * h) return [b];
  const foot = b.y0 + Math.floor((5 * h) / 6);
  const inked = new Uint8Array(w);
  for (const p of b.pixels) if (Math.floor(p / width) < foot) inked[(p % width) - b.x0] = 1;
  let cut = -1;
  for (let x = Math.floor(0.25 * w); x <= Math.ceil(0.75 * w) && cut < 0; x++) if (!inked[x]) cut = b.x0 + x;
  if (cut < 0) return [b];
  const side = (left: boolean): Blob => {
    const pixels = b.pixels.filter((p) => (p % width < cut) === left);
    const xs = pixels.map((p) => p % width);
    const ys = pixels.map((p) => Math.floor(p / width));
    return { x0: Math.min(...xs), x1: Math.max(...xs) + 1, y0: Math.min(...ys), y1: Math.max(...ys) + 1, pixels, split: true, footJoined: true };
  };
  const parts = [side(true), side(false)];
  // Both sides glyphs as tall as the blob: a comma run into a digit's foot ("2.5") stays with it.
  return parts.every((p) => p.y1 - p.y0 >= 0.8 * h) ? parts : [b];
}

/**
 * A coarse 1-bit scan breaks some digits across into pieces none of which is digit-tall (a 5's
 * bar and its bowl): two pieces one over the other, a quarter of the digits' height apart at
 * most, overlapping across, each with some ink, that together stand as tall as the tallest
 * glyph are one glyph, marked split. A comma (under the baseline) with a speck over it is not:
 * each piece holds a twentieth of the tallest glyph's box in ink.
 */
function joinPieces(blobs: Blob[], tallest: number): Blob[] {
  const out = [...blobs];
  const short = (b: Blob) => b.y1 - b.y0 < 0.5 * tallest;
  const inky = (b: Blob) => b.pixels.length >= 0.05 * tallest * tallest;
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (!short(a) || !inky(a)) continue;
    const j = out.findIndex((b) => b !== a && short(b) && inky(b) && b.y0 >= a.y1 && b.y0 - a.y1 <= 0.25 * tallest
      && Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0 && Math.max(a.y1, b.y1) - Math.min(a.y0, b.y0) >= 0.8 * tallest);
    if (j < 0) continue;
    const b = out[j]!;
    out[i] = { x0: Math.min(a.x0, b.x0), y0: a.y0, x1: Math.max(a.x1, b.x1), y1: b.y1, pixels: [...a.pixels, ...b.pixels], split: true };
    out.splice(j, 1);
    i = -1;
  }
  return out;
}

function blobsOf(img: GrayImage): Blob[] {
  const { width, height } = img;
  const label = new Uint8Array(width * height);
  const blobs: Blob[] = [];
  for (let start = 0; start < label.length; start++) {
    if (label[start] || img.data[start]! >= INK) continue;
    const blob: Blob = { x0: width, y0: height, x1: 0, y1: 0, pixels: [] };
    const stack = [start];
    label[start] = 1;
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % width, y = (p - x) / width;
      blob.pixels.push(p);
      blob.x0 = Math.min(blob.x0, x); blob.x1 = Math.max(blob.x1, x + 1);
      blob.y0 = Math.min(blob.y0, y); blob.y1 = Math.max(blob.y1, y + 1);
      for (const q of [x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, p - width, p + width]) {
        if (q < 0 || q >= label.length || label[q] || img.data[q]! >= INK) continue;
        label[q] = 1;
        stack.push(q);
      }
    }
    blobs.push(blob);
  }
  return blobs;
}

/**
 * Whether a glyph of the number in an image touches one of its `sides` (left, right) where it
 * may have lost part of itself: it is shorter than the tallest glyph of its line or narrower
 * than the widest (at 0.8), or none stands beside it to compare with. A whole digit set tight against a
 * narrow column's ruling line (the 2 of 12002's "4.12" in DejaVu Serif) is as wide as its
 * neighbours; a speck at the edge away from the number's line is none of its glyphs.
 */
export function cutAtEdge(img: GrayImage, sides: { left: boolean; right: boolean }): boolean {
  const blobs = blobsOf(img);
  const tallest = Math.max(0, ...blobs.map((b) => b.y1 - b.y0));
  const rowsShared = (a: Blob, b: Blob) => Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0;
  const numberLine = blobs.filter((b) => b.y1 - b.y0 >= 0.5 * tallest);
  return blobs.filter((b) => (sides.left && b.x0 === 0) || (sides.right && b.x1 === img.width)).some((t) => {
    if (!numberLine.some((g) => rowsShared(g, t))) return false;
    const line = blobs.filter((b) => b !== t && rowsShared(b, t));
    const high = Math.max(t.y1 - t.y0, ...line.map((b) => b.y1 - b.y0));
    const widest = Math.max(0, ...line.filter((b) => b.y1 - b.y0 >= 0.8 * high).map((b) => b.x1 - b.x0));
    return t.y1 - t.y0 < 0.8 * high || t.x1 - t.x0 < 0.8 * widest || widest === 0;
  });
}

/**
 * How many glyphs stand side by side in a word's ink: its blobs, counting as one those that
 * share most of their width (a letter and its accent, a glyph the scan split), specks of two
 * pixels or fewer left out. A character the OCR found no ink for shows as one glyph too few.
 */
export function glyphColumns(img: GrayImage): number {
  const blobs = blobsOf(img).filter((b) => b.pixels.length > 2).sort((a, b) => a.x0 - b.x0);
  const columns: { x0: number; x1: number }[] = [];
  for (const b of blobs) {
    const last = columns.at(-1);
    const shared = last ? Math.min(last.x1, b.x1) - Math.max(last.x0, b.x0) : 0;
    if (last && shared >= 0.5 * Math.min(last.x1 - last.x0, b.x1 - b.x0)) last.x1 = Math.max(last.x1, b.x1);
    else columns.push({ x0: b.x0, x1: b.x1 });
  }
  return columns.length;
}

/**
 * The height of a line's glyphs: the upper quartile of the heights of its blobs at least half as
 * tall as the tallest, so that an accent standing apart over a letter does not count, nor a
 * lower-case letter beside the digits.
 */
export function glyphHeight(img: GrayImage): number | null {
  const heights = blobsOf(img).map((b) => b.y1 - b.y0);
  const tall = heights.filter((h) => h >= 0.5 * Math.max(...heights)).sort((a, b) => a - b);
  return tall.length ? tall[Math.floor(0.75 * tall.length)]! : null;
}

/**
 * Looks at a printed number's ink: clears the stray marks around it (blobs much smaller than
 * its digits standing left or right of them, or floating above their middle: a speck, a tone
 * mark of the row above) and counts its digits and whether a comma or dot stands between them.
 * The counts let a reader check an OCR reading against what is printed.
 */
export function numberGlyphs(img: GrayImage): NumberGlyphs {
  const parts = joinArcs(joinStacked(blobsOf(img)), img.width).flatMap((b) => apartAbove(b, img.width));
  const blobs = joinPieces(parts, Math.max(0, ...parts.map((b) => b.y1 - b.y0)));
  const tallest = Math.max(0, ...blobs.map((b) => b.y1 - b.y0));
  const tall = blobs.filter((b) => b.y1 - b.y0 >= tallest * 0.5);
  // A bold comma may be half as tall as the digits, but it starts in their lower half.
  const highest = Math.min(...tall.map((t) => t.y0));
  const digits = tall.filter((b) => b.y0 < highest + 0.5 * tallest);
  if (digits.length === 0) return { image: img, digits: 0, separator: false, pattern: '', marks: 0, stems: [], holes: [], holeHeights: [], feet: [], ovals: [], lowerSides: [], rings: [], footBars: [], widths: [], squat: false, broken: false, stacked: false };
  const top = Math.min(...digits.map((b) => b.y0));
  const bottom = Math.max(...digits.map((b) => b.y1));
  const data = Buffer.from(img.data);
  // A separator stands on the baseline (its top in the digits' lower half) with a digit on each
  // side (its middle between them: a 3's foot may reach back over the dot before it, "4.3");
  // any other small mark is stray or a piece of a digit (told apart once the separators are
  // known, as joining grows a digit). A speck wholly under the digits is no separator.
  const between = (b: Blob) => {
    const middle = (b.x0 + b.x1) / 2;
    return digits.some((d) => d.x1 <= middle) && digits.some((d) => d.x0 >= middle) && !digits.some((d) => d.x0 < middle && d.x1 > middle);
  };
  const marks = blobs.filter((b) => !digits.includes(b) && between(b) && b.y0 > top + (bottom - top) * 0.5 && b.y0 < bottom);
  const least = Math.min(...digits.map((d) => d.pixels.length));
  const [left, right] = [Math.min(...digits.map((d) => d.x0)) - tallest, Math.max(...digits.map((d) => d.x1)) + tallest];
  let astray = false;
  let leftOut = 0;
  for (const b of blobs) {
    if (digits.includes(b) || marks.includes(b) || joinPiece(b, digits, 0.25 * tallest)) continue;
    // Ink as tall or as wide as a third of the digits, as much as a sixth of one, standing among
    // them or beside them is a piece of a digit the scan broke up, not dust: what is read
    // without it is no sure number ("3,5" whose 5 came apart in two, read "3"; 12706's "7.1"
    // whose 7 kept only its top bar, read "1").
    const size = Math.max(b.y1 - b.y0, b.x1 - b.x0);
    astray ||= size >= tallest / 3 && b.pixels.length >= least / 6 && b.y0 < bottom && b.y1 > top
      && b.x1 > left && b.x0 < right;
    if (b.pixels.length >= least / 6) leftOut += b.pixels.length;
    for (const p of b.pixels) data[p] = 255;
  }
  // More ink left out than taken for digits (dust not counted) is a number broken into pieces
  // none of which stands a digit's height but one: 12207's "2,5" as a 2's upper arc, the rest
  // (its foot, the comma, the 5's bar and bowl) dropped, read surely "1".
  astray ||= leftOut > digits.reduce((n, d) => n + d.pixels.length, 0);
  const hanging = hangingComma(digits, img.width);
  const glyph = (b: Blob, c: string) => ({ x0: b.x0, x1: b.x1, c });
  // The comma run into a digit stands just before or after it.
  const at = hanging === null ? [] : [hanging.before ? hanging.digit.x0 - 0.5 : hanging.digit.x1];
  const glyphs = [...digits.map((b) => glyph(b, 'd')), ...marks.map((b) => glyph(b, '.')), ...at.map((x) => ({ x0: x, x1: x, c: '.' }))]
    .sort((a, b) => a.x0 - b.x0);
  // Two digits set apart by more than a third of their height had a dot between them that the
  // scan lost: printed digits of one number stand close ("4.32" keeps its 3 and 2 together).
  const pattern = glyphs.map((g, i) => {
    const next = glyphs[i + 1];
    const apart = next && g.c === 'd' && next.c === 'd' && next.x0 - g.x1 > (bottom - top) / 3;
    return apart ? `${g.c}.` : g.c;
  }).join('');
  const ordered = [...digits].sort((a, b) => a.x0 - b.x0);
  const digitHeight = Math.max(...ordered.map((d) => d.y1 - d.y0));
  const holes = ordered.map((b) => holesOf(b, img.width));
  return {
    image: { data, width: img.width, height: img.height }, digits: digits.length, separator: pattern.includes('.'), pattern,
    marks: marks.length + at.length,
    // A glyph parted from its neighbour's foot is a bold coarse one, whose flag may reach a third
    // of its height: its middle is looked at below that.
    stems: ordered.map((b) => isStem(b, img.width, ordered.length === 1, b.footJoined ? 0.45 : 0.3)),
    holes: holes.map((h) => h.count),
    holeHeights: holes.map((h) => h.tallest),
    feet: ordered.map((b) => hasFoot(b, img.width)),
    ovals: ordered.map((b) => twoSided(b, img.width, 0.25, 0.4) && twoSided(b, img.width, 0.6, 0.75)),
    // (A comma run into a digit's foot stands beside its lower half.) Three rows in four: a
    // serif 3's ball terminal may rise into the lower half of those rows (12605's DejaVu Serif
    // "3" of an option, 200 dpi, never taken surely).
    lowerSides: ordered.map((b) => b !== hanging?.digit && twoSided(b, img.width, 0.55, 0.68, 0.75)),
    rings: ordered.map((b) => b.ring === true),
    footBars: ordered.map((b) => b.footBar === true),
    widths: ordered.map((b) => b.x1 - b.x0),
    squat: ordered.some((b) => b.x1 - b.x0 >= 0.9 * (b.y1 - b.y0)),
    // Printed digits stand equally tall: a shorter one lost a stroke ("5" without its upright
    // reads as 2), and no reading of it is sure; nor of one the scan broke into pieces apart or
    // parted from its neighbour, nor of one wider than tall (two glyphs run together: "3.3"
    // joined by its dot).
    broken: astray || hanging !== null || ordered.some((b) => b.y1 - b.y0 < 0.8 * digitHeight || b.split || b.x1 - b.x0 > 1.1 * (b.y1 - b.y0)),
    stacked: ordered.some((b) => b.stacked),
  };
}

/**
 * A comma run into the foot of a digit (bold print: "4,5" as a 4 and a "5,"): the one digit
 * whose ink hangs below the others' baseline by an eighth of their height or more, the hanging
 * ink narrow (under 0.4 of that height), tops in line. Before the digit when that ink stands
 * under its left half. The glyph is no sure reading (the number is called broken).
 */
function hangingComma(digits: Blob[], width: number): { digit: Blob; before: boolean } | null {
  if (digits.length < 2) return null;
  const top = Math.min(...digits.map((d) => d.y0));
  const baseline = Math.min(...digits.map((d) => d.y1));
  const height = baseline - top;
  const low = digits.filter((d) => d.y1 - baseline >= 0.12 * height);
  if (low.length !== 1 || Math.max(...digits.map((d) => d.y0)) - top > 0.1 * height) return null;
  const digit = low[0]!;
  // (A round digit's bowl dips a little below the baseline: that is no comma.)
  const xs = digit.pixels.filter((p) => Math.floor(p / width) >= baseline + 0.05 * height).map((p) => p % width);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  if (x1 - x0 + 1 > 0.4 * height) return null;
  return { digit, before: (x0 + x1) / 2 < (digit.x0 + digit.x1) / 2 };
}

/**
 * A coarse 1-bit scan breaks thin strokes: a 2's foot comes apart from its curve, a 5's bar
 * from its bowl. A blob right above or below a digit (within `reach`, under half of its width
 * or more) with 15% of its ink or more is a piece of it, not a speck: it joins the digit (box
 * and pixels) and stays. A blob beside a digit is not joined: that is where dust stands.
 */
function joinPiece(piece: Blob, digits: Blob[], reach: number): boolean {
  const near = (d: Blob) => {
    const overlap = Math.min(d.x1, piece.x1) - Math.max(d.x0, piece.x0);
    const dy = Math.max(d.y0 - piece.y1, piece.y0 - d.y1);
    return dy >= 0 && dy <= reach && overlap >= 0.5 * Math.min(piece.x1 - piece.x0, d.x1 - d.x0)
      && piece.pixels.length >= 0.15 * d.pixels.length;
  };
  const digit = digits.find(near);
  if (!digit) return false;
  digit.footBar ||= piece.y0 >= digit.y1 && piece.x1 - piece.x0 > 2 * (piece.y1 - piece.y0);
  digit.pixels.push(...piece.pixels);
  digit.x0 = Math.min(digit.x0, piece.x0); digit.x1 = Math.max(digit.x1, piece.x1);
  digit.y0 = Math.min(digit.y0, piece.y0); digit.y1 = Math.max(digit.y1, piece.y1);
  return true;
}

/**
 * Whether more than `share` (most, by default) of the rows of a blob between two shares of its
 * height (from the top) hold two runs of ink or more, paper between them.
 */
function twoSided(b: Blob, width: number, from: number, to: number, share = 0.5): boolean {
  const w = b.x1 - b.x0 + 1;
  const [y0, y1] = [Math.floor(b.y0 + from * (b.y1 - b.y0)), Math.ceil(b.y0 + to * (b.y1 - b.y0))];
  const rows = new Uint8Array((y1 - y0) * w);
  for (const p of b.pixels) {
    const y = Math.floor(p / width);
    if (y >= y0 && y < y1) rows[(y - y0) * w + (p % width) - b.x0] = 1;
  }
  let sided = 0;
  for (let r = 0; r < y1 - y0; r++) {
    let runs = 0;
    for (let x = 0; x < w; x++) if (rows[r * w + x] && !(x > 0 && rows[r * w + x - 1])) runs++;
    if (runs >= 2) sided++;
  }
  return sided > share * (y1 - y0);
}

/** Whether ink in the lowest eighth of a blob's height spans at least 60% of its width. */
function hasFoot(b: Blob, width: number): boolean {
  const from = b.y1 - (b.y1 - b.y0) / 8;
  let left = Infinity;
  let right = -Infinity;
  for (const p of b.pixels) {
    if (Math.floor(p / width) < from) continue;
    left = Math.min(left, p % width);
    right = Math.max(right, p % width);
  }
  return right - left + 1 >= 0.6 * (b.x1 - b.x0);
}

/**
 * Counts the holes a blob's ink encloses: regions of paper inside its box that do not reach the
 * box's edge (4-connected), ignoring pinholes of a few pixels that toner noise leaves in a stroke.
 * Also gives the tallest one's height as a share of the blob's.
 */
function holesOf(b: Blob, width: number): { count: number; tallest: number } {
  const w = b.x1 - b.x0 + 2;
  const h = b.y1 - b.y0 + 2;
  // A one-pixel frame of paper around the box: every region touching the edge joins it.
  const ink = new Uint8Array(w * h);
  for (const p of b.pixels) ink[(Math.floor(p / width) - b.y0 + 1) * w + (p % width) - b.x0 + 1] = 1;
  const seen = new Uint8Array(w * h);
  const minArea = Math.max(3, Math.round(b.pixels.length * 0.01));
  let holes = -1; // the first region, from the frame's corner (index 0), is the outside
  let tallest = 0;
  for (let start = 0; start < ink.length; start++) {
    if (ink[start] || seen[start]) continue;
    let area = 0;
    let [top, bottom] = [h, 0];
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      area++;
      const x = i % w;
      const y = (i - x) / w;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y + 1);
      for (const j of [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i - w, i + w]) {
        if (j < 0 || j >= ink.length || ink[j] || seen[j]) continue;
        seen[j] = 1;
        stack.push(j);
      }
    }
    if (holes >= 0 && area >= minArea) tallest = Math.max(tallest, (bottom - top) / (h - 2));
    if (holes < 0 || area >= minArea) holes++;
  }
  return { count: holes, tallest };
}

/**
 * Whether a blob is one straight stroke, upright or slanted as in italics: the shape of a 1.
 * In its middle (between the flag and the foot) every row holds a single narrow run of ink,
 * and the runs stand one above the other, or on one slanted line with no bar across the top
 * (as a 7 has). A 4, 0, 6, 8 or 9 has two strokes in the middle, a 2, 3 or 5 a bar or a bowl.
 */
function isStem(b: Blob, width: number, lone: boolean, from = 0.3): boolean {
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  const rows = new Map<number, number[]>();
  for (const p of b.pixels) {
    const y = Math.floor(p / width);
    const xs = rows.get(y);
    if (xs) xs.push(p % width);
    else rows.set(y, [p % width]);
  }
  const run = (y: number) => {
    const xs = (rows.get(y) ?? []).sort((a, c) => a - c);
    return xs.length === 0 ? null : { single: xs.at(-1)! - xs[0]! + 1 === xs.length, width: xs.length, centre: (xs[0]! + xs.at(-1)!) / 2 };
  };
  const ys: number[] = [];
  const centres: number[] = [];
  const widths: number[] = [];
  for (let y = b.y0 + Math.round(h * from); y < b.y0 + Math.round(h * 0.75); y++) {
    const r = run(y);
    if (!r || !r.single) return false;
    ys.push(y);
    centres.push(r.centre);
    widths.push(r.width);
  }
  if (ys.length < 2) return false;
  const upright = Math.max(...centres) - Math.min(...centres) <= 0.12 * w;
  // A blob three times as tall as it is wide can only be a 1, whatever its flag and foot: a
  // coarse scan thickens a 1's stem up to that whole width, where the flag meets it (no other
  // digit is over twice as tall as wide). Alone, or upright: two such blobs may be the halves of
  // a 0 the scan broke, but those curve (a 240 dpi "11" of a day, 11803, its stems 5 of 7 px).
  if (h >= 3 * w && (lone || upright)) return true;
  if (widths.some((x) => x > 0.65 * w)) return false;
  if (upright) return true;
  for (let y = b.y0; y < b.y0 + Math.max(1, Math.round(h * 0.15)); y++) {
    const r = run(y);
    if (r && r.width > 0.8 * w) return false;
  }
  // Slanted: the straight line through the runs' centres; a curve or a bend strays from it.
  const n = ys.length;
  const my = ys.reduce((a, y) => a + y, 0) / n;
  const mc = centres.reduce((a, c) => a + c, 0) / n;
  const slope = ys.reduce((a, y, i) => a + (y - my) * (centres[i]! - mc), 0) / ys.reduce((a, y) => a + (y - my) ** 2, 0);
  const straight = centres.every((c, i) => Math.abs(c - (mc + slope * (ys[i]! - my))) <= 0.08 * w + 0.5);
  return straight && Math.abs(slope) <= 0.3;
}

/**
 * How many upright strokes the roman numeral of a quarter and its year ("III/2018;") holds,
 * counted on its ink: the slash is the first glyph that leans right, the year's digits (three
 * at least: a coarse scan breaks a 2's foot away) after it, and every glyph before it is the
 * numeral, whose columns inked through three quarters of its height are its strokes (the
 * serifs of I's set close run together, which the OCR reads as "H" or "[H"). Null when the
 * ink is not built so, or the numeral is wider than its strokes make it (an IV).
 */
export function romanStrokes(img: GrayImage): number | null {
  const found = slashOf(img);
  const { glyphs } = found;
  // A last I run into the slash by its serif (13404's 200 dpi 1-bit "III/2018", read "iH/2018")
  // makes one glyph of the two, wider than an I, before the year's four digits: the numeral is
  // every glyph before those, and the slash's columns are none of them inked through three
  // quarters of its height.
  const last = glyphs.at(-5);
  const joined = found.slash < 0 && last !== undefined && last.x1 - last.x0 >= 0.6 * (last.y1 - last.y0);
  const slash = joined ? glyphs.length - 4 : found.slash;
  if (slash < 0 || glyphs.length - slash - 1 < 3) return null;
  const numeral = glyphs.slice(0, slash);
  const x0 = numeral[0]!.x0;
  const x1 = Math.max(...numeral.map((b) => b.x1));
  const top = Math.min(...numeral.map((b) => b.y0));
  const bottom = Math.max(...numeral.map((b) => b.y1));
  const inked = new Uint16Array(x1 - x0);
  for (const b of numeral) for (const p of b.pixels) inked[(p % img.width) - x0]!++;
  let strokes = 0;
  for (let x = 0; x < inked.length; x++) {
    const tall = inked[x]! >= 0.75 * (bottom - top);
    if (tall && (x === 0 || inked[x - 1]! < 0.75 * (bottom - top))) strokes++;
  }
  // An I with its serifs is about half as wide as it is tall; a V beside one is wider still.
  // (The slash run into it leans across about half of its height more.)
  if (strokes < 1 || strokes > 3 || x1 - x0 > (0.7 * strokes + 0.1 + (joined ? 0.5 : 0)) * (bottom - top)) return null;
  return strokes;
}

/**
 * Whether a blob is a slash: its ink in its top quarter stands right of its ink in its bottom
 * quarter by a fifth of its height, and its rows are thin (a 7 leans too, under a wide bar).
 */
function leansRight(b: Blob, width: number): boolean {
  const h = b.y1 - b.y0;
  const inRows = (from: number, to: number) => b.pixels.filter((p) => { const y = Math.floor(p / width); return y >= from && y < to; }).map((p) => p % width);
  const meanX = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const top = inRows(b.y0, b.y0 + h / 4);
  return meanX(top) - meanX(inRows(b.y1 - h / 4, b.y1)) >= 0.2 * h && top.length / (h / 4) <= 0.3 * h;
}

/**
 * The glyphs of a document number printed before its slash ("128/BC-UBND"), as
 * {@link numberGlyphs} sees them: the ink left of the first glyph that is a slash. Null when
 * no glyph is.
 */
export function glyphsBeforeSlash(img: GrayImage): NumberGlyphs | null {
  const { glyphs, slash } = slashOf(img);
  return slash < 0 ? null : numberGlyphs(cropCell(img, [0, 0, glyphs[slash]!.x0, img.height]));
}

/**
 * A word's glyphs (blobs at least 0.6 as tall as the tallest) left to right, and the index of
 * the first glyph after the first that is a slash (-1: none).
 */
function slashOf(img: GrayImage): { glyphs: Blob[]; slash: number } {
  const blobs = blobsOf(img).sort((a, b) => a.x0 - b.x0);
  const tallest = Math.max(0, ...blobs.map((b) => b.y1 - b.y0));
  const glyphs = blobs.filter((b) => b.y1 - b.y0 >= 0.6 * tallest);
  return { glyphs, slash: glyphs.findIndex((g, i) => i > 0 && leansRight(g, img.width)) };
}
