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
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...pdfJsDataDirs(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    if (errorName(error) === 'PasswordException') {
      throw new PdfError('ENCRYPTED', file, 'encrypted PDF (password required)', { cause: error });
    }
    const detail = error instanceof pdfjs.InvalidPDFException ? error.message : String(error);
    throw new PdfError('CORRUPT', file, `corrupt or truncated PDF: ${detail}`, { cause: error });
  }
  if (pdf.numPages < 1) {
    await pdf.destroy();
    throw new PdfError('NO_PAGES', file, 'PDF has no pages');
  }
  return new PdfDocument(file, pdf, bytes);
}

/** Closes a document opened by {@link openPdf}. */
export function closePdf(doc: PdfDocument): Promise<void> {
  return doc.destroy();
}
