/**
 * A scanned page's image read straight from the file: the page's content stream walked for the
 * images it paints, the one covering the page decoded by sharp (JPEG) or zlib (deflated gray or
 * 1-bit), both off the main thread. pdf.js, asked for the page's operator list, would decode the
 * image itself in JavaScript first (~0.2 s a 300 dpi JPEG page, the largest cost of a page
 * outside OCR). Null whenever the page holds anything this does not follow (a form XObject, an
 * inline image, another filter, a decode array, a colour space other than gray or RGB): the
 * caller then asks pdf.js.
 */
import { promisify } from 'node:util';
import { inflate } from 'node:zlib';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { bitsToGray, rgbToGray } from './gray.ts';
import { type Dict, Keyword, Lexer, Name, type PdfObjects, type PdfStream, type PdfValue, Ref, decodeFlate, isStream, onlyFilter } from './objects.ts';
import { coveringImage, type ImagePaint, type Matrix, multiply, uprightScan } from './scan.ts';
import type { GrayImage, ImagePage } from './types.ts';

const inflateAsync = promisify(inflate);

/** The page's scan, upright, with its resolution; null when pdf.js must be asked. */
export async function readScanDirectly(objects: PdfObjects, page: PDFPageProxy): Promise<Pick<ImagePage, 'image' | 'dpi'> | null> {
  try {
    const ref = page.ref;
    const dict = ref && objects.value(new Ref(ref.num, ref.gen));
    if (!(dict instanceof Map)) return null;
    const viewport = page.getViewport({ scale: 1 });
    const paints = imagesPainted(objects, dict, viewport.transform as Matrix);
    const found = paints && coveringImage(paints, viewport.width, viewport.height);
    const gray = found && (await decodeGray(objects, found.image));
    return found && gray ? uprightScan(gray, found) : null;
  } catch {
    return null;
  }
}

/** A page attribute, looked up the page tree as PDF inheritance has it. */
function inherited(objects: PdfObjects, page: Dict, key: string): PdfValue | undefined {
  let node: Dict | undefined = page;
  for (let depth = 0; node && depth < 64; depth++) {
    if (node.has(key)) return objects.value(node.get(key));
    const parent = objects.value(node.get('Parent'));
    node = parent instanceof Map ? parent : undefined;
  }
  return undefined;
}

/** Every image the page's content paints, with its matrix; null for content not followed. */
function imagesPainted(objects: PdfObjects, page: Dict, start: Matrix): ImagePaint<PdfStream>[] | null {
  const resources = inherited(objects, page, 'Resources');
  const xobjects = resources instanceof Map ? objects.value(resources.get('XObject')) : undefined;
  const contents = objects.get(page.get('Contents'));
  const parts = Array.isArray(contents) ? contents.map((c) => objects.get(c)) : [contents];
  const streams = parts.map((p) => (isStream(p) ? decodeFlate(p, objects) : null));
  if (streams.some((s) => s === null)) return null;
  const lexer = new Lexer(Buffer.concat(streams.flatMap((s) => [s!, Buffer.from('\n')])));
  const paints: ImagePaint<PdfStream>[] = [];
  const stack: Matrix[] = [];
  let ctm = start;
  let operands: PdfValue[] = [];
  for (let v = lexer.read(); v !== undefined; v = lexer.read()) {
    if (!(v instanceof Keyword)) {
      operands.push(v);
      continue;
    }
    if (v.word === 'q') stack.push(ctm);
    else if (v.word === 'Q') ctm = stack.pop() ?? ctm;
    else if (v.word === 'cm') {
      if (operands.length !== 6 || operands.some((o) => typeof o !== 'number')) return null;
      ctm = multiply(ctm, operands as Matrix);
    } else if (v.word === 'Do') {
      const name = operands[0];
      const xobject = name instanceof Name && xobjects instanceof Map ? objects.get(xobjects.get(name.name)) : undefined;
      if (!isStream(xobject) || !isName(objects.value(xobject.dict.get('Subtype')), 'Image')) return null;
      paints.push({ m: ctm, image: xobject });
    } else if (v.word === 'BI') return null;
    operands = [];
  }
  return paints;
}

const isName = (v: PdfValue | undefined, name: string): boolean => v instanceof Name && v.name === name;

/** The image as 8-bit gray, when it is a plain JPEG or deflated image in gray or RGB. */
async function decodeGray(objects: PdfObjects, image: PdfStream): Promise<GrayImage | null> {
  const get = (key: string) => objects.value(image.dict.get(key));
  const width = get('Width');
  const height = get('Height');
  const bits = get('BitsPerComponent');
  const space = get('ColorSpace');
  const filter = onlyFilter(image, objects);
  if (typeof width !== 'number' || typeof height !== 'number' || width < 1 || height < 1) return null;
  if (get('ImageMask') === true || get('SMask') !== undefined || get('Mask') !== undefined || get('Decode') !== undefined) return null;
  const gray = isName(space, 'DeviceGray');
  if (!gray && !isName(space, 'DeviceRGB')) return null;
  if (filter === 'DCTDecode' && bits === 8) {
    // sharp's raw output of a gray JPEG is RGB unless asked for gray (b-w); an RGB one is
    // taken as RGB and made gray by the luma pdf.js's path uses (libvips's b-w weighs otherwise)
    const { channels } = await sharp(image.bytes).metadata();
    if (channels !== 1 && channels !== 3) return null;
    const decoder = channels === 1 ? sharp(image.bytes).toColourspace('b-w') : sharp(image.bytes);
    const { data, info } = await decoder.raw().toBuffer({ resolveWithObject: true });
    if (info.width !== width || info.height !== height || info.channels !== channels) return null;
    return channels === 1 ? { data, width, height } : rgbToGray(plain(data), width, height);
  }
  if (filter !== 'FlateDecode' || !gray || (bits !== 1 && bits !== 8)) return null;
  const data = await inflateAsync(image.bytes);
  if (bits === 8) return data.length >= width * height ? { data: data.subarray(0, width * height), width, height } : null;
  return data.length >= ((width + 7) >> 3) * height ? bitsToGray(plain(data), width, height) : null;
}

/** A Uint8Array view of a Buffer: V8 indexes it faster in per-pixel loops. */
const plain = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.length);
