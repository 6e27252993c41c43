import { isCoarse, type BBox, type GrayImage } from './gray.ts';
import { lineMask } from './binarise.ts';

/** One cell of a table, possibly merged across several grid rows or columns. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** The cell's inside, clear of its ruling lines. */
  bbox: BBox;
}

/** A table's ruling: line centres, and its cells in reading order. */
export interface Grid {
  /** y of each horizontal ruling line, top to bottom (rows.length - 1 grid rows). */
  rows: number[];
  /** x of each vertical ruling line, left to right (cols.length - 1 grid columns). */
  cols: number[];
  cells: GridCell[];
}

/** A ruling line: its centre and the extent of its thickness across it. */
interface Rule {
  pos: number;
  from: number;
  to: number;
}

/** Options of {@link findGrid}. */
export interface GridOptions {
  /** Breaks in a line up to this many pixels (noise, faint toner) are bridged. Default 3. */
  maxGap?: number;
  /**
   * Shortest unbroken stretch that counts towards a line. Default: width / 25 (~100 px at
   * 300 dpi), longer than any run of ink in a row of text, even bold serif text.
   */
  minRun?: number;
}

/**
 * Finds a ruled table's lines in a binarised page (0 = ink) and its cells, merged cells
 * included: a missing stretch of vertical line between two neighbouring cells merges them
 * across, a missing stretch of horizontal line merges them down. Null when the page has
 * fewer than two long lines each way. Expects a deskewed page (±1 px drift per line tolerated).
 */
export function findGrid(bin: GrayImage, opts: GridOptions = {}): Grid | null {
  const { width: w, height: h } = bin;
  const gap = opts.maxGap ?? 3;
  const minRun = opts.minRun ?? Math.max(40, Math.round(w / 25));
  const data = new Uint8Array(bin.data.buffer, bin.data.byteOffset, bin.data.length);
  const ink = (x: number, y: number): boolean => data[y * w + x] === 0;
  // A pixel row belongs to a line when its long ink runs cover a quarter of the page width.
  const hRules = mergeRules(ruledRows(data, w, h, gap, minRun, w / 4)).filter((rule) => !underText(rule, data, w, h));
  if (hRules.length < 2) return null;
  const top = hRules[0]!.pos;
  const bottom = hRules.at(-1)!.pos;
  const vRules = mergeRules(ruledColumns(data, w, top, bottom + 1, gap, minRun / 2, (bottom - top) * 0.4));
  if (vRules.length < 2) return null;

  const nr = hRules.length - 1;
  const nc = vRules.length - 1;
  // open[r][c]: whether the unit cell (r, c) joins its right / lower neighbour.
  const openRight = (r: number, c: number): boolean =>
    coverage(vRules[c + 1]!, hRules[r]!.to + 2, hRules[r + 1]!.from - 2, (a, y) => ink(a, y)) < 0.6;
  const openDown = (r: number, c: number): boolean =>
    coverage(hRules[r + 1]!, vRules[c]!.to + 2, vRules[c + 1]!.from - 2, (a, x) => ink(x, a)) < 0.6;

  const owner = new Int32Array(nr * nc).fill(-1);
  const cells: GridCell[] = [];
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (owner[r * nc + c] !== -1) continue;
      // Flood the unit cells joined to this one; the cell is their bounding box.
      const id = cells.length;
      const stack = [[r, c] as const];
      owner[r * nc + c] = id;
      let [r0, r1, c0, c1] = [r, r, c, c];
      while (stack.length) {
        const [ur, uc] = stack.pop()!;
        r0 = Math.min(r0, ur); r1 = Math.max(r1, ur); c0 = Math.min(c0, uc); c1 = Math.max(c1, uc);
        const next: (readonly [number, number])[] = [];
        if (uc + 1 < nc && openRight(ur, uc)) next.push([ur, uc + 1]);
        if (uc > 0 && openRight(ur, uc - 1)) next.push([ur, uc - 1]);
        if (ur + 1 < nr && openDown(ur, uc)) next.push([ur + 1, uc]);
        if (ur > 0 && openDown(ur - 1, uc)) next.push([ur - 1, uc]);
        for (const [nr2, nc2] of next) {
          if (owner[nr2 * nc + nc2] !== -1) continue;
          owner[nr2 * nc + nc2] = id;
          stack.push([nr2, nc2]);
        }
      }
      const inset = 2;
      cells.push({
        row: r0, col: c0, rowSpan: r1 - r0 + 1, colSpan: c1 - c0 + 1,
        bbox: [vRules[c0]!.to + 1 + inset, hRules[r0]!.to + 1 + inset, vRules[c1 + 1]!.from - inset, hRules[r1 + 1]!.from - inset],
      });
    }
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { rows: hRules.map((l) => l.pos), cols: vRules.map((l) => l.pos), cells };
}

/**
 * Rows `y` of the image that are ruling: after bridging gaps of `gap` pixels, their ink runs of
 * `minRun` or more add up to `minTotal`. A pixel counts as ink when it or a pixel above or below
 * it is, which tolerates ±1 px of drift along a line.
 */
function ruledRows(data: Uint8Array, w: number, h: number, gap: number, minRun: number, minTotal: number): number[] {
  const hits: number[] = [];
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const up = y > 0 ? row - w : row;
    const down = y + 1 < h ? row + w : row;
    let total = 0;
    let runStart = -1;
    let lastInk = -1e9;
    for (let x = 0; x < w; x++) {
      if (data[row + x] !== 0 && data[up + x] !== 0 && data[down + x] !== 0) continue;
      if (x - lastInk > gap + 1) {
        if (runStart >= 0 && lastInk - runStart >= minRun) total += lastInk - runStart;
        runStart = x;
      }
      lastInk = x;
    }
    if (runStart >= 0 && lastInk - runStart >= minRun) total += lastInk - runStart;
    if (total >= minTotal) hits.push(y);
  }
  return hits;
}

/**
 * Columns `x` that are ruling between rows `from` and `to`, by the rule of {@link ruledRows}
 * (a pixel counts as ink when it or its left or right neighbour is). Scans row by row,
 * keeping each column's run state, so memory is read in order.
 */
function ruledColumns(data: Uint8Array, w: number, from: number, to: number, gap: number, minRun: number, minTotal: number): number[] {
  const total = new Float64Array(w);
  const runStart = new Float64Array(w).fill(-1);
  const lastInk = new Float64Array(w).fill(-1e9);
  for (let y = from; y < to; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      if (data[row + x] !== 0 && (x === 0 || data[row + x - 1] !== 0) && (x + 1 === w || data[row + x + 1] !== 0)) continue;
      if (y - lastInk[x]! > gap + 1) {
        if (runStart[x]! >= 0 && lastInk[x]! - runStart[x]! >= minRun) total[x]! += lastInk[x]! - runStart[x]!;
        runStart[x] = y;
      }
      lastInk[x] = y;
    }
  }
  const hits: number[] = [];
  for (let x = 0; x < w; x++) {
    if (runStart[x]! >= 0 && lastInk[x]! - runStart[x]! >= minRun) total[x]! += lastInk[x]! - runStart[x]!;
    if (total[x]! >= minTotal) hits.push(x);
  }
  return hits;
}

/** Of a rule's inked length, the share with ink right above it (or below) in every pixel row this far off. */
const TEXT_SIDE = 0.4;

/**
 * Whether a horizontal rule is the foot (or top) of a line of text rather than a ruling line:
 * a coarse scan's bold header row, its serifs run together, makes a long stretch of ink along
 * its baseline (13002's "STT Lĩnh vực/Tiêu chí … Điểm Điểm Điểm Tài liệu kiểm chứng" at 150
 * dpi, which cut the header row in two). Above a text's foot its letters' stems stand in every
 * pixel row up to the x-height; along a ruling line, the rows beside it are white but where a
 * glyph or another line crosses (under 0.2 in the generator's reports; at most 0.05 a few
 * pixels off). Looked at from 2 px off up to about a small letter's height (a 180th of the page width).
 */
function underText(rule: Rule, data: Uint8Array, w: number, h: number): boolean {
  const reach = Math.max(3, Math.round(w / 180));
  const along: number[] = [];
  for (let x = 0; x < w; x++) {
    for (let y = rule.from; y <= rule.to; y++) {
      if (data[y * w + x] === 0) { along.push(x); break; }
    }
  }
  const side = (sign: -1 | 1) => {
    let least = 1;
    for (let d = 2; d <= reach; d++) {
      const y = sign < 0 ? rule.from - d : rule.to + d;
      if (y < 0 || y >= h) return 0;
      least = Math.min(least, along.filter((x) => data[y * w + x] === 0).length / along.length);
    }
    return least;
  };
  return along.length > 0 && (side(-1) >= TEXT_SIDE || side(1) >= TEXT_SIDE);
}

/** Neighbouring ruling rows (or columns) merge into one thick rule. */
function mergeRules(hits: number[]): Rule[] {
  const rules: Rule[] = [];
  for (const i of hits) {
    const last = rules.at(-1);
    if (last && i - last.to <= 2) last.to = i;
    else rules.push({ pos: i, from: i, to: i });
  }
  // The ±1 px dilation used to tolerate drift widened each line by one pixel per side.
  for (const r of rules) {
    if (r.to - r.from >= 2) { r.from += 1; r.to -= 1; }
    r.pos = Math.round((r.from + r.to) / 2);
  }
  return rules;
}

/** Share of positions `a` in [from, to) where the rule has ink somewhere across its thickness. */
function coverage(rule: Rule, from: number, to: number, ink: (across: number, along: number) => boolean): number {
  if (to <= from) return 1;
  let hit = 0;
  for (let a = from; a < to; a++) {
    for (let k = rule.from - 1; k <= rule.to + 1; k++) {
      if (ink(k, a)) { hit++; break; }
    }
  }
  return hit / (to - from);
}

/**
 * The grid of a straightened scan (`gray`) and its binarised image. When none is found, or the
 * scan is coarse (under 200 dpi), the lines may be faint or broken: every pixel darker than the
 * paper counts, and lines a coarse 1-bit scan broke into dashes are drawn through (without
 * that, a page whose lines are partly dashes gives a grid of a few rows and columns, and rows of
 * values merge: 11401's page 4 gave 3 columns and lost three criteria). The bridged grid is
 * taken when it finds more columns: drawn-through dashes also make a line or two of text look
 * ruled, so rows alone do not tell.
 */
export function findScanGrid(gray: GrayImage, bin: GrayImage, dpi: number): Grid | null {
  const plain = findGrid(bin);
  const bridged = !plain || isCoarse(dpi) ? findGrid(bridgeDottedRules(lineMask(gray), Math.round(dpi / 16))) : null;
  return bridged && (!plain || bridged.cols.length > plain.cols.length) ? bridged : plain;
}

/**
 * A copy of a binarised page (0 = ink) whose dotted ruling lines are drawn through, for
 * {@link findGrid} only: a 1-px line of a coarse 1-bit scan breaks into dashes with gaps wider
 * than any break `findGrid` bridges. A dotted line is a band of one or two pixel rows (or
 * columns) holding ink along a fifth of the page or more, with next to none beside it, where
 * a line of text spreads its ink over many rows. Within such a band, gaps of up to `gap`
 * pixels between ink are filled.
 */
export function bridgeDottedRules(bin: GrayImage, gap: number): GrayImage {
  const { width: w, height: h } = bin;
  const data = new Uint8Array(bin.data.buffer, bin.data.byteOffset, bin.data.length);
  const out = Buffer.from(data);
  const rowInk = new Float64Array(h);
  const colInk = new Float64Array(w);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (data[y * w + x] === 0) { rowInk[y]!++; colInk[x]!++; }
    }
  }
  for (const i of thinBands(rowInk, w)) {
    const at = rowInk[i]! >= rowInk[i + 1]! ? i : i + 1;
    fillGaps(w, gap, (x) => data[i * w + x] === 0 || data[(i + 1) * w + x] === 0, (x) => { out[at * w + x] = 0; });
  }
  for (const i of thinBands(colInk, h)) {
    const at = colInk[i]! >= colInk[i + 1]! ? i : i + 1;
    fillGaps(h, gap, (y) => data[y * w + i] === 0 || data[y * w + i + 1] === 0, (y) => { out[y * w + at] = 0; });
  }
  return { data: out, width: w, height: h };
}

/**
 * Starts of the two-pixel bands whose ink covers a fifth of `length` with next to none on
 * either side (a row of serif feet has the letters' stems above it).
 */
function thinBands(ink: Float64Array, length: number): number[] {
  const bands: number[] = [];
  for (let i = 2; i + 3 < ink.length; i++) {
    const band = ink[i]! + ink[i + 1]!;
    if (band >= length / 5 && Math.max(ink[i - 2]!, ink[i + 3]!) <= band / 6 && band >= ink[i - 1]! + ink[i]! && band > ink[i + 1]! + ink[i + 2]!) bands.push(i);
  }
  return bands;
}

/** Calls `fill` on every position of a gap of at most `gap` between two inked positions. */
function fillGaps(length: number, gap: number, inked: (i: number) => boolean, fill: (i: number) => void): void {
  let last = -1;
  for (let i = 0; i < length; i++) {
    if (!inked(i)) continue;
    if (last >= 0 && i - last - 1 <= gap) for (let k = last; k <= i; k++) fill(k);
    else fill(i);
    last = i;
  }
}
