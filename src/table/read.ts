import { cropCell, cutAtEdge, firstLine, isBlank, isCoarse, lastLineEnd, mainInkBand, numberBand, trimToInk, withoutStrayDust, type GrayImage, type Grid, type GridCell } from '../image/index.ts';
import type { OcrEngine, OcrResult, OcrWord } from '../ocr/index.ts';
import { parseOptions, withPointsUnread, type Box, type ColumnRole, type SourceLine } from '../report/index.ts';
import { carryRoles, isHeaderRow, roleOfHeader } from './columns.ts';
import { readEvidence } from './evidence.ts';
import { BAND_PAD, enlarge, readId, readScore, soften } from './numbers.ts';

/** Column roles of a table and where its columns stand (centres as fractions of its width). */
export interface TableLayout {
  roles: (ColumnRole | null)[];
  centres: number[];
  /** The column lines in pixels, and the width of the page they were found on. */
  cols?: number[];
  pageWidth?: number;
}

export interface ReadTableOptions {
  page: number;
  /** Resolution of `bin`; crops of coarser scans are enlarged to about 300 dpi for the OCR. */
  dpi: number;
  /** Whether the scan itself is 1-bit (no gray to go by): its coarse citations are read with more care. */
  bilevel?: boolean;
  /** The layout of the previous page's table, for a page whose header row is not repeated. */
  previous: TableLayout | null;
}

/** The columns that hold scores. */
export const SCORE_ROLES: ReadonlySet<ColumnRole | null> = new Set<ColumnRole | null>(['max', 'self', 'appraised']);
const DEFAULT_ROLES: Record<number, ColumnRole[]> = {
  6: ['id', 'title', 'max', 'self', 'appraised', 'evidence'],
  5: ['id', 'title', 'max', 'self', 'evidence'],
};
const PAD = 8;

/** An id read less surely than this beside an option's text is a speck (readId gives 0 to a reading that does not fit the glyphs). */
const SPECK_ID = 0.3;
/** Option points the digits pass reads less surely than this are not taken: the option keeps no points. */
const SURE_POINTS = 0.8;

/** The white between two words across the line (negative where they overlap). */
const gapBetween = (a: OcrWord, b: OcrWord) => Math.max(a.bbox[0] - b.bbox[2], b.bbox[0] - a.bbox[2]);

/** Whether a text holds a word: two letters together. */
const lettered = (text: string) => /\p{L}{2}/u.test(text);

/**
 * Where a scoring option's points stand: after a colon near the end of the cell, in at most
 * two words of their own, lone marks and specks not counted ("…hoạch: 0,5", "…hoạch: 05 :"), or as digits
 * glued to the colon's word ("Từ5-15TTHC:0,5", boxed by its share of the word's letters). A
 * colon with digits after it comes first; else one with anything after it ("…lên: Ì" is a 1).
 * Also says how many colons of the text come up to it.
 */
export function pointsBox(words: OcrWord[]): { box: Box; colons: number; text: string; byShare: boolean } | null {
  const candidates: { box: Box; colons: number; digits: boolean; text: string; byShare: boolean }[] = [];
  // A "word" less than half as tall as the text's words is a speck read as a letter ("l").
  const heights = words.map((w) => w.bbox[3] - w.bbox[1]).sort((a, b) => a - b);
  const typical = heights[heights.length >> 1] ?? 0;
  const mark = (w: OcrWord) => !/[\p{L}\d]/u.test(w.text) || w.bbox[3] - w.bbox[1] < typical / 2;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const at = word.text.lastIndexOf(':');
    if (at < 0) continue;
    // Points follow an option's text: a colon with no word before it is a speck ("Tổng cộng"
    // with a speck read as ":" before it, 12208's total row, became an option ": ?").
    if (!lettered(word.text.slice(0, at)) && !words.slice(0, i).some((w) => lettered(w.text))) continue;
    const colons = words.slice(0, i + 1).reduce((n, w) => n + w.text.split(':').length - 1, 0);
    const glued = word.text.slice(at + 1);
    const [x0, y0, x1, y1] = word.bbox;
    // Lone marks and specks after the points ("0 - : -", "9,5 l l") neither count nor bound the box.
    const after = words.slice(i + 1).filter((w) => !mark(w));
    // Nor, after points glued to the colon, does a word of letters farther from them than a
    // line's height: a speck read at the line's end (12902's "lý:05 - Ề", the Ề 470 px on).
    if (/\d/.test(glued) && after.every((w) => !/\d/.test(w.text) && gapBetween(w, word) > typical)) {
      const from = x0 + Math.round(((x1 - x0) * (at + 1)) / word.text.length);
      candidates.push({ box: [from, y0 - 4, x1 + 4, y1 + 4], colons, digits: true, text: glued, byShare: true });
    } else if (glued === '' && after.length > 0 && after.length <= 2) {
      // A word of letters farther than a line's height from the digits is a speck read at the
      // line's end, no part of the points ("0.5 … tc", 11908: boxed with it, read 5).
      const digits = after.filter((w) => /\d/.test(w.text));
      const near = (w: OcrWord) => digits.some((d) => gapBetween(d, w) <= typical);
      const points = digits.length > 0 ? after.filter(near) : after;
      // The colon's word may be boxed over the first of them ("vị:" 421–515, "1" 495–519).
      const box: Box = [Math.min(x1 + 2, ...points.map((w) => w.bbox[0])), Math.min(...points.map((w) => w.bbox[1])) - 4, Math.max(...points.map((w) => w.bbox[2])) + 4, Math.max(...points.map((w) => w.bbox[3])) + 4];
      candidates.push({ box, colons, digits: digits.length > 0, text: points.map((w) => w.text).join(''), byShare: false });
    }
  }
  return candidates.findLast((c) => c.digits) ?? candidates.at(-1) ?? null;
}

/**
 * A points box whose left side cuts through a glyph (points glued to their colon are boxed by
 * their share of the word's letters, and digits are wider than most letters: "đơnvị:05" cut its
 * 0 in half, read 2,5) starts at the gap before that glyph, or after it when it is the colon
 * (two short dots, one over the other: a digit with a speck under it is none, 11908's "0.5").
 */
export function startAtGlyph(img: GrayImage, box: Box): Box {
  const [x0, y0, x1, y1] = box;
  const top = Math.max(0, y0);
  const bottom = Math.min(img.height, y1);
  const inkRows = (x: number) => {
    const rows: number[] = [];
    for (let y = top; y < bottom; y++) if (img.data[y * img.width + x]! < 128) rows.push(y);
    return rows;
  };
  const inkAt = (x: number) => x >= 0 && x < img.width && inkRows(x).length > 0;
  if (!inkAt(x0)) return box;
  let a = x0;
  while (inkAt(a - 1)) a--;
  let b = x0;
  while (inkAt(b + 1)) b++;
  const rows = new Set<number>();
  for (let x = a; x <= b; x++) for (const y of inkRows(x)) rows.add(y);
  const ys = [...rows].sort((p, q) => p - q);
  // A colon's ink is two dots apart, each short; a digit with a speck under it is not one.
  const runs: number[] = [];
  ys.forEach((y, i) => { if (i === 0 || y - ys[i - 1]! > 2) runs.push(1); else runs[runs.length - 1]!++; });
  const colon = runs.length > 1 && runs.every((n) => n <= 0.3 * (bottom - top));
  return [colon ? b + 1 : a, y0, x1, y1];
}

/**
 * Reads a title cell; the points of a scoring option printed at its end ("Không ban hành: 0")
 * are read again digits-only from their own box, as the text pass confuses 0 with 9 and loses
 * the "0," of "0,5". Points that pass does not read surely are left out, never guessed.
 */
async function readTitle(ocr: OcrEngine, img: GrayImage): Promise<{ text: string; confidence: number }> {
  const read = await ocr.recognize(img, { mode: 'text', fast: true });
  const found = pointsBox(read.words);
  if (found) return withPoints(ocr, img, read, found);
  // Points where none were boxed are the text pass's reading alone ("…: 05 - Ề"): never given as read.
  return { ...read, text: withPointsUnread(read.text) };
}

/**
 * The text of `read` up to the colon of the points `found`, and the points read digits-only
 * ("?" when not surely; `sure` says which).
 */
async function withPoints(ocr: OcrEngine, img: GrayImage, read: OcrResult, found: NonNullable<ReturnType<typeof pointsBox>>): Promise<{ text: string; confidence: number; sure: boolean }> {
  const band = mainInkBand(cropCell(img, startAtGlyph(img, found.box), BAND_PAD), BAND_PAD);
  const points = band === null ? null : await readScore(ocr, band, { seen: found.text });
  const head = read.text.split(':').slice(0, found.colons).join(':');
  // Points boxed by their share of the colon's word with fewer digits than the text pass saw
  // there: the box cut some off (a speck far right stretched the box of "quan:0,5.", which the
  // share then started at the 5). (Points in words of their own are boxed where the OCR saw them.)
  const digits = (text: string) => text.replace(/\D/g, '').length;
  const cut = found.byShare && points !== null && digits(points.text) < digits(found.text);
  if (points === null || points.confidence < SURE_POINTS || cut) return { text: `${head}: ?`, confidence: read.confidence, sure: false };
  return { text: `${head}: ${points.text}`, confidence: Math.min(read.confidence, points.confidence), sure: true };
}

/** How much of an unnumbered row's last line is read first: this many line heights (about ten letters). */
const OPTION_END = 5;

/**
 * Reads the title cell of an unnumbered row: a scoring option, mostly, whose points are all
 * that the checks use; its text ("Thực hiện từ 50% - dưới 80% kế hoạch: 0,5") is most of the
 * OCR time of a page. So the end of its last line is read first, and when it ends in points
 * the option is given as that end ("… kế hoạch: 0,5"); any other row is read whole.
 */
async function readUnnumberedTitle(ocr: OcrEngine, img: GrayImage): Promise<{ text: string; confidence: number }> {
  const last = lastLineEnd(img, OPTION_END);
  if (!last?.cut) return readTitle(ocr, img);
  const read = await ocr.recognize(last.end, { mode: 'text', fast: true });
  const found = pointsBox(read.words);
  const option = found ? await withPoints(ocr, last.end, read, found) : null;
  // Points not read surely there may be on the whole cell, boxed from a reading of all its words.
  if (!option?.sure) return readTitle(ocr, img);
  return { text: `… ${option.text}`, confidence: option.confidence };
}

/**
 * Reads a numbered criterion's title: its first line only, with "…" when more lines follow.
 * The first line is enough to check the id against the schema's titles; the rest is about a
 * sixth of the text on a page, and OCR time follows the amount of text read.
 */
async function readCriterionTitle(ocr: OcrEngine, img: GrayImage): Promise<{ text: string; confidence: number }> {
  const first = firstLine(img);
  if (!first?.more) return readTitle(ocr, img);
  const read = await ocr.recognize(first.line, { mode: 'text', words: false, fast: true });
  return { text: `${read.text.replace(/\s*\n\s*/g, ' ').trim()} …`, confidence: read.confidence };
}

/**
 * Header cells the OCR could not name (narrow "Điểm tự chấm" columns wrap into garbage) take
 * the role the usual layout gives that column, when the named ones agree with that layout.
 */
function fillFromUsualLayout(named: (ColumnRole | null)[]): (ColumnRole | null)[] {
  const usual = DEFAULT_ROLES[named.length];
  if (!usual || named.some((role, i) => role !== null && role !== usual[i])) return named;
  return usual;
}

function rowsOf(grid: Grid): GridCell[][] {
  const rows: GridCell[][] = Array.from({ length: grid.rows.length - 1 }, () => []);
  for (const cell of grid.cells) rows[cell.row]?.push(cell);
  return rows.filter((r) => r.length > 0).map((r) => r.sort((a, b) => a.col - b.col));
}

const unionBox = (cells: GridCell[]): Box => [
  Math.min(...cells.map((c) => c.bbox[0])), Math.min(...cells.map((c) => c.bbox[1])),
  Math.max(...cells.map((c) => c.bbox[2])), Math.max(...cells.map((c) => c.bbox[3])),
];

/**
 * Words where data rows print a score ("Điểm chuẩn", however garbled): three letters, not
 * counting those made of one stroke, which a 1 read as a word comes out as ("1 ." as "lIR").
 */
const wordy = (text: string) => /\p{L}{3}/u.test(text.replace(/[lIij|!]/g, ''));

/**
 * Gaussian sigma of the blur a coarse 1-bit scan's evidence cell is read through, enlarged: its
 * binarised strokes read better softened, as its scores do (six 150 dpi 1-bit reports, 12504,
 * 12602, 12702, 12706, 12707, 12805: citations right 459 → 482 of 738, read wrong 108 → 81).
 */
const EVIDENCE_BLUR = 1.2;

/** The confidence at most of an id cut by its cell's side: placed by its title, never called misnumbered. */
const CUT_ID = 0.5;

/**
 * Whether ink stands in the outermost column of pixels on either side of a cell where a glyph
 * the ruling line cut would: not a whole digit set tight against the line ({@link cutAtEdge}).
 */
export function cutAtSide(bin: GrayImage, bbox: Box): boolean {
  const img = cropCell(bin, bbox);
  let left = 0, right = 0;
  for (let y = 0; y < img.height; y++) {
    if (img.data[y * img.width]! < 128) left++;
    if (img.data[(y + 1) * img.width - 1]! < 128) right++;
  }
  // One pixel is a speck of dust, a cut stroke a few pixels tall; ink down most of the side is
  // what is left of the ruling line itself.
  const cut = (n: number) => n >= 3 && n < 0.5 * img.height;
  const sides = { left: cut(left), right: cut(right) };
  return (sides.left || sides.right) && cutAtEdge(img, sides);
}

/**
 * Reads a ruled table page into physical rows with column roles: the header row (when the
 * page repeats it) names the columns; score cells are read digits-only, twice; blank cells are
 * not read at all.
 */
export async function readTable(bin: GrayImage, grid: Grid, ocr: OcrEngine, options: ReadTableOptions): Promise<{ lines: SourceLine[]; layout: TableLayout }> {
  const { layout, lines } = await startTable(bin, grid, ocr, options);
  return { layout, lines: await lines };
}

/**
 * {@link readTable} in two steps: the layout as soon as the header row is read (the next page
 * needs it, and can start its OCR while this page's rows are still being read), the rows later.
 */
export async function startTable(bin: GrayImage, grid: Grid, ocr: OcrEngine, options: ReadTableOptions): Promise<{ layout: TableLayout; lines: Promise<SourceLine[]> }> {
  const columns = grid.cols.length - 1;
  const left = grid.cols[0]!;
  const width = grid.cols.at(-1)! - left;
  const centres = Array.from({ length: columns }, (_, i) => ((grid.cols[i]! + grid.cols[i + 1]!) / 2 - left) / width);
  // Cells of coarser scans are enlarged towards 300 dpi: Tesseract reads diacritics and the
  // digits of citations best there, and the glyphs of scores and ids separate better.
  const factor = Math.min(2, 300 / options.dpi);
  const coarse = isCoarse(options.dpi);
  const coarseBilevel = coarse && options.bilevel === true;
  const crop = (cell: GridCell) => enlarge(cropCell(bin, cell.bbox, PAD), factor);

  const rows = rowsOf(grid);
  let roles: (ColumnRole | null)[] | null = null;
  const first = rows[0];
  if (first) {
    const lineText = async (cell: GridCell | undefined) => {
      const band = cell ? mainInkBand(await crop(cell)) : null;
      return band === null || isBlank(band) ? '' : (await ocr.recognize(band, { mode: 'line', words: false, fast: true })).text;
    };
    // The header row: "STT" in the id column, or words where data rows print a score; never a
    // row numbered in its id column (a score misread as letters, "1" as "mmị", is no header).
    const [idText, maxText] = await Promise.all([lineText(first[0]), lineText(first.find((c) => c.col === 2))]);
    if (!/^\s*\d/.test(idText) && (roleOfHeader(idText) === 'id' || wordy(maxText))) {
      const texts = await Promise.all(first.map(async (cell) => {
        const img = await crop(cell);
        return isBlank(img) ? '' : (await ocr.recognize(img, { mode: 'text', words: false, fast: true })).text;
      }));
      if (isHeaderRow(texts) || wordy(maxText)) {
        const named: (ColumnRole | null)[] = Array.from({ length: columns }, () => null);
        first.forEach((cell, i) => { named[cell.col] = roleOfHeader(texts[i]!); });
        roles = fillFromUsualLayout(named);
        rows.shift();
      }
    }
  }
  // A previous page whose header row was not read (it named no score column) has nothing to
  // carry: the usual layout serves better than columns of no role on every page after it.
  const carried = options.previous?.roles.includes('max') ? carryRoles(options.previous, centres) : null;
  roles ??= carried ?? DEFAULT_ROLES[columns] ?? Array.from({ length: columns }, () => null);

  const idCol = roles.indexOf('id');
  const titleCol = roles.indexOf('title');
  const maxCol = roles.indexOf('max');
  const layout: TableLayout = { roles, centres, cols: grid.cols, pageWidth: bin.width };
  const read = Promise.all(rows.map(async (row): Promise<SourceLine> => {
    const cells: string[] = Array.from({ length: columns }, () => '');
    const confidences: number[] = Array.from({ length: columns }, () => 1);
    const images = await Promise.all(row.map(crop));
    // Numbers a piece of which may stand apart from their line of ink: no reading of them is sure.
    const apart = new Set<GridCell>();
    // What is worth reading in a cell: a number's line of ink, or a text's ink, trimmed.
    const bands = row.map((cell, i) => {
      const role = roles![cell.col] ?? null;
      const img = images[i]!;
      if (isBlank(img)) return null;
      if (!SCORE_ROLES.has(role) && role !== 'id') return trimToInk(withoutStrayDust(img), PAD);
      // A score or id shorter than a fifth of a line (0.04 in) is a speck, not a digit; but a
      // thin glyph a coarse 1-bit scan broke across (a 2's curve apart from its foot) is that
      // short in each piece: its pieces, 0.025 in apart or less, are read together when they
      // stand one over the other (no wider than tall; an id such as "2.2.2", three times) with
      // a glyph's ink (0.001 in²), not strewn across the cell as dust is.
      const speck = (b: GrayImage | null) => b === null || b.height - 2 * BAND_PAD < 0.04 * options.dpi * factor;
      const found = numberBand(img, BAND_PAD);
      if (found?.apart) apart.add(cell);
      const band = found?.image ?? null;
      if (!speck(band)) return band;
      const pieces = mainInkBand(img, BAND_PAD, Math.round(0.025 * options.dpi * factor));
      if (speck(pieces) || pieces!.width > (role === 'id' ? 3 : 1) * pieces!.height) return null;
      const ink = pieces!.data.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);
      return ink >= 0.001 * (options.dpi * factor) ** 2 ? pieces : null;
    });
    const idCell = row.findIndex((cell) => cell.col === idCol);
    const numbered = idCell >= 0 && bands[idCell] !== null;
    await Promise.all(row.map(async (cell, i) => {
      const role = roles![cell.col] ?? null;
      const band = bands[i];
      if (!band) return;
      const read = SCORE_ROLES.has(role) ? await readScore(ocr, band, { coarse, apart: apart.has(cell) })
        : role === 'title' ? await (numbered ? readCriterionTitle(ocr, band) : readUnnumberedTitle(ocr, band))
          : role === 'id' ? await readId(ocr, band)
            // A coarse 1-bit scan's citation digits come out wrong even when read surely ("2018" as
            // 2015): its evidence is read with the larger model, softened, and every citation word
            // read again. (A coarse gray scan's read better with the fast model, checked as usual.)
            : role === 'evidence' ? await readEvidence(ocr, coarseBilevel ? await soften(band, EVIDENCE_BLUR) : band, { everyCitation: coarseBilevel })
              : await ocr.recognize(band, { mode: 'text', words: false, fast: true });
      // Ink that reads as nothing is still a value that was printed: keep it, unreadable.
      const text = read.text.replace(/\s*\n\s*/g, ' ').trim() || (SCORE_ROLES.has(role) ? '?' : '');
      // Ids are digits and dots; the digits pass reads a dot as a comma now and then.
      cells[cell.col] = role === 'id' ? text.replace(/,/g, '.').replace(/\s/g, '') : text;
      // An id whose ink runs into the cell's side may have lost a digit to the ruling line
      // ("1.4.3" in a narrow column read "1.4"): what was read of it is no sure id.
      confidences[cell.col] = role === 'id' && cutAtSide(bin, cell.bbox) ? Math.min(read.confidence, CUT_ID) : read.confidence;
    }));
    // An id cell that reads as nothing, or as digits no reading agrees on, beside a scoring
    // option's text holds a speck, not an id: options are never numbered, and an unreadable id
    // would take the option's scores away from its criterion. An option prints no max; its
    // points may have been read as a mark ("Có thực hiện: !") or not at all (": ?"); a
    // criterion's title cut after its first line ends in "…".
    const speck = cells[idCol] === '?' || (confidences[idCol] ?? 1) < SPECK_ID;
    // A speck in the id cell had the title read as a criterion's, by its first line: read
    // whole, it may show an option's points at its end.
    const titleCell = row.findIndex((cell) => cell.col === titleCol);
    if (speck && cells[titleCol]?.endsWith(' …') && cells[maxCol] === '' && bands[titleCell]) {
      const whole = await readTitle(ocr, bands[titleCell]);
      cells[titleCol] = whole.text.replace(/\s*\n\s*/g, ' ').trim();
      confidences[titleCol] = whole.confidence;
    }
    const title = cells[titleCol] ?? '';
    const option = (maxCol < 0 || cells[maxCol] === '') && (parseOptions(title).length > 0 || /:\s*[^\s…]{1,3}$/u.test(title));
    if (idCol >= 0 && titleCol >= 0 && speck && option) {
      cells[idCol] = '';
      confidences[idCol] = 1;
    }
    // A criterion prints its max: a numbered row's max cell holding ink in which no digit was
    // found (a coarse 1-bit scan broke the glyph into pieces too small each: 12207's "7" of 3.1)
    // is unreadable, not blank.
    const maxCell = row.findIndex((cell) => cell.col === maxCol);
    if (/\d/.test(cells[idCol] ?? '') && maxCell >= 0 && cells[maxCol] === '' && !isBlank(images[maxCell]!)) {
      cells[maxCol] = '?';
      confidences[maxCol] = 0;
    }
    return { cells, roles: roles!, confidences, page: options.page, bbox: unionBox(row) };
  }));
  return { layout, lines: read.then((lines) => withoutHeader(lines, layout.roles)) };
}

/**
 * The rows without a header row that was read as one: whose "STT" and "Điểm" cells did not read
 * as such, but that still names its title and evidence columns in words. It is the first row
 * with text (rows cut from white space may come before it), and a row right after it with
 * words where the scores go and no digit anywhere holds the rest of its wrapped words. The
 * names may stand on either of the two, when neither holds a digit (13207's page 14, its lines
 * lost: "Tài liệu kiểm chứng" a line above "Lĩnh vực/Tiêu chí", which became 5.3.2's evidence).
 */
export function withoutHeader(lines: SourceLine[], roles: (ColumnRole | null)[]): SourceLine[] {
  const top = lines.findIndex((l) => l.cells.some((text) => text !== ''));
  const header = lines[top];
  if (!header) return lines;
  const named = (rows: SourceLine[]) =>
    roles.filter((role, col) => { const text = rows.map((l) => l.cells[col]).join(' ').trim(); return text !== '' && roleOfHeader(text) === role; }).length;
  const digitless = (line: SourceLine) => !line.cells.some((text) => /\d/.test(text));
  const next = lines[top + 1];
  const scores = roles.flatMap((role, col) => (SCORE_ROLES.has(role) ? [next?.cells[col]] : []));
  const wrapped = next !== undefined && scores.length > 0 && scores.every((text) => text === '?') && digitless(next);
  if (named([header]) < 2 && !(wrapped && digitless(header) && named([header, next]) >= 2)) return lines;
  return [...lines.slice(0, top), ...lines.slice(top + (wrapped ? 2 : 1))];
}
