import { cropCell, type GrayImage } from '../image/index.ts';
import type { OcrEngine, OcrWord } from '../ocr/index.ts';

/**
 * A word of a citation that the OCR read into a shape no citation has: a letter or bracket
 * among the digits of a number or date ("I060/BC-UBND", "1]"), a digit glued to the letters of
 * a symbol ("33037BC-UBND", "618/5NV"), a date missing a slash ("18/0272018") or holding a
 * zero month or day ("13/00/2018").
 */
const MISSHAPEN = [
  /[Il|\][]\d|\d[Il|\][]/, // I060, 1]
  /\d[:;'`]\d/, // 18/02:2018
  /\d\p{Lu}/u, // 33037BC-UBND, 618/5NV-CCHC
  /^\d{1,2}\/\d{6,7}[.,;]?$/, // 18/0272018
  /(?:^|\/)00\//, // 13/00/2018
];
const misshapen = (word: string) => /\d/.test(word) && MISSHAPEN.some((re) => re.test(word));

/**
 * Reads an evidence cell. A citation word that came out misshapen is read again on its own;
 * a second reading replaces it only when it has the shape a citation has. Every reading comes
 * from the printed word: nothing is corrected from a list.
 */
export async function readEvidence(ocr: OcrEngine, img: GrayImage): Promise<{ text: string; confidence: number }> {
  const read = await ocr.recognize(img, { mode: 'text' });
  const suspects = read.words.filter((w) => misshapen(w.text));
  if (suspects.length === 0) return read;
  let text = read.text;
  for (const word of suspects) {
    const again = await rereadWord(ocr, img, word);
    if (again !== null) text = text.replace(word.text, again);
  }
  return { text, confidence: read.confidence };
}

/** Reads a word again as one line, then as one word; the first reading with a citation's shape wins. */
async function rereadWord(ocr: OcrEngine, img: GrayImage, word: OcrWord): Promise<string | null> {
  const crop = cropCell(img, word.bbox, 6);
  for (const mode of ['line', 'word'] as const) {
    const again = (await ocr.recognize(crop, { mode, words: false })).text.replace(/\s+/g, '');
    // The same word, one character more or less at most (a slash found, a bracket dropped).
    const close = Math.abs(again.length - word.text.length) <= 1 && /\d/.test(again);
    if (close && !misshapen(again) && again !== word.text) return again;
  }
  return null;
}
