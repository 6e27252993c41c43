import { cropCell, type GrayImage } from '../image/index.ts';
import type { OcrEngine, OcrResult, OcrWord } from '../ocr/index.ts';
import { enlarge } from './numbers.ts';

/**
 * A word of a citation that the OCR read into a shape no citation has: a letter or bracket
 * among the digits of a number or date ("I060/BC-UBND", "1]"), a digit glued to the letters of
 * a symbol ("33037BC-UBND", "618/5NV"), a date missing a slash ("18/0272018") or holding a
 * zero or impossible month ("13/00/2018", "20/57/2018").
 */
const MISSHAPEN = [
  /[Il|\][]\d|\d[Il|\][]/, // I060, 1]
  /\d[:;'`]\d/, // 18/02:2018
  /\d\p{Lu}/u, // 33037BC-UBND, 618/5NV-CCHC
  /^\d{1,2}\/\d{6,7}[.,;]?$/, // 18/0272018
  /(?:^|\/)00\//, // 13/00/2018
  /^\d{1,2}\/(?:1[3-9]|[2-9]\d)\/\d{4}/, // 20/57/2018: no month 57
];
const misshapen = (word: string) => /\d/.test(word) && MISSHAPEN.some((re) => re.test(word));

/** A citation's number and symbol ("1147/SNV-CCHC", "62/2018/QĐ-UBND") or its date ("08/05/2018"). */
const CITATION_WORD = /\d\/\p{L}|^\d{1,2}\/\d{1,2}\/\d{4}/u;
/** A symbol is capitals, Đ, digits and marks: any other accented letter in it is a misreading ("UBND-ÑV"). */
const foreignLetter = (word: string) => /\/\S*[^\x00-\x7FĐđ]/u.test(word);
/** A citation word read less surely than this is read again ("1147/SNV-CCHOG" at 0.62). */
const UNSURE_WORD = 0.7;
const unsure = (word: OcrWord) => CITATION_WORD.test(word.text) && (word.confidence < UNSURE_WORD || foreignLetter(word.text));

/**
 * Reads an evidence cell. A citation word that came out misshapen, or a number and symbol or
 * a date read unsurely, is read again on its own; a second reading replaces it only when it
 * has the shape a citation has. Every reading comes from the printed word: nothing is
 * corrected from a list.
 */
export async function readEvidence(ocr: OcrEngine, img: GrayImage): Promise<{ text: string; confidence: number }> {
  const read = await ocr.recognize(img, { mode: 'text' });
  return { text: await withCitationsReread(ocr, img, read), confidence: read.confidence };
}

/** The text of `read` (a reading of `img`) with its misshapen and unsure citation words read again. */
export async function withCitationsReread(ocr: OcrEngine, img: GrayImage, read: OcrResult): Promise<string> {
  let text = read.text;
  for (const word of read.words.filter((w) => misshapen(w.text) || unsure(w))) {
    const again = misshapen(word.text) ? await rereadWord(ocr, img, word) : await rereadTwice(ocr, img, word);
    if (again !== null) text = text.replace(word.text, again);
  }
  return text;
}

/**
 * Reads an unsure citation word again as one word, at its size and half as large again. Only
 * two readings that agree replace it, save that one may have lost a slash the other kept
 * ("383UBND-VP", "383/UBND-VP"); a speck read before the word is dropped.
 */
async function rereadTwice(ocr: OcrEngine, img: GrayImage, word: OcrWord): Promise<string | null> {
  const crop = cropCell(img, word.bbox, 6);
  const [a, b] = await Promise.all([1, 1.5].map(async (factor) =>
    (await ocr.recognize(await enlarge(crop, factor), { mode: 'word', words: false })).text.replace(/\s+/g, '').replace(/^[^\p{L}\d]+/u, '')));
  const slashes = (text: string) => text.split('/').length;
  if (a!.replaceAll('/', '') !== b!.replaceAll('/', '')) return null;
  const again = slashes(a!) >= slashes(b!) ? a! : b!;
  // Letters, digits and the marks of a number and symbol, with a closing mark at most.
  const shaped = CITATION_WORD.test(again) && /^[\p{L}\d/&.-]+[,;]?$/u.test(again) && !misshapen(again) && !foreignLetter(again);
  return shaped && again !== word.text ? again : null;
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
