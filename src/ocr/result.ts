import type { Page } from 'tesseract.js';
import type { GrayImage } from '../image/index.ts';

/** How to read an image: a block of text, one line, or a score cell's digits. */
export type OcrMode = 'text' | 'digits' | 'line' | 'word';

/** One recognised word, in the pixel coordinates of the image passed in. */
export interface OcrWord {
  text: string;
  bbox: [number, number, number, number];
  /** 0..1 */
  confidence: number;
  /** Its characters as the OCR placed them: each one's text and left and right edge. */
  symbols?: { text: string; x0: number; x1: number }[];
}

/** What an {@link OcrEngine} read. Every string is NFC. */
export interface OcrResult {
  text: string;
  /** Mean confidence, 0..1. */
  confidence: number;
  words: OcrWord[];
}

/**
 * Normalises OCR text: NFC, Tesseract's Icelandic Eth (Ð U+00D0, ð U+00F0) to the Vietnamese
 * Đ/đ it almost always means (domain README, "OCR pitfalls"), and a slashed zero (Ø, a 0 with a
 * speck across it) beside a digit to the 0 it is ("tháng Ø7"): Vietnamese has no Ø.
 */
export function normaliseText(s: string): string {
  return s.normalize('NFC').replace(/\u00D0/g, '\u0110').replace(/\u00F0/g, '\u0111').replace(/[Øø](?=\d)|(?<=\d)[Øø]/g, '0');
}

/** Flattens a tesseract.js page (recognised with `{ blocks: true }`) into an {@link OcrResult}. */
export function toOcrResult(page: Page): OcrResult {
  const words: OcrWord[] = [];
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        for (const w of line.words) {
          words.push({
            text: normaliseText(w.text),
            bbox: [w.bbox.x0, w.bbox.y0, w.bbox.x1, w.bbox.y1],
            confidence: w.confidence / 100,
            symbols: w.symbols?.map((c) => ({ text: normaliseText(c.text), x0: c.bbox.x0, x1: c.bbox.x1 })),
          });
        }
      }
    }
  }
  return { text: normaliseText(page.text).trim(), confidence: page.confidence / 100, words };
}

/**
 * Encodes a {@link GrayImage} as binary PGM (P5): a 15-byte header and the pixels as they
 * are. Leptonica reads it directly, and it costs nothing to build, unlike PNG (measured:
 * PNG encoding added 5–60 ms per cell).
 */
export function toPgm(img: GrayImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'ascii'), img.data]);
}
