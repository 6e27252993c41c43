/** One contract, two engines: whatever the table stage relies on holds for the fake and the real one. */
import { afterAll, describe, expect, it } from 'vitest';
import { binarise, type GrayImage } from '../../src/image/index.ts';
import { createTesseractOcr, type OcrEngine } from '../../src/ocr/index.ts';
import { drawText, scan } from '../image/render.ts';
import { createFakeOcr } from './fake.ts';

/** Score and text cells as the image stage hands them over: scanned, then binarised. */
async function cell(text: string, fontPx = 40): Promise<GrayImage> {
  return binarise(await scan(drawText(text, fontPx), { seed: text.length }));
}
const samples = {
  half: { text: '0,5', img: await cell('0,5') },
  eighteen: { text: '18', img: await cell('18') },
  phrase: { text: 'Thực hiện kế hoạch đúng tiến độ', img: await cell('Thực hiện kế hoạch đúng tiến độ') },
  eth: { text: 'Quyết định số 413/QĐ-UBND', img: await cell('Quyết định số 413/QĐ-UBND') },
  blank: { text: '', img: await cell('') },
};

const engines: [string, () => OcrEngine][] = [
  ['the fake', () => {
    const fake = createFakeOcr();
    for (const s of Object.values(samples)) fake.teach(s.img, s.text);
    return fake;
  }],
  ['tesseract.js', () => createTesseractOcr({ workers: 1 })],
];

describe.each(engines)('OcrEngine contract: %s', (_name, make) => {
  const ocr = make();
  afterAll(() => ocr.close());

  it('reads "0,5" and "18" in digits mode', async () => {
    expect((await ocr.recognize(samples.half.img, { mode: 'digits' })).text).toBe('0,5');
    expect((await ocr.recognize(samples.eighteen.img, { mode: 'digits' })).text).toBe('18');
  });

  it('reads a Vietnamese phrase with its diacritics, in NFC, in text mode', async () => {
    const r = await ocr.recognize(samples.phrase.img, { mode: 'text' });
    expect(r.text).toBe(samples.phrase.text);
    expect(r.text.normalize('NFC')).toBe(r.text);
    expect(r.words.map((w) => w.text)).toEqual(samples.phrase.text.split(' '));
  });

  it('writes Đ as U+0110, never the look-alike Ð', async () => {
    const r = await ocr.recognize(samples.eth.img, { mode: 'line' });
    expect(r.text).toContain('QĐ-UBND');
    expect(r.text).not.toMatch(/\u00D0/);
  });

  it('gives confidences in 0..1 and word boxes inside the image', async () => {
    const { img } = samples.phrase;
    const r = await ocr.recognize(img, { mode: 'text' });
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.confidence).toBeLessThanOrEqual(1);
    for (const w of r.words) {
      expect(w.confidence).toBeGreaterThanOrEqual(0);
      expect(w.confidence).toBeLessThanOrEqual(1);
      expect(w.bbox[0]).toBeGreaterThanOrEqual(0);
      expect(w.bbox[2]).toBeLessThanOrEqual(img.width);
      expect(w.bbox[3]).toBeLessThanOrEqual(img.height);
    }
  });

  it('reads nothing in a blank cell', async () => {
    const r = await ocr.recognize(samples.blank.img, { mode: 'digits' });
    expect(r.text).toBe('');
    expect(r.words).toEqual([]);
  });

  it('serves calls again after close()', async () => {
    await ocr.close();
    expect((await ocr.recognize(samples.eighteen.img, { mode: 'digits' })).text).toBe('18');
  });
});
