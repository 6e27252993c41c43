import { cropCell, fromSharp, isBlank, mainInkBand, numberGlyphs, toSharp, type GrayImage, type Grid, type GridCell } from '../image/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import type { Box, ColumnRole, SourceLine } from '../report/index.ts';
import { parseScore } from '../text/index.ts';
import { carryRoles, isHeaderRow, roleOfHeader } from './columns.ts';

/** Column roles of a table and where its columns stand (centres as fractions of its width). */
export interface TableLayout {
  roles: (ColumnRole | null)[];
  centres: number[];
}

export interface ReadTableOptions {
  page: number;
  /** Resolution of `bin`; crops of coarser scans are enlarged to about 300 dpi for the OCR. */
  dpi: number;
  /** The layout of the previous page's table, for a page whose header row is not repeated. */
  previous: TableLayout | null;
}

const SCORE_ROLES = new Set<ColumnRole | null>(['max', 'self', 'appraised']);
const DEFAULT_ROLES: Record<number, ColumnRole[]> = {
  6: ['id', 'title', 'max', 'self', 'appraised', 'evidence'],
  5: ['id', 'title', 'max', 'self', 'evidence'],
};
const PAD = 8;
/** Two digits readings this sure, fitting the glyphs and agreeing, need no third. */
const SURE_READING = 0.9;
const BAND_PAD = 8;

async function enlarge(img: GrayImage, factor: number): Promise<GrayImage> {
  if (factor <= 1.05) return img;
  return fromSharp(toSharp(img).resize(Math.round(img.width * factor), Math.round(img.height * factor), { kernel: 'lanczos3' }));
}

/** Scales a single-line crop so that its ink stands `height` pixels tall. */
async function toInkHeight(band: GrayImage, height: number): Promise<GrayImage> {
  const ink = Math.max(1, band.height - 2 * BAND_PAD);
  const factor = height / ink;
  if (Math.abs(factor - 1) < 0.05) return band;
  return fromSharp(toSharp(band).resize(Math.max(1, Math.round(band.width * factor)), Math.max(1, Math.round(band.height * factor)), { kernel: 'lanczos3' }));
}

interface Reading { text: string; value: number | null; confidence: number; fits: boolean }

/**
 * Reads a score cell twice in digits mode, its ink scaled to two heights that Tesseract reads
 * well, after clearing stray marks around the number. A reading fits when its digits and
 * separator match the glyphs printed; the value is trusted as far as the readings fit and
 * agree, and otherwise its confidence drops so that the validator flags it for a person.
 */
/**
 * Puts back a decimal comma the OCR dropped ("135" for "13,5"), where the glyphs show one
 * mark between the digits and the reading has exactly their digits: the comma's place is
 * printed on the page, only its reading was lost.
 */
function withSeparator(text: string, pattern: string): string {
  const printed = /^(d+)\.(d+)$/.exec(pattern);
  if (!printed || !/^\d+$/.test(text) || text.length !== pattern.length - 1) return text;
  return `${text.slice(0, printed[1]!.length)},${text.slice(printed[1]!.length)}`;
}

async function readScore(ocr: OcrEngine, band: GrayImage): Promise<{ text: string; confidence: number }> {
  const glyphs = numberGlyphs(band);
  const read = async ({ height, mode }: { height: number; mode: 'digits' | 'word' }): Promise<Reading> => {
    const result = await ocr.recognize(await toInkHeight(glyphs.image, height), { mode });
    // Read as a word, a serif 1 often comes out as a letter made of one stroke (the domain
    // README's "1 read as I"); in a score cell that stroke can only be a 1.
    const raw = mode === 'word' ? result.text.replace(/[lI|\]!ij]/g, '1') : result.text;
    // A trailing separator is a speck or the cell's edge, never part of a printed score.
    const text = withSeparator(raw.replace(/[^0-9.,]/g, '').replace(/[.,]+$/, ''), glyphs.pattern);
    const value = parseScore(text);
    const fits = value !== null && !/^0\d/.test(text) && value <= 100
      && text.replace(/\D/g, '').length === glyphs.digits && /[.,]/.test(text) === glyphs.separator;
    return { text, value, confidence: result.confidence, fits };
  };
  // Most cells read the same, surely and fitting their glyphs, at two sizes; only the others
  // pay for the word pass.
  const [first, second] = await Promise.all([read({ height: 24, mode: 'digits' }), read({ height: 30, mode: 'digits' })]);
  const sure = (r: Reading) => r.fits && r.confidence >= SURE_READING;
  if (sure(first) && sure(second) && first.value === second.value) return { text: first.text, confidence: Math.min(first.confidence, second.confidence) };
  const readings = [first, second, await read({ height: 40, mode: 'word' })];
  const best = readings.filter((r) => r.fits).sort((a, b) => b.confidence - a.confidence)[0];
  if (!best) return { text: first.text, confidence: 0 };
  // Another reading with other digits is a doubt; one that only lost the comma, or read nothing, is not.
  const digitsOf = (r: Reading) => r.text.replace(/\D/g, '');
  const doubt = readings.some((r) => r !== best && r.value !== null && digitsOf(r) !== digitsOf(best));
  return { text: best.text, confidence: best.confidence * (doubt ? 0.3 : 1) };
}

/**
 * Reads an id cell. Tesseract drops the small dots of "1.3.1" now and then; when the digits it
 * read match the digit glyphs one for one, the dots go back where the glyphs show them.
 */
async function readId(ocr: OcrEngine, band: GrayImage): Promise<{ text: string; confidence: number }> {
  const glyphs = numberGlyphs(band);
  const reads = await Promise.all([24, 30].map(async (height) => {
    const read = await ocr.recognize(await toInkHeight(glyphs.image, height), { mode: 'digits' });
    const digits = read.text.replace(/\D/g, '');
    if (!/^d(\.?d)*\.?$/.test(glyphs.pattern) || digits.length !== glyphs.digits) return { text: read.text, confidence: 0 };
    let i = 0;
    return { text: glyphs.pattern.replace(/d/g, () => digits[i++]!), confidence: read.confidence };
  }));
  const [a, b] = reads as [{ text: string; confidence: number }, { text: string; confidence: number }];
  // Only two readings that fit the glyphs and agree make an id sure enough to call a row misnumbered.
  const sure = a.confidence > 0 && a.text === b.text;
  return { text: a.confidence > 0 ? a.text : b.text || a.text || '?', confidence: sure ? Math.min(a.confidence, b.confidence) : 0.3 * Math.max(a.confidence, b.confidence) };
}

/**
 * Reads a title cell; the points of a scoring option printed at its end ("Không ban hành: 0")
 * are read again digits-only from their own box, as the text pass confuses 0 with 9.
 */
async function readTitle(ocr: OcrEngine, img: GrayImage): Promise<{ text: string; confidence: number }> {
  const read = await ocr.recognize(img, { mode: 'text' });
  const colon = read.words.findLastIndex((w) => w.text.endsWith(':'));
  const after = read.words.slice(colon + 1);
  if (colon < 0 || after.length === 0 || after.length > 2) return read;
  const box: [number, number, number, number] = [
    read.words[colon]!.bbox[2] + 2, Math.min(...after.map((w) => w.bbox[1])) - 4,
    Math.max(...after.map((w) => w.bbox[2])) + 4, Math.max(...after.map((w) => w.bbox[3])) + 4,
  ];
  const band = mainInkBand(cropCell(img, box, BAND_PAD), BAND_PAD);
  const points = band === null ? null : await readScore(ocr, band);
  const head = read.text.slice(0, read.text.lastIndexOf(':') + 1);
  // Points the digits pass cannot confirm are not made up: the option keeps no points.
  if (points === null || points.confidence < 0.5) return { text: `${head} ?`, confidence: read.confidence };
  return { text: `${head} ${points.text}`, confidence: Math.min(read.confidence, points.confidence) };
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
 * Reads a ruled table page into physical rows with column roles: the header row (when the
 * page repeats it) names the columns; score cells are read digits-only, twice; blank cells are
 * not read at all.
 */
export async function readTable(bin: GrayImage, grid: Grid, ocr: OcrEngine, options: ReadTableOptions): Promise<{ lines: SourceLine[]; layout: TableLayout }> {
  const columns = grid.cols.length - 1;
  const left = grid.cols[0]!;
  const width = grid.cols.at(-1)! - left;
  const centres = Array.from({ length: columns }, (_, i) => ((grid.cols[i]! + grid.cols[i + 1]!) / 2 - left) / width);
  // Cells of coarser scans are enlarged towards 300 dpi: Tesseract reads diacritics and the
  // digits of citations best there, and the glyphs of scores and ids separate better.
  const factor = Math.min(2, 300 / options.dpi);
  const crop = (cell: GridCell) => enlarge(cropCell(bin, cell.bbox, PAD), factor);

  const rows = rowsOf(grid);
  let roles: (ColumnRole | null)[] | null = null;
  const first = rows[0];
  if (first) {
    const lineText = async (cell: GridCell | undefined) => {
      const band = cell ? mainInkBand(await crop(cell)) : null;
      return band === null || isBlank(band) ? '' : (await ocr.recognize(band, { mode: 'line' })).text;
    };
    // The header row: "STT" in the id column, or words where data rows print a score.
    const [idText, maxText] = await Promise.all([lineText(first[0]), lineText(first.find((c) => c.col === 2))]);
    if (roleOfHeader(idText) === 'id' || /\p{L}{3}/u.test(maxText)) {
      const texts = await Promise.all(first.map(async (cell) => {
        const img = await crop(cell);
        return isBlank(img) ? '' : (await ocr.recognize(img, { mode: 'text' })).text;
      }));
      if (isHeaderRow(texts) || /\p{L}{3}/u.test(maxText)) {
        const named: (ColumnRole | null)[] = Array.from({ length: columns }, () => null);
        first.forEach((cell, i) => { named[cell.col] = roleOfHeader(texts[i]!); });
        roles = fillFromUsualLayout(named);
        rows.shift();
      }
    }
  }
  roles ??= options.previous ? carryRoles(options.previous, centres) : (DEFAULT_ROLES[columns] ?? Array.from({ length: columns }, () => null));

  const lines = await Promise.all(rows.map(async (row): Promise<SourceLine> => {
    const cells: string[] = Array.from({ length: columns }, () => '');
    const confidences: number[] = Array.from({ length: columns }, () => 1);
    await Promise.all(row.map(async (cell) => {
      const img = await crop(cell);
      if (isBlank(img)) return;
      const role = roles![cell.col] ?? null;
      const numeric = SCORE_ROLES.has(role) || role === 'id';
      const band = numeric ? mainInkBand(img, BAND_PAD) : img;
      // A score or id shorter than a fifth of a line (0.04 in) is a speck, not a digit.
      if (band === null || (numeric && band.height - 2 * BAND_PAD < 0.04 * options.dpi * factor)) return;
      const read = SCORE_ROLES.has(role) ? await readScore(ocr, band)
        : role === 'title' ? await readTitle(ocr, band)
          : role === 'id' ? await readId(ocr, band)
            : await ocr.recognize(band, { mode: 'text' });
      // Ink that reads as nothing is still a value that was printed: keep it, unreadable.
      const text = read.text.replace(/\s*\n\s*/g, ' ').trim() || (SCORE_ROLES.has(role) ? '?' : '');
      // Ids are digits and dots; the digits pass reads a dot as a comma now and then.
      cells[cell.col] = role === 'id' ? text.replace(/,/g, '.').replace(/\s/g, '') : text;
      confidences[cell.col] = read.confidence;
    }));
    return { cells, roles: roles!, confidences, page: options.page, bbox: unionBox(row) };
  }));
  // A header row whose "STT" and "Điểm" cells did not read as such still names its title and
  // evidence columns in words; it is not a criterion.
  const top = lines[0];
  if (top && top.cells.filter((text, col) => text !== '' && roleOfHeader(text) === roles![col]).length >= 2) lines.shift();
  return { lines, layout: { roles, centres } };
}
