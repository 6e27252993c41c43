/**
 * The table stage: a ruled table page's cell grid and an OCR engine in, the table's physical
 * rows out, each cell with its column role and confidence (the report stage groups them).
 */
export { readTable, startTable, SCORE_ROLES, type TableLayout, type ReadTableOptions } from './read.ts';
export { roleOfHeader, isHeaderRow } from './columns.ts';
export { readTextWithDates } from './dates.ts';
export { gridFromHeaderRow, hasColumnGutters } from './lineless.ts';
