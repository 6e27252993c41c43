import type { GrayImage } from './gray.ts';
import type { Grid, GridCell } from './grid.ts';

/** How far (share of the page width) this page's table may stand from the previous page's. */
const SHIFT = 0.02;
/** Share of the page from the top where text may cross the column lines: a repeated header row. */
const HEADER_SHARE = 0.15;
/** Rows of a column counted as paper although they hold this much ink (dust). */
const DUST = 1;

/**
 * Fallback for a table page whose ruling lines the scan lost (thin lines at 150 dpi, 1-bit):
 * the previous page's column lines (`cols`, in pixels), moved as one to where this page's
 * white gutters are, and rows cut at the wider white gaps of the title column (`titleCol`):
 * the space between two cells (both paddings and the lost line) is wider than the leading
 * between the lines of one cell, and above each id of the id column (`idCol`, -1 for none).
 * A column whose ink crosses a cut keeps one cell across it.
 * Null when the page's text does not fit the columns.
 */
export function gridFromLayout(bin: GrayImage, cols: number[], titleCol: number, idCol = -1): Grid | null {
  const { width: w, height: h } = bin;
  // Text standing on column x, below the top of the page, where a repeated header row's words
  // ("Điểm tự chấm" set large) may run over the lines.
  const text = textInkColumns(bin, Math.round(HEADER_SHARE * h));
  const textAt = (x: number) => text[x]!;
  // The shift that leaves the inner column lines clear of text.
  const range = Math.round(SHIFT * w);
  let best = { dx: 0, ink: Infinity };
  for (let dx = -range; dx <= range; dx++) {
    const inner = cols.slice(1, -1).map((x) => x + dx);
    if (inner.some((x) => x < 4 || x >= w - 4)) continue;
    const ink = inner.reduce((sum, x) => sum + textAt(x - 1) + textAt(x) + textAt(x + 1), 0);
    if (ink < best.ink || (ink === best.ink && Math.abs(dx) < Math.abs(best.dx))) best = { dx, ink };
  }
  const xs = cols.map((x) => Math.min(w - 1, Math.max(0, x + best.dx)));
  // Text crossing the column lines means the columns do not fit this page.
  if (best.ink > 0.01 * h * (xs.length - 2)) return null;

  const { rows, atIds } = cutRows(bin, xs, titleCol, idCol);
  if (rows.length < 2) return null;
  const cells: GridCell[] = [];
  for (let c = 0; c + 1 < xs.length; c++) {
    const [x0, x1] = [xs[c]! + 3, xs[c + 1]! - 3];
    let top = 0;
    for (let r = 0; r + 1 < rows.length; r++) {
      const cut = rows[r + 1]!;
      // A cell of this column that runs on across the cut (a long evidence text) stays whole;
      // no cell runs on past the next id, as no row of a ruled table does.
      const crossed = r + 2 < rows.length && !atIds.has(cut) && rowInk(bin, x0, x1, cut - 1, cut + 2) > DUST;
      if (crossed) continue;
      cells.push({ row: top, col: c, rowSpan: r + 1 - top, colSpan: 1, bbox: [x0, rows[top]! + 1, x1, cut - 1] });
      top = r + 1;
    }
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { rows, cols: xs, cells };
}

/**
 * Per x, the rows of text ink from `y0` down: ink with more ink 3 px beside it and 3 px above
 * or below it. What is left of ruling lines (thin runs either way, the dots where they
 * crossed) and dust do not count.
 */
export function textInkColumns(bin: GrayImage, y0: number): Uint32Array {
  const { data, width: w, height: h } = bin;
  const ink = new Uint32Array(w);
  for (let y = Math.max(3, y0); y < h - 3; y++) {
    for (let x = 3, i = y * w + 3; x < w - 3; x++, i++) {
      if (data[i] === 0 && (data[i - 3] === 0 || data[i + 3] === 0) && (data[i - 3 * w] === 0 || data[i + 3 * w] === 0)) ink[x]!++;
    }
  }
  return ink;
}

function rowInk(bin: GrayImage, x0: number, x1: number, y0: number, y1: number): number {
  let n = 0;
  for (let y = Math.max(0, y0); y < Math.min(bin.height, y1); y++) {
    for (let x = x0; x < x1; x++) if (bin.data[y * bin.width + x] === 0) n++;
  }
  return n;
}

/** White gaps (at least 3 rows of paper) between the ink of a column, by their middle and size. */
function gapsOf(bin: GrayImage, x0: number, x1: number): { first: number; last: number; gaps: { y: number; size: number }[] } {
  const gaps: { y: number; size: number }[] = [];
  let first = -1;
  let last = -1;
  for (let y = 0, start = -1; y < bin.height; y++) {
    // A row inked almost across the column is what is left of a ruling line: paper for this.
    const ink = rowInk(bin, x0, x1, y, y + 1);
    if (ink <= DUST || ink > 0.85 * (x1 - x0)) {
      if (start < 0) start = y;
      continue;
    }
    if (first < 0) first = y;
    else if (start >= 0 && y - start >= 3) gaps.push({ y: Math.round((start + y) / 2), size: y - start });
    start = -1;
    last = y;
  }
  return { first, last, gaps };
}

/**
 * Row lines from the title column's text: the middles of its white gaps wider than the leading
 * between the lines of one cell, plus the top and bottom of its ink. The leading is the
 * narrowest common gap of all columns that is well under a line's height (gaps of 3 rows or
 * less part a letter from its tone mark; one-line option rows make the space between cells
 * more common than the leading); with no multi-line cell, a fifth of a line's height.
 */
function cutRows(bin: GrayImage, xs: number[], titleCol: number, idCol: number): { rows: number[]; atIds: Set<number> } {
  const columns = xs.slice(0, -1).map((x, c) => gapsOf(bin, x + 3, xs[c + 1]! - 3));
  const { first, last, gaps } = columns[titleCol]!;
  if (first < 0) return { rows: [], atIds: new Set() };
  const heights = linesOf(columns[titleCol]!).map((l) => l.height).sort((a, b) => a - b);
  const lineHeight = heights[heights.length >> 1]!;
  const counts = new Map<number, number>();
  for (const column of columns) {
    for (const g of column.gaps) counts.set(g.size, (counts.get(g.size) ?? 0) + 1);
  }
  const most = Math.max(0, ...counts.values());
  const leading = [...counts].filter(([size, n]) => size > 3 && size < 0.6 * lineHeight && n >= Math.max(3, most / 10))
    .sort((a, b) => a[0] - b[0])[0]?.[0] ?? lineHeight / 5;
  const threshold = Math.max(leading * 1.4, leading + 2);
  const cuts = new Set(gaps.filter((g) => g.size > threshold).map((g) => g.y));
  // Each id starts a row, however close its title stands to the one above (two-line titles
  // set with the leading of their lines): the title's gap just above the id's top is a cut,
  // or where the title's lines touch (tone marks fill the gap), their row of least ink.
  const ids = idCol >= 0 ? linesOf(columns[idCol]!) : [];
  const digitHeight = Math.max(0, ...ids.map((l) => l.height));
  const [x0, x1] = [xs[titleCol]! + 3, xs[titleCol + 1]! - 3];
  const atIds = new Set<number>();
  for (const { top, height } of ids) {
    // Dust is smaller than digits; the first id starts the table's first row anyway.
    if (height < 0.6 * digitHeight || top < first + digitHeight) continue;
    const above = gaps.filter((g) => g.y <= top + 2 && g.y >= top - digitHeight).at(-1);
    let cut = above?.y ?? top - 2;
    if (!above) for (let y = top - digitHeight; y <= top; y++) if (rowInk(bin, x0, x1, y, y + 1) < rowInk(bin, x0, x1, cut, cut + 1)) cut = y;
    cuts.add(cut);
    atIds.add(cut);
  }
  return { rows: [Math.max(0, first - 4), ...[...cuts].sort((a, b) => a - b), Math.min(bin.height - 1, last + 4)], atIds };
}

/** A column's lines of ink: where each starts and how tall it is. */
function linesOf({ first, last, gaps }: ReturnType<typeof gapsOf>): { top: number; height: number }[] {
  if (first < 0) return [];
  const tops = [first, ...gaps.map((g) => g.y + Math.ceil(g.size / 2))];
  const bottoms = [...gaps.map((g) => g.y - Math.floor(g.size / 2)), last + 1];
  return tops.map((top, i) => ({ top, height: bottoms[i]! - top }));
}
