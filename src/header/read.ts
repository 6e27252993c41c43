/** A document's first page in, its header out: OCR of the header columns, then the numbers read again. */
import { binarise, cropCell, deskew, fromSharp, toSharp, type BBox, type GrayImage } from '../image/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import type { TextItem } from '../pdf/index.ts';
import { dateReadings, numberReadings } from './context.ts';
import { inkHeight, plausible, readDigits } from './digits.ts';
import { readHandwritten } from './handwritten.ts';
import { groupLines, lineOf, type Line, type Word } from './lines.ts';
import { parseHeaderLines, type HeaderLines, type ParsedHeader, type Reading, type Spot } from './parse.ts';
import { HEADER_FIELDS, type DocumentHeader, type HeaderField } from './schema.ts';

/** A page to read: its pixels (scan or rendering) and, for a born-digital page, its text layer in the same pixel space. */
export interface HeaderPage {
  image: GrayImage;
  dpi: number;
  source: DocumentHeader['source'];
  items?: TextItem[];
}

/** The header as read, without the file name. */
export type HeaderReading = Omit<DocumentHeader, 'file'>;

/** Below this a value is not given at all but named unreadable. */
export const MIN_CONFIDENCE = 0.5;
/** Free text read by OCR (issuer, place, subject) is never checked against anything: it stays below "sure". */
const FREE_TEXT_CAP = 0.9;
/** A value from a born-digital text layer. */
const TEXT_LAYER = 0.99;
/** The header occupies the top of the page: columns down to here, type and subject down to {@link BELOW_BOTTOM}. */
const COLUMNS_BOTTOM = 0.3;
const BELOW_BOTTOM = 0.5;
const PAD = 10;

/** Reads the header of one page. */
export async function readHeaderPage(page: HeaderPage, ocr: OcrEngine): Promise<HeaderReading> {
  // Coarse scans (70–100 dpi) are enlarged: Tesseract wants glyphs some 30 px tall.
  const scale = page.dpi < 250 ? Math.min(4.5, 300 / page.dpi) : 1;
  const enlarged = scale === 1 ? page.image
    : await fromSharp(toSharp(page.image).resize(Math.round(page.image.width * scale), Math.round(page.image.height * scale), { kernel: 'cubic' }));
  const { image } = page.items ? { image: enlarged } : await deskew(enlarged);
  const bin = binarise(image);
  const split = columnSplit(bin);
  const bottom = Math.round(image.height * COLUMNS_BOTTOM);
  const [left, right] = await Promise.all([
    ocrLines(image, [0, 0, split, bottom], ocr),
    ocrLines(image, [split, 0, image.width, bottom], ocr),
  ]);
  const columns = parseHeaderLines({ left, right, below: [] });
  const top = Math.max(columns.numberLine?.bbox[3] ?? 0, columns.dateLine?.bbox[3] ?? 0) || Math.round(image.height * 0.1);
  const below = await ocrLines(image, [0, top + 4, image.width, Math.round(image.height * BELOW_BOTTOM)], ocr);
  const parsed = parseHeaderLines({ left, right, below });
  const text = page.items ? parseHeaderLines(itemLines(page.items.map((it) => scaleItem(it, scale)), split, bottom, top)) : null;
  return assemble(image, parsed, text, page.source, ocr);
}

async function assemble(image: GrayImage, ocrParsed: ParsedHeader, text: ParsedHeader | null, source: DocumentHeader['source'], ocr: OcrEngine): Promise<HeaderReading> {
  const found = ocrParsed.found || (text?.found ?? false);
  const fromText = <T>(a: Reading<T>, b: Reading<T> | undefined, cap: number): Reading<T> =>
    b?.value !== null && b?.value !== undefined ? { value: b.value, confidence: TEXT_LAYER } : { value: a.value, confidence: Math.min(cap, a.confidence) };
  const spot = (key: 'number' | 'day' | 'month' | 'dateYear'): Spot | null => ocrParsed[key] ?? text?.[key] ?? null;
  const lineOfNumber = ocrParsed.numberLine ?? text?.numberLine ?? null;
  const lineOfDate = ocrParsed.dateLine ?? text?.dateLine ?? null;
  const [again, dateAgain] = await Promise.all([
    lineOfNumber ? numberReadings(image, lineOfNumber, ocr) : [],
    lineOfDate ? dateReadings(image, lineOfDate, ocr) : { day: [], month: [], year: [] },
  ]);
  const lineReadings = { number: again, day: dateAgain.day, month: dateAgain.month, dateYear: dateAgain.year };
  const yearSpot = spot('dateYear');
  const printedHeight = yearSpot ? inkHeight(image, yearSpot) : null;
  const digits = async (key: 'number' | 'day' | 'month' | 'dateYear', kind: 'number' | 'day' | 'month' | 'year'): Promise<Reading<string>> => {
    const printed = text?.[key]?.printed.replace(/\s+/g, '');
    if (printed && /^\d+$/.test(printed)) return { value: printed, confidence: TEXT_LAYER };
    const s = spot(key);
    if (!s) return { value: null, confidence: 0 };
    const read = await readDigits(image, s, kind, ocr, lineReadings[key], key === 'dateYear' ? null : printedHeight);
    // What the printed-digit readings could not settle may be written by hand (the year never is).
    return read.value !== null || kind === 'year' ? read : readHandwritten(image, s, (d) => plausible(kind, d), ocr);
  };
  const [number, day, month, year] = await Promise.all([
    digits('number', 'number'), digits('day', 'day'), digits('month', 'month'), digits('dateYear', 'year'),
  ]);
  const date = isoDate(day, month, year);
  const readings: Record<HeaderField, Reading<string | number>> = {
    issuer: fromText(ocrParsed.issuer, text?.issuer, FREE_TEXT_CAP),
    typeName: fromText(ocrParsed.typeName, text?.typeName, FREE_TEXT_CAP),
    type: fromText(ocrParsed.type, text?.type, FREE_TEXT_CAP),
    number,
    year: fromText(ocrParsed.year, text?.year, FREE_TEXT_CAP),
    symbol: fromText(ocrParsed.symbol, text?.symbol, FREE_TEXT_CAP),
    place: fromText(ocrParsed.place, text?.place, FREE_TEXT_CAP),
    date,
    subject: fromText(ocrParsed.subject, text?.subject, FREE_TEXT_CAP),
  };
  const numberLine = ocrParsed.numberLine ?? text?.numberLine ?? null;
  const dateLine = ocrParsed.dateLine ?? text?.dateLine ?? null;
  /** Fields that are printed on any header of this kind, so a missing value is an unread one. */
  const expected = new Set<HeaderField>(['issuer', 'type', 'typeName', 'subject']);
  if (numberLine) ['number', 'symbol'].forEach((f) => expected.add(f as HeaderField));
  if (dateLine) ['place', 'date'].forEach((f) => expected.add(f as HeaderField));
  const header: HeaderReading = {
    found, source, issuer: null, typeName: null, type: null, number: null, year: null, symbol: null, place: null,
    date: null, subject: null, confidence: {}, unreadable: [],
  };
  if (!found) return header;
  for (const field of HEADER_FIELDS) {
    const r = readings[field];
    if (r.value !== null && r.confidence >= MIN_CONFIDENCE) {
      (header as Record<string, unknown>)[field] = r.value;
      header.confidence[field] = Math.round(r.confidence * 100) / 100;
    } else if (expected.has(field)) {
      header.unreadable.push(field);
    }
  }
  return header;
}

function isoDate(day: Reading<string>, month: Reading<string>, year: Reading<string>): Reading<string> {
  if (!day.value || !month.value || !year.value) return { value: null, confidence: 0 };
  const d = Number(day.value), m = Number(month.value), y = Number(year.value);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { value: null, confidence: 0 };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { value: `${y}-${pad(m)}-${pad(d)}`, confidence: Math.min(day.confidence, month.confidence, year.confidence) };
}

/** OCR of one region as a block, its words moved back into page pixels and grouped into lines. */
async function ocrLines(image: GrayImage, box: BBox, ocr: OcrEngine): Promise<Line[]> {
  if (box[2] - box[0] < 20 || box[3] - box[1] < 20) return [];
  const result = await ocr.recognize(cropCell(image, box, PAD), { mode: 'text' });
  const words: Word[] = result.words.map((w) => ({
    text: w.text,
    confidence: w.confidence,
    bbox: [w.bbox[0] - PAD + box[0], w.bbox[1] - PAD + box[1], w.bbox[2] - PAD + box[0], w.bbox[3] - PAD + box[1]],
  }));
  return groupLines(words);
}

/**
 * The x where the issuer's column ends and the national motto's begins: the emptiest column of
 * ink between 30 % and 60 % of the width, over the rows where the two columns stand side by side.
 */
function columnSplit(bin: GrayImage): number {
  const { data, width, height } = bin;
  const y0 = Math.round(height * 0.05), y1 = Math.round(height * 0.2);
  const ink = new Float64Array(width);
  for (let y = y0; y < y1; y++) for (let x = 0; x < width; x++) if (data[y * width + x]! < 128) ink[x]! += 1;
  const win = Math.max(3, Math.round(width / 100));
  let best = Math.round(width * 0.45), bestInk = Infinity;
  for (let x = Math.round(width * 0.3); x < Math.round(width * 0.6); x++) {
    let s = 0;
    for (let k = x - win; k <= x + win; k++) s += ink[k] ?? 0;
    if (s < bestInk) { bestInk = s; best = x; }
  }
  return best;
}

function scaleItem(item: TextItem, scale: number): TextItem {
  return { text: item.text, bbox: item.bbox.map((v) => v * scale) as TextItem['bbox'] };
}

/**
 * Text-layer runs that touch are one word cut by the PDF producer ("Đ" "ầu t" "ư"): they are
 * joined without a space; runs set apart by a space's width keep one.
 */
function joinRuns(line: Line): Line {
  const merged: Word[] = [];
  for (const w of line.words) {
    const prev = merged.at(-1);
    const h = w.bbox[3] - w.bbox[1];
    if (prev && w.bbox[0] - prev.bbox[2] < 0.12 * h && !/\s$/.test(prev.text)) {
      merged[merged.length - 1] = { text: prev.text + w.text, confidence: 1, bbox: [prev.bbox[0], Math.min(prev.bbox[1], w.bbox[1]), w.bbox[2], Math.max(prev.bbox[3], w.bbox[3])] };
    } else {
      merged.push(w);
    }
  }
  return lineOf(merged);
}

/** A text layer's runs as the same three groups of lines the OCR gives. */
function itemLines(items: TextItem[], split: number, bottom: number, top: number): HeaderLines {
  const words = (keep: (it: TextItem) => boolean): Line[] =>
    groupLines(items.filter(keep).map((it) => ({ text: it.text, bbox: it.bbox, confidence: 1 }))).map(joinRuns);
  const cx = (it: TextItem) => (it.bbox[0] + it.bbox[2]) / 2;
  return {
    left: words((it) => it.bbox[3] <= bottom && cx(it) < split),
    right: words((it) => it.bbox[3] <= bottom && cx(it) >= split),
    below: words((it) => it.bbox[1] >= top && it.bbox[3] <= bottom * (BELOW_BOTTOM / COLUMNS_BOTTOM)),
  };
}

