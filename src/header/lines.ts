/** Words with boxes grouped into printed lines, for OCR output and text-layer runs alike. */
import type { BBox } from '../image/index.ts';
import { nfc } from '../text/index.ts';

/** One word (or text-layer run) in page pixels. */
export interface Word {
  text: string;
  bbox: BBox;
  /** 0..1; 1 for text-layer runs. */
  confidence: number;
}

/** One printed line, words left to right. */
export interface Line {
  text: string;
  words: Word[];
  bbox: BBox;
}

const middle = (b: BBox) => (b[1] + b[3]) / 2;
const height = (b: BBox) => b[3] - b[1];

/**
 * Groups words into lines: a word joins the line whose vertical middle is within 0.45 of its
 * height of its own. Lines come out top to bottom, their words left to right.
 */
export function groupLines(words: readonly Word[]): Line[] {
  const sorted = words.filter((w) => w.text.trim() !== '').sort((a, b) => middle(a.bbox) - middle(b.bbox));
  const groups: Word[][] = [];
  for (const w of sorted) {
    const group = groups.find((g) => {
      const ref = g.reduce((s, x) => s + middle(x.bbox), 0) / g.length;
      const h = Math.max(height(w.bbox), Math.min(...g.map((x) => height(x.bbox))));
      return Math.abs(middle(w.bbox) - ref) < 0.45 * h;
    });
    if (group) group.push(w);
    else groups.push([w]);
  }
  return groups
    .map((g) => lineOf(g.sort((a, b) => a.bbox[0] - b.bbox[0])))
    .sort((a, b) => a.bbox[1] - b.bbox[1]);
}

/** A line of words; its text is the words joined by one space, so {@link xAt} can map offsets back to pixels. */
export function lineOf(input: Word[]): Line {
  const words = input.map((w) => ({ ...w, text: nfc(w.text).replace(/\s+/g, ' ').trim() })).filter((w) => w.text !== '');
  return {
    text: words.map((w) => w.text).join(' '),
    words,
    bbox: [
      Math.min(...words.map((w) => w.bbox[0])), Math.min(...words.map((w) => w.bbox[1])),
      Math.max(...words.map((w) => w.bbox[2])), Math.max(...words.map((w) => w.bbox[3])),
    ],
  };
}

/** The weakest confidence among words, 0 for none. */
export function weakest(words: readonly Word[]): number {
  return words.length === 0 ? 0 : Math.min(...words.map((w) => w.confidence));
}

/** The median line height, a unit for gaps and glyph sizes. */
export function lineHeight(lines: readonly Line[]): number {
  const hs = lines.map((l) => height(l.bbox)).sort((a, b) => a - b);
  return hs[Math.floor(hs.length / 2)] ?? 40;
}

/**
 * The x pixel where character `offset` of a line's text stands, interpolated inside its word
 * (OCR boxes are per word; a handwritten number glued to "Số:" shares one box with it).
 */
export function xAt(line: Line, offset: number): number {
  let start = 0;
  for (const w of line.words) {
    const end = start + w.text.length;
    if (offset <= end) {
      const share = Math.max(0, offset - start) / Math.max(1, w.text.length);
      return w.bbox[0] + share * (w.bbox[2] - w.bbox[0]);
    }
    start = end + 1;
  }
  return line.bbox[2];
}

/** The words that overlap characters [from, to) of a line's text. */
export function wordsIn(line: Line, from: number, to: number): Word[] {
  const out: Word[] = [];
  let start = 0;
  for (const w of line.words) {
    const end = start + w.text.length;
    if (end > from && start < to) out.push(w);
    start = end + 1;
  }
  return out;
}

/**
 * Lower case, marks dropped, đ→d, any other character a space: one character for each of the
 * NFC text's, so offsets found here hold in the printed text.
 */
export function loose(text: string): string {
  return [...text].map((ch) => {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    return base.length === 1 && /[a-z0-9]/.test(base) ? base : ' ';
  }).join('');
}
