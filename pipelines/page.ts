import { binarise, cropCell, deskew, findGrid, findScanGrid, gapBetweenLines, gridFromLayout, isBilevel, isBlank, isCoarse, mainInkRows, type GrayImage, type Grid } from '../src/image/index.ts';
import type { OcrEngine } from '../src/ocr/index.ts';
import { readPage, renderPage, tooSmallToRead, type ImagePage, type PdfDocument, type TextItem, type TextPage } from '../src/pdf/index.ts';
import { parseHeader, type Box, type SourceLine } from '../src/report/index.ts';
import { gridFromHeaderRow, hasColumnGutters, readTextWithDates, SCORE_ROLES, startTable, type TableLayout } from '../src/table/index.ts';

/** What one page gave: text above any table (header material), the table's rows, its layout. */
export interface PageRead {
  page: number;
  headerText: string;
  lines: SourceLine[];
  layout: TableLayout | null;
  /** Why nothing could be read from the page, when so. */
  problem?: string;
}

/** Share of a cover page (from the top) that holds the header: number, date, title. */
const HEADER_SHARE = 0.5;
/**
 * Share of a cover page (from the top) below which the header mostly ends: the unit, number,
 * date and report title stand above it, the letter's paragraphs below.
 */
const HEADER_TOP = 0.2;

async function ocrRegion(ocr: OcrEngine, bin: GrayImage, box: Box): Promise<string> {
  if (box[3] - box[1] < 40) return '';
  const img = cropCell(bin, box, 10);
  return isBlank(img) ? '' : readTextWithDates(ocr, img);
}

/**
 * The header half of a cover page, read in two parts: down to the first gap between lines
 * below {@link HEADER_TOP} first, and the rest only when the number, date and year are not all
 * read there. The letter's paragraphs below the title are most of the half's text, and the
 * cover is read with the larger model (bench:speed's cover: 2.0 s of OCR for the half, about
 * 0.7 s for its top).
 */
export async function readCover(ocr: OcrEngine, bin: GrayImage): Promise<string> {
  const half = Math.round(bin.height * HEADER_SHARE);
  const cut = gapBetweenLines(bin, Math.round(bin.height * HEADER_TOP), half);
  if (cut === null) return ocrRegion(ocr, bin, [0, 0, bin.width, half]);
  const top = await ocrRegion(ocr, bin, [0, 0, bin.width, cut]);
  const header = parseHeader(top);
  if (header.number !== null && header.date !== null && header.year !== null) return top;
  return `${top}\n${await ocrRegion(ocr, bin, [0, cut, bin.width, half])}`;
}

/** Cells of a grid filled from a born-digital page's text items (no OCR). */
function linesFromItems(items: TextItem[], grid: Grid, page: number): SourceLine[] {
  const columns = grid.cols.length - 1;
  const rows = new Map<number, SourceLine>();
  for (const cell of grid.cells) {
    const inside = items.filter((it) => {
      const cx = (it.bbox[0] + it.bbox[2]) / 2;
      const cy = (it.bbox[1] + it.bbox[3]) / 2;
      return cx >= cell.bbox[0] && cx < cell.bbox[2] && cy >= cell.bbox[1] && cy < cell.bbox[3];
    });
    const line = rows.get(cell.row) ?? { cells: Array.from({ length: columns }, () => ''), page, bbox: cell.bbox };
    line.cells[cell.col] = inside.map((it) => it.text).join(' ').replace(/\s+/g, ' ').trim();
    rows.set(cell.row, line);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line);
}

/** A page made ready for reading: its source, and for a scan the straightened, binarised image and its grid. */
export type PreparedPage =
  | { kind: 'text'; source: TextPage; grid: Grid | null }
  | { kind: 'scan'; source: ImagePage; bin: GrayImage; grid: Grid | null }
  | { kind: 'unreadable'; page: number; problem: string };

/**
 * The image work of a page, without OCR: deskew, binarise, find the grid (a born-digital page
 * is rendered only to find its ruling lines). Pure CPU on this thread, so the pipeline runs it
 * for the next page while the OCR workers read this one.
 */
export async function preparePage(doc: PdfDocument, pageNumber: number): Promise<PreparedPage> {
  const source = await readPage(doc, pageNumber);
  if (source.kind === 'text') {
    const rendered = await renderPage(doc, pageNumber);
    return { kind: 'text', source, grid: findGrid(binarise(rendered.image)) };
  }
  if (tooSmallToRead(source)) {
    return { kind: 'unreadable', page: pageNumber, problem: `page ${pageNumber}: scan too small to read (${source.image.width}×${source.image.height} px)` };
  }
  const { image } = await deskew(source.image);
  // Dust removal sized for 200–300 dpi would erase the dots of "5.2.3" in a coarser scan.
  const bin = binarise(image, { maxSpeck: isCoarse(source.dpi) ? Math.max(1, Math.round(8 * (source.dpi / 300) ** 2)) : 8 });
  // The straightened gray image too: a coarse scan's lines broken into dashes are found in it.
  const grid = findScanGrid(image, bin, source.dpi);
  return { kind: 'scan', source, bin, grid };
}

/**
 * Reads one prepared page: a ruled table's rows (OCR of its cells, or a born-digital page's own
 * text), and the text above the table or, on a page without a table, the header half of the page.
 */
export async function readPreparedPage(prepared: PreparedPage, ocr: OcrEngine, previous: TableLayout | null, isFirst: boolean): Promise<PageRead> {
  return (await startPage(prepared, ocr, previous, isFirst)).read;
}

/**
 * {@link readPreparedPage} in two steps: the page's table layout as soon as its header row is
 * read (the next page reads its columns by it), and the whole page later. A page with no table
 * gives no layout.
 */
export async function startPage(prepared: PreparedPage, ocr: OcrEngine, previous: TableLayout | null, isFirst: boolean): Promise<{ layout: TableLayout | null; read: Promise<PageRead> }> {
  const done = (read: PageRead) => ({ layout: read.layout, read: Promise.resolve(read) });
  if (prepared.kind === 'unreadable') return done({ page: prepared.page, headerText: '', lines: [], layout: null, problem: prepared.problem });
  const { grid } = prepared;
  const page = prepared.source.page;
  if (prepared.kind === 'text') {
    const { items } = prepared.source;
    const above = (y: number) => items.filter((it) => it.bbox[3] <= y).map((it) => it.text).join(' ');
    if (!grid) return done({ page, headerText: isFirst ? above(Infinity) : '', lines: [], layout: null });
    return done({ page, headerText: above(grid.rows[0]!), lines: linesFromItems(items, grid, page), layout: previous });
  }
  const { bin, source } = prepared;
  // A grid with fewer columns than the previous page's is what is left of lost ruling lines.
  const partial = grid !== null && previous?.cols !== undefined && grid.cols.length < previous.cols.length;
  const table = (partial || !grid ? linesLost(bin, previous) : null) ?? grid
    // A first table page without any line: the columns from its header row's words.
    ?? (previous === null && hasColumnGutters(bin) ? await gridFromHeaderRow(ocr, bin) : null);
  if (!table) {
    // The next page need not wait for a cover page's OCR: a page without a table has no layout.
    const headerText = isFirst ? readCover(ocr, bin) : Promise.resolve('');
    return { layout: null, read: headerText.then((text): PageRead => ({ page, headerText: text, lines: [], layout: null })) };
  }
  const header = isFirst || previous === null ? ocrRegion(ocr, bin, [0, 0, bin.width, table.rows[0]! - 4]) : Promise.resolve('');
  header.catch(() => undefined); // its failure is the page's, when the page is awaited
  const started = await startTable(bin, table, ocr, { page, dpi: source.dpi, bilevel: isBilevel(source.image), previous });
  const read = Promise.all([header, started.lines]).then(([headerText, lines]): PageRead => ({
    page,
    headerText,
    // Rows cut from the white space between texts may put a value on a neighbouring row: a
    // value of such a page goes to a person (LOW_CONFIDENCE) instead of into the sums, unless it
    // stands on its row's id line (guessedRowConfidences).
    lines: table === grid ? lines : lines.map((l) => ({ ...l, confidences: guessedRowConfidences(bin, table, l), readConfidences: l.confidences })),
    layout: started.layout,
  }));
  return { layout: started.layout, read };
}

/** The confidence a value read on a page without ruling lines can have at most. */
const GUESSED_ROWS = 0.6;

/**
 * The confidences of a row cut from a lineless page's white space: at most {@link GUESSED_ROWS},
 * but for a numbered row's id (rows are cut above every id) and its score cells whose value
 * stands on the id's own printed line, or that hold no ink on that line and no value: a table's
 * rows run straight across, so those are that criterion's beyond doubt (12203's "4.2 … 3 3" on
 * a 200 dpi page whose lines the blur took, its values kept out of the sums until then; 11502's
 * 3.1.3 printed "3.3", never called misnumbered while its id was capped).
 */
export function guessedRowConfidences(bin: GrayImage, table: Grid, line: SourceLine): number[] | undefined {
  const capped = line.confidences?.map((c) => Math.min(c, GUESSED_ROWS));
  const top = line.bbox?.[1];
  const cellAt = (col: number) => table.cells.find((c) => c.col === col && c.bbox[1] === top);
  const idCell = cellAt(line.roles?.indexOf('id') ?? -1);
  const idRows = idCell && /\d/.test(line.cells[idCell.col] ?? '') ? mainInkRows(cropCell(bin, idCell.bbox)) : null;
  if (!capped || !idCell || !idRows) return capped;
  const height = idRows.y1 - idRows.y0;
  return capped.map((c, col) => {
    const cell = cellAt(col);
    // The id itself: every row is cut above an id, so an id is its row's whatever else is guessed.
    if (col === idCell.col) return line.confidences![col]!;
    if (!cell || !SCORE_ROLES.has(line.roles?.[col] ?? null)) return c;
    // The cell's rows level with the id's line (a quarter of its height more either way).
    const y0 = Math.max(cell.bbox[1], idCell.bbox[1] + idRows.y0 - Math.round(height / 4));
    const y1 = Math.min(cell.bbox[3], idCell.bbox[1] + idRows.y1 + Math.round(height / 4));
    const level = y1 > y0 ? cropCell(bin, [cell.bbox[0], y0, cell.bbox[2], y1]) : null;
    const value = mainInkRows(cropCell(bin, cell.bbox));
    const onIdLine = value !== null && Math.min(value.y1, idRows.y1) - Math.max(value.y0, idRows.y0) >= 0.5 * Math.min(height, value.y1 - value.y0);
    const blankThere = line.cells[col] === '' && (level === null || isBlank(level));
    return onIdLine || blankThere ? line.confidences![col]! : c;
  });
}

/**
 * The grid of a table page whose ruling lines the scan lost, from the previous page's columns
 * (same page width) and this page's text; null when there is none to go by or it does not fit.
 */
function linesLost(bin: GrayImage, previous: TableLayout | null): Grid | null {
  const title = previous?.roles.indexOf('title') ?? -1;
  if (!previous?.cols || previous.pageWidth !== bin.width || title < 0) return null;
  return gridFromLayout(bin, previous.cols, title, previous.roles.indexOf('id'));
}
