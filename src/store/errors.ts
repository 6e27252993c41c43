/** Why the store cannot be used or refused a write. */
export type StoreErrorCode = 'OPEN_FAILED' | 'UNKNOWN_REPORT' | 'BAD_ROW';

/** A store failure with a code; `cause` keeps the SQLite or zod error. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
