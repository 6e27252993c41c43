import { PdfError } from '../pdf/index.ts';
import { ReportError } from '../report/index.ts';
import { SchemaError } from '../schema/index.ts';

/** Errors that mean "this input cannot be used": one line on stderr and exit 2. Anything else is a bug. */
export function isInputError(error: unknown): error is Error {
  return error instanceof ReportError || error instanceof SchemaError || error instanceof PdfError;
}

/** Runs a command body; an input error ends the process with exit code 2 and its message. */
export async function exitOnInputError(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (!isInputError(error)) throw error;
    process.stderr.write(`cchc: ${error.message}\n`);
    process.exitCode = 2;
  }
}
