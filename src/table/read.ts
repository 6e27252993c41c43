import { cropCell, fromSharp, isBlank, mainInkBand, toSharp, type GrayImage, type Grid, type GridCell } from '../image/index.ts';
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

async function enlarge(img: GrayImage, factor: number): Promise<GrayImage> {
  if (factor <= 1.05) return img;
  return fromSharp(toSharp(img).resize(Math.round(img.width * factor), Math.round(img.height * factor), { kernel: 'lanczos3' }));
}

/**
 * Reads a score cell twice (as cropped, and enlarged by half) in digits mode. The value is
 * trusted as far as both readings agree and look like a printed score; otherwise its
 * confidence drops so that the validator flags it for a person.
 */
async function readScore(ocr: OcrEngine, img: GrayImage): Promise<{ text: string; confidence: number }> {
  const [first, second] = await Promise.all([
    ocr.recognize(img, { mode: 'digits' }),
    enlarge(img, 1.5).then((big) => ocr.recognize(big, { mode: 'digits' })),
  ]);
  // A trailing separator is a speck or the cell's edge, never part of a printed score.
  const a = first.text.replace(/\s+/g, '').replace(/[.,]$/, '');
  const b = second.text.replace(/\s+/g, '').replace(/[.,]$/, '');
  const value = parseScore(a);
  const plausible = value !== null && !/^0\d/.test(a) && value <= 100;
  const agree = parseScore(b) === value;
  const confidence = Math.min(first.confidence, second.confidence) * (plausible ? 1 : 0) * (agree ? 1 : 0.3);
  return { text: a, confidence };
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
  const factor = Math.min(2, 300 / options.dpi);
  const crop = (cell: GridCell) => enlarge(cropCell(bin, cell.bbox, PAD), factor);

  const rows = rowsOf(grid);
  let roles: (ColumnRole | null)[] | null = null;
  const first = rows[0];
  if (first) {
    const idCell = mainInkBand(await crop(first[0]!));
    const idText = idCell === null || isBlank(idCell) ? '' : (await ocr.recognize(idCell, { mode: 'line' })).text;
    if (roleOfHeader(idText) === 'id') {
      const texts = await Promise.all(first.map(async (cell) => {
        const img = await crop(cell);
        return isBlank(img) ? '' : (await ocr.recognize(img, { mode: 'line' })).text;
      }));
      if (isHeaderRow(texts)) {
        roles = Array.from({ length: columns }, () => null);
        first.forEach((cell, i) => { roles![cell.col] = roleOfHeader(texts[i]!); });
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
      const band = SCORE_ROLES.has(role) || role === 'id' ? mainInkBand(img) : img;
      if (band === null) return;
      const read = SCORE_ROLES.has(role) ? await readScore(ocr, band)
        : await ocr.recognize(band, { mode: role === 'id' ? 'digits' : 'text' });
      const text = read.text.replace(/\s*\n\s*/g, ' ').trim();
      // Ids are digits and dots; the digits pass reads a dot as a comma now and then.
      cells[cell.col] = role === 'id' ? text.replace(/,/g, '.').replace(/\s/g, '') : text;
      confidences[cell.col] = read.confidence;
    }));
    return { cells, roles: roles!, confidences, page: options.page, bbox: unionBox(row) };
  }));
  return { lines, layout: { roles, centres } };
}
