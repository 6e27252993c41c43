import { gridFromLayout, spans, textInkColumns, type GrayImage, type Grid, type GridCell } from '../image/index.ts';
import type { OcrEngine, OcrWord } from '../ocr/index.ts';
import { fold } from '../text/index.ts';
import { roleOfHeader } from './columns.ts';

/** A table read without its lines has at least this many columns (STT, title, two scores, evidence). */
const MIN_COLUMNS = 5;
/** Where a page's body starts (its title block above): where a table's gutters are looked for. */
const BODY_SHARE = 0.4;

/**
 * Whether the body of a page has the white gutters of a table's columns: at least
 * `MIN_COLUMNS - 1` runs of paper at least 1/200 of the page wide (1 mm of an A4 page) going
 * down each half of the body between its text, where prose has none, and text on a tenth of
 * each half's rows at least (a cover letter's lower half, a signature's name in it, is white
 * enough to show gutters anywhere). A cheap look, before any OCR, at a page that shows no
 * ruling line.
 */
export function hasColumnGutters(bin: GrayImage): boolean {
  const { height: h } = bin;
  // Both halves of the body, apart: a letter's signature block stands in columns too, under prose.
  const middle = Math.round(((1 + BODY_SHARE) / 2) * h);
  return gutterCount(bin, Math.round(BODY_SHARE * h), middle) >= MIN_COLUMNS - 1 && gutterCount(bin, middle, h) >= MIN_COLUMNS - 1;
}

function gutterCount(bin: GrayImage, y0: number, y1: number): number {
  const { data, width: w } = bin;
  const ink = new Uint32Array(w);
  let textRows = 0;
  for (let y = y0; y < y1; y++) {
    let row = 0;
    for (let x = 0, i = y * w; x < w; x++, i++) if (data[i] === 0) { ink[x]!++; row++; }
    if (row >= w / 100) textRows++;
  }
  if (textRows < (y1 - y0) / 10) return 0;
  // A couple of rows of ink are dust.
  const first = ink.findIndex((n) => n > 2);
  if (first < 0) return 0;
  let last = w - 1;
  while (last > first && ink[last]! <= 2) last--;
  return whiteRuns(ink, first, last).filter(([a, b]) => b - a >= w / 200).length;
}

/** The runs [start, end) of x in [from, to) where `ink` holds two rows of ink at most (dust). */
function whiteRuns(ink: Uint32Array, from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let x = from, start = -1; x <= to; x++) {
    if (x < to && ink[x]! <= 2) {
      if (start < 0) start = x;
    } else if (start >= 0) {
      runs.push([start, x]);
      start = -1;
    }
  }
  return runs;
}

const top = (w: OcrWord) => w.bbox[1];
/**
 * An id as the page-wide reading gives it, specks around it and a dot read as a comma
 * (13102's "1...", "1,1", "ˆ.1.1.1_" at 200 dpi 1-bit): digits and dots, no letter.
 */
const idLike = (text: string) => !/\p{L}/u.test(text) && /^\d+(?:\.\d+)*$/.test(text.replace(/,/g, '.').replace(/^\D+|\D+$/g, ''));

/**
 * Header cells (x spans, in order) with each two that text of the rows below (`ink`) crosses
 * at every x between them joined: one cell whose words are set wide apart ("Tài liệu   kiểm
 * chứng" at 200 dpi), not two columns, which stand apart all the way down.
 */
function joinCrossed(cells: [number, number][], ink: Uint32Array): [number, number][] {
  const out: [number, number][] = [];
  for (const cell of cells) {
    const last = out.at(-1);
    if (last && whiteRuns(ink, last[1], cell[0]).length === 0) last[1] = cell[1];
    else out.push([...cell]);
  }
  return out;
}

/**
 * The word with its box cut to its letters and digits: a speck read as a mark at a word's end
 * widens its box into the next column (12301's ",châm" by 3 px over "chuẩn", its neighbour).
 */
function withoutMarks(word: OcrWord): OcrWord {
  const kept = word.symbols?.filter((c) => /[\p{L}\d]/u.test(c.text));
  if (!kept?.length) return word;
  return { ...word, bbox: [kept[0]!.x0, word.bbox[1], kept.at(-1)!.x1, word.bbox[3]] };
}

/** The items in groups, two items `together` in one group, and so on through each group. */
function groups<T>(items: T[], together: (a: T, b: T) => boolean): T[][] {
  const group = items.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) if (together(items[i]!, items[j]!)) group[root(j)] = root(i);
  }
  const out = new Map<number, T[]>();
  items.forEach((item, i) => out.set(root(i), [...(out.get(root(i)) ?? []), item]));
  return [...out.values()];
}

/**
 * The grid of a first table page printed or scanned without any ruling line, with no page
 * before it to take the columns from: the page is read once (the fast model: only the words'
 * places and the header's names matter), the header row is found by its "STT", and its words
 * make the columns: a column line stands in the white between two header cells, where the
 * rows below leave it white too. The rows are cut from the text as on a page that lost its
 * lines; the text above the header row (the report's title) is left out of the grid. Null when
 * no header row with five columns or more is read.
 */
export async function gridFromHeaderRow(ocr: OcrEngine, bin: GrayImage): Promise<Grid | null> {
  const { words } = await ocr.recognize(bin, { mode: 'text', fast: true });
  // The header row ends above the first id printed under "STT".
  const firstIdUnder = (stt: OcrWord) => {
    const height = stt.bbox[3] - stt.bbox[1];
    const under = (w: OcrWord) => w.bbox[0] < stt.bbox[2] + height && w.bbox[2] > stt.bbox[0] - height;
    return words.filter((w) => top(w) > stt.bbox[3] && under(w) && idLike(w.text)).sort((a, b) => top(a) - top(b))[0];
  };
  // The topmost "STT" with an id under it: a speck above the header read as one ("tt" in 13102's
  // annex title line, 6 px tall) has none.
  const [stt, firstId] = words.filter((w) => roleOfHeader(w.text) === 'id').sort((a, b) => top(a) - top(b))
    .map((w) => [w, firstIdUnder(w)] as const).find(([, id]) => id !== undefined) ?? [];
  if (!stt || !firstId) return null;
  const height = stt.bbox[3] - stt.bbox[1];
  const headerTop = top(stt) - height / 2;
  // Its words (marks and specks read as words left out) make its cells: words of one line a
  // space apart, and words of its lines standing one over the other ("Điểm" over "chuẩn") by
  // half the narrower one's width at least (12301's ",châm", a speck read into its box, stood
  // over the next column's "chuẩn" by 3 px).
  const header = words.filter((w) => top(w) >= headerTop && w.bbox[3] <= top(firstId) && /[\p{L}\d]{2}/u.test(w.text)).map(withoutMarks);
  const sameLine = (a: OcrWord, b: OcrWord) => Math.min(a.bbox[3], b.bbox[3]) - Math.max(a.bbox[1], b.bbox[1]) > height / 2;
  const width = (w: OcrWord) => w.bbox[2] - w.bbox[0];
  const together = (a: OcrWord, b: OcrWord) => (sameLine(a, b)
    ? Math.max(a.bbox[0], b.bbox[0]) - Math.min(a.bbox[2], b.bbox[2]) < height / 3
    : Math.min(a.bbox[2], b.bbox[2]) - Math.max(a.bbox[0], b.bbox[0]) > Math.min(width(a), width(b)) / 2);
  const ink = textInkColumns(bin, top(firstId));
  const cellsOf = (joined: (a: OcrWord, b: OcrWord) => boolean) =>
    joinCrossed(spans(groups(header, joined).map((g) => [Math.min(...g.map((w) => w.bbox[0])), Math.max(...g.map((w) => w.bbox[2]))]), 0), ink);
  // A coarse scan's narrow score columns may stand no more than a word space apart (12301's
  // "chấm" and "định" 9 px at 150 dpi): in a cell that comes out with two scores' "Điểm" in it,
  // or in every cell when too few come out, two words of one line with white below the space
  // between them, all the way down, stand in two columns. Only there: the faint text of a
  // blurred 1-bit scan leaves such white under a word space of a title or evidence header too
  // (12602's "Tiêu chí | thành phần", "Tài liệu | kiểm chứng").
  const crossed = (a: OcrWord, b: OcrWord) => whiteRuns(ink, Math.min(a.bbox[2], b.bbox[2]), Math.max(a.bbox[0], b.bbox[0])).length === 0;
  const inside = (w: OcrWord, c: [number, number]) => w.bbox[0] >= c[0] && w.bbox[2] <= c[1];
  const twoScores = (c: [number, number]) => header.filter((w) => inside(w, c) && /^diem\W*$/.test(fold(w.text))).length > 1;
  let cells = cellsOf(together);
  const crowded = cells.length < MIN_COLUMNS ? cells : cells.filter(twoScores);
  const isCrowded = (w: OcrWord) => crowded.some((c) => inside(w, c));
  if (crowded.length > 0) cells = cellsOf((a, b) => together(a, b) && (!sameLine(a, b) || !isCrowded(a) || crossed(a, b)));
  if (cells.length < MIN_COLUMNS) return null;
  // Each column line stands in the white between two header cells, where no text of the rows
  // below crosses it either: the middle of the widest such stretch (a header's words are
  // centred in its cell, a title's start at its left edge).
  const lines = cells.slice(1).map(([b], i) => {
    const a = cells[i]![1];
    const widest = whiteRuns(ink, a, b).reduce<[number, number] | null>((best, r) => (best && best[1] - best[0] >= r[1] - r[0] ? best : r), null);
    return widest ? Math.round((widest[0] + widest[1]) / 2) : Math.round((a + b) / 2);
  });
  const cols = [Math.max(0, Math.min(cells[0]![0], firstId.bbox[0]) - height), ...lines, bin.width - 1];
  const titleText = (c: [number, number]) => header.filter((w) => inside(w, c)).map((w) => w.text).join(' ');
  const titleCol = Math.max(1, cells.findIndex((c) => roleOfHeader(titleText(c)) === 'title'));
  const below = { ...bin, data: Buffer.from(bin.data).fill(255, 0, Math.max(0, Math.round(headerTop)) * bin.width) };
  const grid = gridFromLayout(below, cols, titleCol, 0);
  return grid && oneHeaderRow(grid, top(firstId));
}

/**
 * The grid with its rows above the first id (`idTop`) made one: the header row, which the
 * white between its lines, or the dots a lost ruling line left above it, would cut in pieces
 * (12602's dots of its top line: a row of dust stood first, the header after it was read as
 * a data row).
 */
function oneHeaderRow(grid: Grid, idTop: number): Grid {
  const k = grid.rows.findLastIndex((y, r) => r > 0 && y <= idTop);
  if (k < 2) return grid;
  const { rows, cells } = grid;
  const header = grid.cols.slice(0, -1).map((_, col): GridCell => {
    const [x0, , x1] = cells.find((c) => c.col === col && c.row < k)!.bbox;
    return { row: 0, col, rowSpan: 1, colSpan: 1, bbox: [x0, rows[0]! + 1, x1, rows[k]! - 1] };
  });
  const rest = cells.filter((c) => c.row >= k).map((c) => ({ ...c, row: c.row - k + 1 }));
  return { rows: [rows[0]!, ...rows.slice(k)], cols: grid.cols, cells: [...header, ...rest] };
}
