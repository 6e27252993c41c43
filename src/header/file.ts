/** A document file (PDF or page image) → its first page → its header. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import sharp from 'sharp';
import { loadGray, type GrayImage } from '../image/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import { closePdf, openPdf, readAnnotationText, readPage, renderPage, tooSmallToRead, TEXT_DPI } from '../pdf/index.ts';
import { HeaderError } from './errors.ts';
import { readHeaderPage, type HeaderPage } from './read.ts';
import { DocumentHeader } from './schema.ts';

/** A4 is 8.27 inches wide: an image without a trustworthy resolution is taken to be a full page. */
const A4_SHORT_SIDE_IN = 8.27;

async function readBytes(file: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    throw new HeaderError('NOT_FOUND', file, reason, { cause });
  }
  if (bytes.length === 0) throw new HeaderError('EMPTY', file, 'empty file');
  return bytes;
}

const isPdf = (bytes: Buffer) => bytes.subarray(0, 1024).includes('%PDF-');

/** The first page of a PDF: its scan, or a rendering plus its text layer when the page is born-digital. */
async function pdfPage(bytes: Buffer, file: string): Promise<HeaderPage> {
  const doc = await openPdf(bytes, file);
  try {
    const source = await readPage(doc, 1);
    if (source.kind === 'text') {
      // What was stamped on after signing (the number, the day) is in annotations, not the text layer; the pixels are read too.
      const rendered = await renderPage(doc, 1, TEXT_DPI);
      const stamped = await readAnnotationText(doc, 1);
      return { image: rendered.image, dpi: rendered.dpi, source: 'text', items: [...source.items, ...stamped] };
    }
    if (tooSmallToRead(source)) throw new HeaderError('UNREADABLE', file, `scan too small to read (${source.image.width}×${source.image.height} px)`);
    return { image: source.image, dpi: source.dpi, source: source.origin === 'embedded' ? 'scan' : 'rendered' };
  } finally {
    await closePdf(doc);
  }
}

async function imagePage(bytes: Buffer, file: string): Promise<HeaderPage> {
  let width: number;
  let height: number;
  try {
    const meta = await sharp(bytes).metadata();
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch (cause) {
    throw new HeaderError('NOT_DOCUMENT', file, 'neither a PDF nor an image', { cause });
  }
  const dpi = Math.min(width, height) / A4_SHORT_SIDE_IN;
  if (dpi < 50 || width < 16 || height < 16) throw new HeaderError('UNREADABLE', file, `image too small to read (${width}×${height} px)`);
  return { image: await withoutSeal(bytes), dpi, source: 'image' };
}

/**
 * The image in gray with red and magenta ink (seals, the signature stamp's frame) turned to
 * paper: a seal over the signer's name or the date reads as a line of junk otherwise. Black and
 * blue ink (print, handwriting, signatures) stay.
 */
async function withoutSeal(bytes: Buffer): Promise<GrayImage> {
  const { data, info } = await sharp(bytes).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  if (info.channels < 3) return loadGray(bytes);
  const gray = Buffer.alloc(info.width * info.height);
  for (let i = 0, p = 0; i < gray.length; i++, p += info.channels) {
    const r = data[p]!, g = data[p + 1]!, b = data[p + 2]!;
    gray[i] = r - Math.max(g, b) > 35 && r > 110 ? 255 : Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }
  return { data: gray, width: info.width, height: info.height };
}

/**
 * The first page of a PDF or a page image, as the header reader takes it.
 * @throws {HeaderError} missing, empty, or neither a PDF nor an image; a scan too small to read
 * @throws {PdfError} a PDF that cannot be opened
 */
export async function loadFirstPage(file: string): Promise<HeaderPage> {
  const bytes = await readBytes(file);
  return isPdf(bytes) ? pdfPage(bytes, file) : imagePage(bytes, file);
}

/** Options of {@link readHeaderFile}. */
export interface ReadHeaderOptions {
  /** An OCR engine to share between files (left open); by default one is started and closed. */
  ocr?: OcrEngine;
}

/**
 * Reads the header on the first page of a PDF or a page image (JPEG, PNG, TIFF).
 * @throws {HeaderError} missing, empty, or neither a PDF nor an image; a scan too small to read
 * @throws {PdfError} a PDF that cannot be opened (encrypted, corrupt, no pages)
 */
export async function readHeaderFile(file: string, options: ReadHeaderOptions = {}): Promise<DocumentHeader> {
  const page = await loadFirstPage(file);
  const ocr = options.ocr ?? (await import('../ocr/index.ts')).createTesseractOcr();
  try {
    const header = await readHeaderPage(page, ocr);
    return DocumentHeader.parse({ file: basename(file), ...header });
  } finally {
    if (!options.ocr) await ocr.close();
  }
}
