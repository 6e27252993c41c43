/**
 * The image stage: a scanned page in, a straightened, binarised page and its table's cell grid
 * out. Everything here works on {@link GrayImage} buffers; sharp only rotates and encodes.
 */
export type { GrayImage, BBox, BlankOptions } from './gray.ts';
export { loadGray, toSharp, fromSharp, cropCell, isBilevel, isBlank, isCoarse } from './gray.ts';
export { binarise, lineMask, type BinariseOptions } from './binarise.ts';
export { deskew, estimateSkew, type SkewOptions } from './deskew.ts';
export { bridgeDottedRules, findGrid, findScanGrid, type Grid, type GridCell, type GridOptions } from './grid.ts';
export { gridFromWords, spans, type BoxedWord } from './words-grid.ts';
export { gridFromLayout, textInkColumns } from './layout-grid.ts';
export { cutAtEdge, firstLine, gapBetweenLines, glyphColumns, glyphHeight, glyphsBeforeSlash, lastLineEnd, mainInkBand, mainInkRows, numberBand, numberGlyphs, pieceApart, wholeDigits, romanStrokes, trimToInk, withoutStrayDust, type NumberGlyphs } from './trim.ts';
