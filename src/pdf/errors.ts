/** Why a file cannot be read as a PDF. */
export type PdfErrorCode = 'NOT_PDF' | 'ENCRYPTED' | 'NO_PAGES' | 'CORRUPT';

/**
 * A file that cannot be read as a PDF: an input error, not a bug. The CLI turns it into exit 2,
 * the queue into a job that is not retried. The message names the file and the reason.
 */
export class PdfError extends Error {
  override readonly name = 'PdfError';
  constructor(
    readonly code: PdfErrorCode,
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
  }
}
