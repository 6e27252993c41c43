import { binarise, cropCell, deskew, findGrid, isBlank, lineMask, type GrayImage, type Grid } from '../src/image/index.ts';
import type { OcrEngine } from '../src/ocr/index.ts';
import { renderPage, tooSmallToRead, type PageSource, type PdfDocument, type TextItem } from '../src/pdf/index.ts';
import type { Box, SourceLine } from '../src/report/index.ts';
import { readTable, type TableLayout } from '../src/table/index.ts';

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

async function ocrRegion(ocr: OcrEngine, bin: GrayImage, box: Box): Promise<string> {
  if (box[3] - box[1] < 40) return '';
  const img = cropCell(bin, box, 10);
  return isBlank(img) ? '' : (await ocr.recognize(img, { mode: 'text' })).text;
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

/**
 * Reads one page: a ruled table's rows (OCR of its cells, or a born-digital page's own text),
 * and the text above the table or, on a page without a table, the header half of the page.
 */
export async function readPdfPage(doc: PdfDocument, source: PageSource, ocr: OcrEngine, previous: TableLayout | null, isFirst: boolean): Promise<PageRead> {
  const page = source.page;
  if (source.kind === 'text') {
    const rendered = await renderPage(doc, page);
    const grid = findGrid(binarise(rendered.image));
    const above = (y: number) => source.items.filter((it) => it.bbox[3] <= y).map((it) => it.text).join(' ');
    if (!grid) return { page, headerText: isFirst ? above(Infinity) : '', lines: [], layout: null };
    return { page, headerText: above(grid.rows[0]!), lines: linesFromItems(source.items, grid, page), layout: previous };
  }
  if (tooSmallToRead(source)) {
    return { page, headerText: '', lines: [], layout: null, problem: `page ${page}: scan too small to read (${source.image.width}×${source.image.height} px)` };
  }
  const { image } = await deskew(source.image);
  // Dust removal sized for 200–300 dpi would erase the dots of "5.2.3" in a coarser scan.
  const bin = binarise(image, { maxSpeck: source.dpi < 200 ? Math.max(1, Math.round(8 * (source.dpi / 300) ** 2)) : 8 });
  const grid = findGrid(bin) ?? findGrid(lineMask(image));
  if (!grid) {
    const headerText = isFirst ? await ocrRegion(ocr, bin, [0, 0, bin.width, Math.round(bin.height * HEADER_SHARE)]) : '';
    return { page, headerText, lines: [], layout: null };
  }
  const [headerText, table] = await Promise.all([
    isFirst || previous === null ? ocrRegion(ocr, bin, [0, 0, bin.width, grid.rows[0]! - 4]) : Promise.resolve(''),
    readTable(bin, grid, ocr, { page, dpi: source.dpi, previous }),
  ]);
  return { page, headerText, lines: table.lines, layout: table.layout };
}
