import type { BBox } from './gray.ts';
import type { Grid, GridCell } from './grid.ts';

/** A word with its box, as the OCR stage returns it. */
export interface BoxedWord {
  text: string;
  bbox: BBox;
}

/**
 * Fallback for a table printed without ruling lines: columns from the header row's words
 * (words closer than one word height belong to the same header cell; column boundaries fall
 * midway between header cells), rows from the text lines of `words` (boundaries midway
 * between lines). No merged cells. Null when the header has fewer than two columns.
 */
export function gridFromWords(words: BoxedWord[], headerWords: BoxedWord[]): Grid | null {
  if (headerWords.length === 0 || words.length === 0) return null;
  const height = median(headerWords.map((w) => w.bbox[3] - w.bbox[1]));
  const heads = spans(headerWords.map((w) => [w.bbox[0], w.bbox[2]] as const), height);
  if (heads.length < 2) return null;
  const all = [...words, ...headerWords];
  const left = Math.min(...all.map((w) => w.bbox[0]));
  const right = Math.max(...all.map((w) => w.bbox[2]));
  const cols = [left - 1];
  for (let i = 1; i < heads.length; i++) cols.push(Math.round((heads[i - 1]![1] + heads[i]![0]) / 2));
  cols.push(right + 1);

  const lines = spans(all.map((w) => [w.bbox[1], w.bbox[3]] as const), 0);
  const rows = [lines[0]![0] - 1];
  for (let i = 1; i < lines.length; i++) rows.push(Math.round((lines[i - 1]![1] + lines[i]![0]) / 2));
  rows.push(lines.at(-1)![1] + 1);

  const cells: GridCell[] = [];
  for (let r = 0; r + 1 < rows.length; r++) {
    for (let c = 0; c + 1 < cols.length; c++) {
      cells.push({ row: r, col: c, rowSpan: 1, colSpan: 1, bbox: [cols[c]!, rows[r]!, cols[c + 1]!, rows[r + 1]!] });
    }
  }
  return { rows, cols, cells };
}

/** Merges intervals that overlap or lie closer than `gap`, sorted. */
export function spans(intervals: (readonly [number, number])[], gap: number): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1] + gap) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
