import { describe, expect, it } from 'vitest';
import {
  openPdf,
  readPage,
  renderPage,
  tooSmallToRead,
  type ImagePage,
  type PageSource,
  type TextPage,
} from '../../src/pdf/index.ts';
import { realSample, realSampleNames } from '../helpers/samples.ts';
import { imagePagePdf, vectorPdf } from './make-pdf.ts';

/** What each real sample's pages should give: text, or an embedded scan at about this dpi. */
const EXPECTED: Record<string, 'text' | { dpi: number }> = {
  '01CT_20250509_154257.pdf': { dpi: 100 },
  '04CT.signed_20250513_154052.pdf': { dpi: 300 },
  '05.signed_20250517_044750.pdf': 'text',
  '05CT_20250517_033418.pdf': { dpi: 100 },
  '11CT_20250510_124908.pdf': { dpi: 300 },
  '16CT.signed_20250510_124909.pdf': { dpi: 300 },
  '23BC.signed_20250510_124908.pdf': { dpi: 300 },
  '660TBUB.signed_20250219_234149.pdf': { dpi: 300 },
  'H14.1999.1180.ND.001.020_20250517_050647.pdf': { dpi: 300 },
  'va_1.pdf': { dpi: 200 },
  'va_2.pdf': { dpi: 300 },
  'va_3.pdf': { dpi: 200 },
  'vht507.signed_20250510_124909.pdf': 'text',
};

/** A generous ceiling for one page on a slow CI machine; pages take 0.1–1 s here. */
const PAGE_BUDGET_MS = 15_000;

async function readAll(bytes: Uint8Array, file: string): Promise<PageSource[]> {
  const doc = await openPdf(bytes, file);
  try {
    const pages: PageSource[] = [];
    for (let n = 1; n <= doc.pageCount; n++) pages.push(await readPage(doc, n));
    return pages;
  } finally {
    await doc.destroy();
  }
}

async function onlyPage(bytes: Uint8Array): Promise<PageSource> {
  const [page] = await readAll(bytes, 'made.pdf');
  if (!page) throw new Error('no page');
  return page;
}

function asImage(source: PageSource | undefined): ImagePage {
  expect(source?.kind).toBe('image');
  return source as ImagePage;
}

function asText(source: PageSource | undefined): TextPage {
  expect(source?.kind).toBe('text');
  return source as TextPage;
}

function mean(data: Buffer): number {
  let sum = 0;
  for (const value of data) sum += value;
  return sum / data.length;
}

describe('readPage on the real samples', () => {
  it('knows what to expect of every sample', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(realSampleNames('.pdf'));
  });

  it.each(realSampleNames('.pdf'))('reads every page of %s as expected, each in bounded time', async (name) => {
    const doc = await openPdf(realSample(name), name);
    try {
      for (let n = 1; n <= doc.pageCount; n++) {
        const started = performance.now();
        const source = await readPage(doc, n);
        expect(performance.now() - started).toBeLessThan(PAGE_BUDGET_MS);
        expect(source.page).toBe(n);
        const expected = EXPECTED[name];
        if (expected === 'text') {
          expect(asText(source).items.length).toBeGreaterThan(10);
        } else {
          const page = asImage(source);
          expect(page.origin).toBe('embedded');
          expect(page.dpi).toBeGreaterThan((expected?.dpi ?? 0) * 0.97);
          expect(page.dpi).toBeLessThan((expected?.dpi ?? 0) * 1.03);
          expect(page.image.data.length).toBe(page.image.width * page.image.height);
          expect(mean(page.image.data)).toBeGreaterThan(150); // paper is light: not inverted
          expect(tooSmallToRead(page)).toBe(false);
        }
      }
    } finally {
      await doc.destroy();
    }
  });

  it('reports va_1.pdf as scans although it carries a text layer', async () => {
    const pages = await readAll(realSample('va_1.pdf'), 'va_1.pdf');
    expect(pages.map((p) => p.kind)).toEqual(['image', 'image']);
  });

  it('takes a 1-bit CCITT scan at its own 300 dpi, black and white only', async () => {
    const doc = await openPdf(realSample('11CT_20250510_124908.pdf'), '11CT.pdf');
    const page = asImage(await readPage(doc, 1));
    await doc.destroy();
    expect([page.image.width, page.image.height]).toEqual([2482, 3513]);
    expect(new Set(page.image.data)).toEqual(new Set([0, 255]));
  });

  it('gives text boxes in a top-left, 300 dpi page space', async () => {
    const doc = await openPdf(realSample('vht507.signed_20250510_124909.pdf'), 'vht507.pdf');
    const page = asText(await readPage(doc, 1));
    await doc.destroy();
    expect([page.width, page.height]).toEqual([2481, 3509]); // A4 at 300 dpi
    const header = page.items.find((item) => item.text.includes('ỦY BAN NHÂN DÂN'));
    expect(header?.bbox[1]).toBeLessThan(page.height * 0.15);
    expect(header?.bbox[0]).toBeLessThan(page.width / 2);
    for (const { text, bbox } of page.items) {
      expect(text).toBe(text.normalize('NFC'));
      expect(bbox[0]).toBeLessThan(bbox[2]);
      expect(bbox[1]).toBeLessThan(bbox[3]);
      expect(bbox[0]).toBeGreaterThanOrEqual(0);
      expect(bbox[3]).toBeLessThanOrEqual(page.height);
    }
  });
});

describe('readPage on made-up pages', () => {
  it('returns a 1×1-pixel scan as it is, and flags it too small to read', async () => {
    const bytes = imagePagePdf({
      width: 595,
      height: 842,
      image: { dict: '/Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8', bytes: Uint8Array.of(128) },
    });
    const page = asImage(await onlyPage(bytes));
    expect(page.origin).toBe('embedded');
    expect([page.image.width, page.image.height, [...page.image.data]]).toEqual([1, 1, [128]]);
    expect(tooSmallToRead(page)).toBe(true);
  });

  it('turns a scan upright on a page with /Rotate 90', async () => {
    // 3 × 2 pixels: rows [10 20 30] and [40 50 60]; turned clockwise they read [40 10] [50 20] [60 30].
    const bytes = imagePagePdf({
      width: 72,
      height: 108,
      rotate: 90,
      image: {
        dict: '/Width 3 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8',
        bytes: Uint8Array.of(10, 20, 30, 40, 50, 60),
      },
    });
    const page = asImage(await onlyPage(bytes));
    expect([page.image.width, page.image.height]).toEqual([2, 3]);
    expect([...page.image.data]).toEqual([40, 10, 50, 20, 60, 30]);
  });

  it('undoes a scan painted upside down', async () => {
    const bytes = imagePagePdf({
      width: 72,
      height: 72,
      cm: '-72 0 0 -72 72 72',
      image: { dict: '/Width 2 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8', bytes: Uint8Array.of(0, 255) },
    });
    expect([...asImage(await onlyPage(bytes)).image.data]).toEqual([255, 0]);
  });

  it('decodes a JPEG 2000 scan with the wasm decoder shipped in pdfjs-dist', async () => {
    const bytes = imagePagePdf({
      width: 160,
      height: 80,
      image: { dict: '/Width 16 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /JPXDecode', bytes: JPX_RAMP },
    });
    const page = asImage(await onlyPage(bytes));
    expect(page.dpi).toBeCloseTo(7.2, 1);
    const firstRow = [...page.image.data.subarray(0, 16)];
    expect(firstRow).toEqual(Array.from({ length: 16 }, (_, x) => x * 16));
  });

  it('converts an RGB scan to gray by luma', async () => {
    const bytes = imagePagePdf({
      width: 72,
      height: 72,
      image: { dict: '/Width 2 /Height 1 /ColorSpace /DeviceRGB /BitsPerComponent 8', bytes: Uint8Array.of(255, 0, 0, 255, 255, 255) },
    });
    expect([...asImage(await onlyPage(bytes)).image.data]).toEqual([76, 255]);
  });

  it('renders a page without text or scan at 300 dpi', async () => {
    const page = asImage(await onlyPage(vectorPdf()));
    expect(page.origin).toBe('rendered');
    expect(page.dpi).toBe(300);
    expect([page.image.width, page.image.height]).toEqual([2479, 3508]);
    const { width, data } = page.image;
    const row = 1750 * width;
    expect(data[row + 300]).toBeLessThan(128); // the box's left edge at x = 72 pt
    expect(data[row + 1200]).toBe(255); // blank paper inside it
  });

  it('renders a born-digital page on request, at the asked dpi', async () => {
    const doc = await openPdf(realSample('05.signed_20250517_044750.pdf'), '05.pdf');
    const page = await renderPage(doc, 1, 100);
    await doc.destroy();
    expect([page.image.width, page.image.height, page.dpi]).toEqual([827, 1170, 100]);
    expect(mean(page.image.data)).toBeGreaterThan(200);
  });

  it('refuses a page number outside the document as a caller bug', async () => {
    const doc = await openPdf(vectorPdf(), 'one.pdf');
    await expect(readPage(doc, 2)).rejects.toThrow(RangeError);
    await expect(readPage(doc, 0)).rejects.toThrow(RangeError);
    await doc.destroy();
  });
});

/** A 16 × 8 gray ramp (column x = 16·x), lossless JPEG 2000, made with opj_compress -n 2. */
const JPX_RAMP = Buffer.from(
  'AAAADGpQICANCocKAAAAFGZ0eXBqcDIgAAAAAGpwMiAAAAAtanAyaAAAABZpaGRyAAAACAAAABAAAQcHAAAAAAAPY29scgEAAAAAABEAAACcanAyY/9P/1EAKQAAAAAAEAAAAAgAAAAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAQcBAf9SAAwAAAABAAEEBAAB/1wAB0BASEhQ/2QAJQABQ3JlYXRlZCBieSBPcGVuSlBFRyB2ZXJzaW9uIDIuNS4w/5AACgAAAAAAJwAB/5PfgHARZpDzBdg8CppdAPlEP8HzhAA2nf9//9k=',
  'base64',
);
