/**
 * Citations of documents in evidence text: "QĐ số 413/QĐ-UBND ngày 30/01/2018 về …" →
 * `{ type, number, year, symbol, date, subject }` (the `Reference` of the contract), with the
 * OCR damage the structure proves repaired, and the checks the validator builds flags on.
 */
export { parseReferences, slashes } from './parse.ts';
export { KNOWN_TYPE_CODES, codeOfWord, describeCode } from './codes.ts';
export { citationProblem } from './problem.ts';
export { referencePeriod, type ReferencePeriod } from './period.ts';
