/** A scripted {@link OcrEngine} for tests: it "reads" whatever it was taught for an image. */
import type { GrayImage } from '../../src/image/index.ts';
import { normaliseText, OcrError, type OcrEngine, type OcrErrorCode, type OcrMode, type OcrResult } from '../../src/ocr/index.ts';

const DIGITS = /[^0-9,.]/g;

export interface FakeOcr extends OcrEngine {
  /** From now on, reading `img` gives `text` (confidence 0.99). */
  teach(img: GrayImage, text: string): void;
  /** Makes the next call fail with `code`; later calls succeed again. */
  failNext(code: OcrErrorCode): void;
  /** How many calls were made, per mode. */
  calls: Record<OcrMode, number>;
}

/** Creates a {@link FakeOcr}. Unknown images read as empty, as blank cells do. */
export function createFakeOcr(): FakeOcr {
  const known = new WeakMap<GrayImage, string>();
  let failure: OcrErrorCode | undefined;
  const calls: Record<OcrMode, number> = { text: 0, digits: 0, line: 0, word: 0 };
  return {
    calls,
    teach: (img, text) => known.set(img, text),
    failNext: (code) => { failure = code; },
    async recognize(img, { mode }): Promise<OcrResult> {
      calls[mode]++;
      if (failure) {
        const code = failure;
        failure = undefined;
        throw new OcrError(code, `fake ${code}`);
      }
      let text = normaliseText(known.get(img) ?? '');
      if (mode === 'digits') text = text.replace(DIGITS, '');
      if (mode !== 'text') text = text.replace(/\s*\n\s*/g, ' ');
      const parts = text.split(/\s+/).filter(Boolean);
      const step = img.width / Math.max(1, parts.length);
      const words = parts.map((t, i) => ({
        text: t,
        bbox: [Math.round(i * step), 0, Math.round((i + 1) * step), img.height] as [number, number, number, number],
        confidence: 0.99,
      }));
      return { text, confidence: parts.length ? 0.99 : 0, words };
    },
    async close() {},
  };
}
