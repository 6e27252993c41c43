/**
 * The header stage: a document's first page (scan, rendering or text layer) → its issuer, type,
 * number, symbol, place, date and subject, each with a confidence, and the fields that could
 * not be read. The evidence check compares citations against these.
 */
export { DocumentHeader, HeaderField, HEADER_FIELDS } from './schema.ts';
export { HeaderError, type HeaderErrorCode } from './errors.ts';
export { readHeaderFile, loadFirstPage, type ReadHeaderOptions } from './file.ts';
export { readPageText, type PageTextOptions } from './page-text.ts';
export { readHeaderPage, MIN_CONFIDENCE, type HeaderPage, type HeaderReading } from './read.ts';
export { parseHeaderLines, type HeaderLines, type ParsedHeader } from './parse.ts';
export { groupLines, type Line, type Word } from './lines.ts';
