/**
 * The OCR stage: reads a page or a cell image into words with boxes and confidence.
 * The table stage depends only on the {@link OcrEngine} port; {@link createTesseractOcr}
 * implements it with tesseract.js, and tests use a fake.
 */
import type { GrayImage } from '../image/index.ts';
import type { OcrMode, OcrResult } from './result.ts';

export type { OcrMode, OcrResult, OcrWord } from './result.ts';
export { normaliseText } from './result.ts';
export { OcrError, type OcrErrorCode } from './errors.ts';
export { createTesseractOcr, defaultFastLangPath, defaultLangPath, type TesseractOcrOptions } from './tesseract.ts';

/** What the table stage needs from an OCR engine. */
export interface OcrEngine {
  /**
   * Reads one image. `text` reads a block (a title or evidence cell), `line` a single line,
   * `digits` a score cell (only `0-9 , .`), `word` a single word with any characters.
   * `words: false` skips the words and their boxes (`words` comes back empty), which saves
   * about a tenth of the time. `fast` reads with a faster, smaller model, for text whose every
   * character need not be right (titles, option texts, header labels: never a score or a
   * citation). Rejects with an {@link OcrError} when this call failed; the engine stays usable.
   */
  recognize(img: GrayImage, opts: { mode: OcrMode; words?: boolean; fast?: boolean }): Promise<OcrResult>;
  /** Stops the engine's workers once their current calls end. */
  close(): Promise<void>;
}
