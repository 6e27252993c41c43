/** Opening and closing a PDF, with typed errors for files that are not readable PDFs. */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PdfError } from './errors.ts';
import { loadPdfJs, pdfJsDataDirs } from './load.ts';
import { PdfObjects } from './objects.ts';

/** An open PDF. Pass it to `readPage`; call `destroy()` (or `closePdf`) when done. */
export class PdfDocument {
  constructor(
    /** The name used in error messages. */
    readonly file: string,
    /** The pdf.js handle; for src/pdf only. */
    readonly pdf: PDFDocumentProxy,
    private readonly bytes: Uint8Array,
  ) {}

  private found?: PdfObjects | null;

  /** The file's objects as src/pdf/objects.ts finds them (once); null when it cannot. */
  get objects(): PdfObjects | null {
    if (this.found === undefined) {
      try {
        this.found = new PdfObjects(this.bytes);
      } catch {
        this.found = null;
      }
    }
    return this.found;
  }

  /** Number of pages, ≥ 1. */
  get pageCount(): number {
    return this.pdf.numPages;
  }

  /** Frees pdf.js's worker-side copy of the file and every cached page. */
  destroy(): Promise<void> {
    return this.pdf.destroy();
  }
}

/** pdf.js accepts a header anywhere in the first KiB, so this does too. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).includes('%PDF-');
}

/** pdf.js rebuilds its errors on our side of the worker boundary; `name` survives, `PasswordException` is not exported. */
function errorName(error: unknown): string | undefined {
  return error instanceof Object && 'name' in error && typeof error.name === 'string' ? error.name : undefined;
}

/**
 * Opens a PDF, offline: no network, no eval, pdf.js's data files from node_modules.
 * @param bytes the file's bytes; copied, because pdf.js takes ownership of the buffer it gets
 * @param file the name to put in error messages
 * @throws {PdfError} NOT_PDF, ENCRYPTED (a password is needed to read it), NO_PAGES or CORRUPT
 */
export async function openPdf(bytes: Uint8Array, file: string): Promise<PdfDocument> {
  if (!hasPdfHeader(bytes)) throw new PdfError('NOT_PDF', file, 'not a PDF file');
  await (warming ??= warmDecoders());
  const task = await startLoading(bytes);
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    if (errorName(error) === 'PasswordException') {
      throw new PdfError('ENCRYPTED', file, 'encrypted PDF (password required)', { cause: error });
    }
    const detail = error instanceof (await loadPdfJs()).InvalidPDFException ? error.message : String(error);
    throw new PdfError('CORRUPT', file, `corrupt or truncated PDF: ${detail}`, { cause: error });
  }
  if (pdf.numPages < 1) {
    await pdf.destroy();
    throw new PdfError('NO_PAGES', file, 'PDF has no pages');
  }
  return new PdfDocument(file, pdf, bytes);
}

/** pdf.js's loading task for a copy of `bytes`, offline (no network, no eval, local data files). */
async function startLoading(bytes: Uint8Array) {
  const pdfjs = await loadPdfJs();
  return pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...pdfJsDataDirs(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
}

let warming: Promise<void> | undefined;

/**
 * Loads pdf.js's CCITT and JBIG2 decoder (jbig2.wasm) once, on a page made for it, before any
 * real document. pdf.js fetches that file, once per process, through the message channel of
 * whichever document was opened last, not the one decoding: when that document is closed
 * before the answer comes, every CCITT or JBIG2 image of the process waits forever (seen with
 * fourteen real documents read at once, their JPEG pages read without pdf.js).
 */
async function warmDecoders(): Promise<void> {
  const { OPS } = await loadPdfJs();
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 8 8] /Resources << /XObject << /A 5 0 R >> >> /Contents 4 0 R >>',
    '<< /Length 22 >>\nstream\nq 8 0 0 8 0 0 cm /A Do Q\nendstream',
    '<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 1 '
      + '/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 8 /Rows 8 >> /Length 1 >>\nstream\n\xff\nendstream',
  ];
  let pdf = '%PDF-1.7\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
    + `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const task = await startLoading(Buffer.from(pdf, 'latin1'));
  try {
    const page = await (await task.promise).getPage(1);
    const { fnArray, argsArray } = await page.getOperatorList();
    const id = argsArray[fnArray.indexOf(OPS.paintImageXObject)]?.[0];
    if (typeof id === 'string') await new Promise((resolve) => page.objs.get(id, resolve));
  } catch {
    // a pdf.js that reads the page otherwise still reads documents
  } finally {
    await task.destroy();
  }
}

/** Closes a document opened by {@link openPdf}. */
export function closePdf(doc: PdfDocument): Promise<void> {
  return doc.destroy();
}
