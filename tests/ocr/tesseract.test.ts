import { afterAll, describe, expect, it } from 'vitest';
import { binarise, type GrayImage } from '../../src/image/index.ts';
import { createTesseractOcr, defaultFastLangPath, OcrError } from '../../src/ocr/index.ts';
import { drawText, scan } from '../image/render.ts';

const score = binarise(await scan(drawText('18')));
/** Gray noise: Tesseract hunts for text in it for many seconds. */
function noise(size: number): GrayImage {
  const data = Buffer.alloc(size * size);
  let s = 1;
  for (let i = 0; i < data.length; i++) data[i] = (s = (s * 16807) % 2147483647) & 255;
  return { data, width: size, height: size };
}

describe('createTesseractOcr', () => {
  const ocr = createTesseractOcr({ workers: 1, timeoutMs: 2000 });
  afterAll(() => ocr.close());

  it('fails a call that runs past the timeout with OCR_TIMEOUT, and serves the next call', async () => {
    await ocr.recognize(score, { mode: 'digits' }); // the worker is up: the timeout measures the job alone
    const err = await ocr.recognize(noise(1500), { mode: 'text' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OcrError);
    expect((err as OcrError).code).toBe('OCR_TIMEOUT');
    expect((await ocr.recognize(score, { mode: 'digits' })).text).toBe('18');
  });

  it('fails a call whose image Tesseract rejects with OCR_CRASH and its cause, and serves the next call', async () => {
    const err = await ocr.recognize({ data: Buffer.alloc(0), width: 0, height: 0 }, { mode: 'text' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OcrError);
    expect((err as OcrError).code).toBe('OCR_CRASH');
    expect((err as OcrError).cause).toBeDefined();
    expect((await ocr.recognize(score, { mode: 'digits' })).text).toBe('18');
  });

  it('fails with OCR_INIT, without hanging, when the language data is missing', async () => {
    const broken = createTesseractOcr({ workers: 1, langPath: '/nonexistent' });
    const err = await broken.recognize(score, { mode: 'digits' }).catch((e: unknown) => e);
    expect((err as OcrError).code).toBe('OCR_INIT');
    await broken.close();
  });

  it('starts warm workers that close even before their language data has loaded, and a later call starts them again', async () => {
    const warm = createTesseractOcr({ workers: 1, warm: true });
    await warm.close(); // the workers are still loading: close waits for them and ends them
    expect((await warm.recognize(score, { mode: 'digits' })).text).toBe('18');
    await warm.close();
  });

  it('reports a warm start that failed at the first call, with its reason, and nothing before', async () => {
    const broken = createTesseractOcr({ workers: 1, langPath: '/nonexistent', warm: true });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the failed start settles unobserved
    const err = await broken.recognize(score, { mode: 'digits' }).catch((e: unknown) => e);
    expect((err as OcrError).code).toBe('OCR_INIT');
    expect((err as OcrError).message).toContain('/nonexistent/vie.traineddata');
    await broken.close();
  });

  it('reads a fast call with the fast model, and only a fast call', async () => {
    const noFast = createTesseractOcr({ workers: 1, fastLangPath: '/nonexistent-fast' });
    const err = await noFast.recognize(score, { mode: 'digits', fast: true }).catch((e: unknown) => e);
    expect((err as OcrError).code).toBe('OCR_INIT');
    expect((err as OcrError).message).toContain('/nonexistent-fast/vie.traineddata');
    expect((await noFast.recognize(score, { mode: 'digits' })).text).toBe('18');
    await noFast.close();
  });

  it("reads Vietnamese with Debian's fast model (tesseract-ocr-vie, installed by .ci/run)", async () => {
    expect(defaultFastLangPath()).not.toBeNull();
    const phrase = binarise(await scan(drawText('Ban hành kế hoạch kịp thời: 0,5')));
    const fast = createTesseractOcr({ workers: 1 });
    expect((await fast.recognize(phrase, { mode: 'line', fast: true })).text).toBe('Ban hành kế hoạch kịp thời: 0,5');
    await fast.close();
  });

  it('answers concurrent calls on a pool of two workers, each with its own result', async () => {
    const pool = createTesseractOcr({ workers: 2, recycleAfter: 2 });
    const half = binarise(await scan(drawText('0,5')));
    const texts = await Promise.all([score, half, score, half, score].map((img) => pool.recognize(img, { mode: 'digits' }).then((r) => r.text)));
    expect(texts).toEqual(['18', '0,5', '18', '0,5', '18']);
    await pool.close();
  });
});
