/** Input that cannot be read as a report; the CLI exits 2 with the message, the queue does not retry. */
export class ReportError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'EMPTY' | 'BINARY' | 'NO_TABLE' | 'UNREADABLE',
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
  }
}
