import type { GrayImage } from '../image/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import { readEvidence } from './evidence.ts';

/**
 * Reads a block of text (a report's cover, its annex title), its citation words and dates
 * checked as in an evidence cell (the report's own number and date are one).
 */
export async function readTextWithDates(ocr: OcrEngine, img: GrayImage): Promise<string> {
  return (await readEvidence(ocr, img)).text;
}
