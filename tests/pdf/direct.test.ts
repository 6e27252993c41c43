import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readScanDirectly } from '../../src/pdf/direct.ts';
import { isDecodedImage, orient, toGray } from '../../src/pdf/gray.ts';
import { openPdf, readPage, type PdfDocument } from '../../src/pdf/index.ts';
import { findPageScan } from '../../src/pdf/scan.ts';
import type { GrayImage } from '../../src/pdf/types.ts';
import { realSample, realSampleNames } from '../helpers/samples.ts';
import { buildPdf, imagePagePdf } from './make-pdf.ts';

/** The page's scan as pdf.js decodes it (the path readPage takes when the direct one gives up). */
async function pdfJsScan(doc: PdfDocument, n: number): Promise<GrayImage | null> {
  const page = await doc.pdf.getPage(n);
  const scan = await findPageScan(page);
  if (!scan || !('objId' in scan.source)) return null;
  const { objId } = scan.source;
  const store = objId.startsWith('g_') ? page.commonObjs : page.objs;
  const raw = await new Promise<unknown>((resolve) => store.get(objId, resolve));
  return isDecodedImage(raw) ? orient(toGray(raw), scan.orientation) : null;
}

async function direct(doc: PdfDocument, n: number) {
  return readScanDirectly(doc.objects!, await doc.pdf.getPage(n));
}

/** Largest difference of two images of one size, in gray levels. */
function maxDifference(a: GrayImage, b: GrayImage): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let max = 0;
  for (let i = 0; i < a.data.length; i++) max = Math.max(max, Math.abs(a.data[i]! - b.data[i]!));
  return max;
}

/** A gray test card: a dark bar and a gradient, so that an orientation or a row mix-up shows. */
function card(width: number, height: number): Buffer {
  const px = Buffer.alloc(width * height, 255);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (x < width / 4 || y < 3) px[y * width + x] = (x * 7 + y * 3) % 200;
  return px;
}

describe('readScanDirectly', () => {
  it('reads the committed JPEG and 1-bit scans as pdf.js does, JPEG within a decoder rounding', async () => {
    for (const [file, tolerance] of [['arithmetic-s4-s6.pdf', 2], ['references-s3-s5.pdf', 0]] as const) {
      const doc = await openPdf(readFileSync(`fixtures/scanned/${file}`), file);
      for (const n of [1, 2]) {
        const ours = await direct(doc, n);
        const theirs = await pdfJsScan(doc, n);
        expect(ours, `${file} p${n}`).not.toBeNull();
        expect(maxDifference(ours!.image, theirs!)).toBeLessThanOrEqual(tolerance);
        expect(ours!.dpi).toBe((await readPage(doc, n) as { dpi: number }).dpi);
      }
      await doc.destroy();
    }
  });

  it('gives the same pixels as sharp for a gray JPEG, turned as /Rotate and the matrix say', async () => {
    const [w, h] = [60, 40];
    const jpeg = await sharp(card(w, h), { raw: { width: w, height: h, channels: 1 } }).toColourspace('b-w').jpeg({ quality: 90 }).toBuffer();
    const decoded = await sharp(jpeg).toColourspace('b-w').raw().toBuffer();
    const pdf = imagePagePdf({
      width: 40, height: 60, rotate: 90, cm: '0 60 -40 0 40 0',
      image: { dict: `/Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode`, bytes: jpeg },
    });
    const doc = await openPdf(pdf, 'made.pdf');
    const ours = await direct(doc, 1);
    const theirs = await pdfJsScan(doc, 1);
    expect([ours!.image.width, ours!.image.height]).toEqual([theirs!.width, theirs!.height]);
    expect(maxDifference(ours!.image, theirs!)).toBeLessThanOrEqual(2);
    // the pixels are sharp's, moved: each of sharp's values is somewhere in ours, the bar included
    expect([...ours!.image.data].sort()).toEqual([...decoded].sort());
    await doc.destroy();
  });

  it('finds a page kept in an object stream, and is not misled by "N 0 obj" inside binary data', async () => {
    const [w, h] = [16, 8];
    const bits = deflateSync(Buffer.alloc(2 * h, 0x0f));
    const packed = '<< /Type /Pages /Kids [3 0 R] /Count 1 >> << /Type /Page /Parent 2 0 R /MediaBox [0 0 16 8] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>';
    const table = `2 0 3 ${packed.indexOf('<< /Type /Page ')} `;
    const placeholder = '<< /Type /Placeholder >>';
    const built = Buffer.from(buildPdf([
      { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
      { dict: placeholder },
      { dict: placeholder },
      { dict: '<< >>', stream: Buffer.from('q 16 0 0 8 0 0 cm /Im1 Do Q') },
      { dict: `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode >>`, stream: bits },
      { dict: `<< /Type /ObjStm /N 2 /First ${table.length} >>`, stream: Buffer.from(table + packed) },
      // binary data whose bytes read as an object header redefining the image
      { dict: '<< >>', stream: Buffer.from('5 0 obj << /Subtype /Image /Width 1 >> stream\n\x00\nendstream') },
    ])).toString('latin1');
    // objects 2 and 3 live only in the object stream (blanked out where they were written)
    const pdf = Buffer.from(built.replace(/[23] 0 obj\n<< \/Type \/Placeholder >>\nendobj/g, (m) => ' '.repeat(m.length)), 'latin1');
    const { PdfObjects, Ref } = await import('../../src/pdf/objects.ts');
    const objects = new PdfObjects(pdf);
    expect((objects.get(new Ref(5, 0)) as { dict: Map<string, unknown> }).dict.get('Width')).toBe(16);
    expect((objects.value(new Ref(3, 0)) as Map<string, unknown>).get('Type')).toMatchObject({ name: 'Page' });
    // pdf.js gives up on this file's cross-reference table: a page as pdf.js describes one
    const page = { ref: { num: 3, gen: 0 }, getViewport: () => ({ transform: [1, 0, 0, -1, 0, 8], width: 16, height: 8 }) };
    const ours = await readScanDirectly(objects, page as unknown as PDFPageProxy);
    expect(ours && [ours.image.width, ours.image.height, ours.dpi, ours.image.data[0], ours.image.data[4]]).toEqual([16, 8, 72, 0, 255]);
  });

  it('gives up, leaving the page to pdf.js, on a form XObject, a decode array or CCITT', async () => {
    const [w, h] = [16, 8];
    const bytes = deflateSync(Buffer.alloc(2 * h, 0xf0));
    const gray = `/Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode`;
    const decoded = imagePagePdf({ width: 16, height: 8, image: { dict: `${gray} /Decode [1 0]`, bytes } });
    const form = buildPdf([
      { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
      { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { dict: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 16 8] /Resources << /XObject << /F1 5 0 R >> >> /Contents 4 0 R >>' },
      { dict: '<< >>', stream: Buffer.from('/F1 Do') },
      { dict: '<< /Type /XObject /Subtype /Form /BBox [0 0 16 8] /Resources << /XObject << /Im1 6 0 R >> >> >>', stream: Buffer.from('q 16 0 0 8 0 0 cm /Im1 Do Q') },
      { dict: `<< /Type /XObject /Subtype /Image ${gray} >>`, stream: bytes },
    ]);
    for (const [name, pdf] of [['decode', decoded], ['form', form]] as const) {
      const doc = await openPdf(pdf, `${name}.pdf`);
      expect(await direct(doc, 1), name).toBeNull();
      const page = await readPage(doc, 1);
      expect(page.kind === 'image' && page.origin, name).toBe('embedded');
      await doc.destroy();
    }
    const ccitt = await openPdf(readFileSync('fixtures/scanned/clean-s1-s4.pdf'), 'clean-s1-s4.pdf');
    expect(await direct(ccitt, 1)).toBeNull();
    await ccitt.destroy();
  });

  it('reads the real samples\' scans as pdf.js does, or leaves them to it', async () => {
    let read = 0;
    for (const name of realSampleNames('.pdf')) {
      const doc = await openPdf(realSample(name), name);
      const ours = await direct(doc, 1);
      if (ours) {
        read++;
        // libjpeg-turbo and pdf.js round a JPEG's transform differently: a few levels, rarely more
        expect(maxDifference(ours.image, (await pdfJsScan(doc, 1))!), name).toBeLessThanOrEqual(24);
      }
      await doc.destroy();
    }
    expect(read).toBeGreaterThanOrEqual(6);
  }, 60_000);
});
