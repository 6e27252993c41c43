/** Why a file cannot be read as a document: the CLI exits 2 with the message. */
export type HeaderErrorCode = 'NOT_FOUND' | 'EMPTY' | 'NOT_DOCUMENT' | 'UNREADABLE';

/** A file that is not a readable PDF or image; the message names the file and the reason. */
export class HeaderError extends Error {
  override readonly name = 'HeaderError';
  constructor(
    readonly code: HeaderErrorCode,
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
  }
}
