import { fold } from '../text/index.ts';
import { ReportError } from './errors.ts';
import { canonicalId, cleanCell, type SourceLine } from './lines.ts';

/** Lines an OCR engine leaves at a page break of a transcript ("C", empty lines). */
const isNoise = (line: string) => line.trim() === '' || /^\s*[A-Z]\s*$/.test(line);

const isTableHeader = (cells: string[]) => cells.some((c) => fold(c) === 'stt')
  && cells.some((c) => fold(c).startsWith('diem'));

/**
 * Reads a tab-separated OCR transcript (a table row per line) into the text above the table
 * and the table's rows. The table starts at its header row (STT … Điểm …), or failing that at
 * the first row whose first cell is section 1.
 */
export function readTranscript(text: string, file: string): { headerText: string; lines: SourceLine[] } {
  const rows = text.split(/\r?\n/);
  let start = rows.findIndex((row) => isTableHeader(row.split('\t').map(cleanCell)));
  if (start < 0) {
    start = rows.findIndex((row) => {
      const first = row.split('\t').map(cleanCell).find((c) => c !== '');
      return row.includes('\t') && first !== undefined && canonicalId(first) === '1';
    }) - 1;
  }
  if (start < -1) throw new ReportError('NO_TABLE', file, 'no score table found');
  const lines = rows.slice(start + 1)
    .filter((row) => !isNoise(row))
    .map((row): SourceLine => ({ cells: row.split('\t'), page: null, bbox: null }));
  return { headerText: rows.slice(0, Math.max(start, 0)).join('\n'), lines };
}
