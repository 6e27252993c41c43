/** Why an OCR call failed. */
export type OcrErrorCode =
  /** The call took longer than `timeoutMs`; its worker was terminated and replaced. */
  | 'OCR_TIMEOUT'
  /** The worker rejected the job or its thread died; it was terminated and replaced. */
  | 'OCR_CRASH'
  /** A worker could not start: language data missing or unreadable. Retrying will not help. */
  | 'OCR_INIT';

/** A failed OCR call. Only that call fails; the engine keeps serving the next ones. */
export class OcrError extends Error {
  override readonly name = 'OcrError';
  constructor(
    readonly code: OcrErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
