import type { GrayImage } from '../image/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import { readEvidence } from './evidence.ts';

/**
 * Reads a block of text (a report's cover, its annex title), its citation words and dates
 * checked as in an evidence cell, and each read again however sure the first reading was: the
 * report's own number and date are among them, and a clean "229/BC-UBND" may come out 220 in
 * the whole block's reading (two readings of the word alone replace it when they agree).
 */
export async function readTextWithDates(ocr: OcrEngine, img: GrayImage): Promise<string> {
  return (await readEvidence(ocr, img, { everyCitation: true })).text;
}
