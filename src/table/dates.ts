import { cropCell, mainInkBand, type GrayImage } from '../image/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import { withCitationsReread } from './evidence.ts';
import { BAND_PAD, readScore } from './numbers.ts';

const DAY_WORD = /^ng\p{L}y$/iu;
const MONTH_WORD = /^th\p{L}ng$/iu;
const YEAR_WORD = /^n\p{L}m$/iu;

/**
 * Reads a block of text (a report's cover, its annex title), its citation words checked as in
 * an evidence cell (the report's own number is one), and, in a date written out
 * ("ngày 06 tháng 11 năm 2018"), reads again the day or month that did not come out as
 * digits ("tháng Ì năm": the LSTM returns nothing or a letter for some serif 1s), the way a
 * score cell is read. A day or month still not read as digits stays as it was.
 */
export async function readTextWithDates(ocr: OcrEngine, img: GrayImage): Promise<string> {
  const read = await ocr.recognize(img, { mode: 'text' });
  let text = await withCitationsReread(ocr, img, read);
  for (const [i, word] of read.words.entries()) {
    const before = read.words[i - 1]?.text ?? '';
    const after = read.words[i + 1]?.text ?? '';
    const isDay = DAY_WORD.test(before) && MONTH_WORD.test(after);
    const isMonth = MONTH_WORD.test(before) && YEAR_WORD.test(after);
    if ((!isDay && !isMonth) || /^\d{1,2}$/.test(word.text)) continue;
    // The word's own box may hold only what the OCR made of it: take all between its neighbours.
    const [left, right] = [read.words[i - 1]!.bbox, read.words[i + 1]!.bbox];
    const digits = await rereadNumber(ocr, img, [left[2] + 2, Math.min(left[1], right[1]), right[0] - 2, Math.max(left[3], right[3])]);
    if (digits !== null) text = text.replace(`${before} ${word.text} ${after}`, `${before} ${digits} ${after}`);
  }
  return text;
}

async function rereadNumber(ocr: OcrEngine, img: GrayImage, bbox: [number, number, number, number]): Promise<string | null> {
  const band = mainInkBand(cropCell(img, bbox, 4), BAND_PAD);
  if (!band) return null;
  const read = await readScore(ocr, band);
  return /^\d{1,2}$/.test(read.text) ? read.text : null;
}
