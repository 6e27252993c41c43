/**
 * A whole page as plain text, in reading order: the page is cut into blocks of lines at the
 * blank bands between them, a header block printed in two columns (issuer | national motto) is
 * read column by column, and each block is read by the OCR stage as one block of text at a size
 * Tesseract reads well; words read with almost no confidence (a seal, a signature) are dropped.
 */
import { binarise, cropCell, deskew, fromSharp, toSharp, type GrayImage } from '../image/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import { groupLines } from './lines.ts';
import type { HeaderPage } from './read.ts';

/** Options of {@link readPageText}. */
export interface PageTextOptions {
  /** Resolution the page is brought to before reading. Default 300. */
  dpi?: number;
}

interface Block { y0: number; y1: number }

/** The top share of a page where a header's two columns may stand. */
const HEADER_SHARE = 0.35;

/** Below this a word is dropped (measured on va_4_2: the seal's junk reads 0–0.4, real words ≥ 0.5). */
const MIN_WORD_CONFIDENCE = 0.3;

/** Reads every line of a page; lines joined by "\n", NFC. */
export async function readPageText(page: HeaderPage, ocr: OcrEngine, options: PageTextOptions = {}): Promise<string> {
  const target = options.dpi ?? 300;
  const scale = page.dpi < target * 0.85 ? target / page.dpi : 1;
  const enlarged = scale === 1 ? page.image
    : await fromSharp(toSharp(page.image).resize(Math.round(page.image.width * scale), Math.round(page.image.height * scale), { kernel: 'cubic' }));
  const { image } = await deskew(enlarged);
  const bin = binarise(image);
  const texts: string[] = [];
  for (const block of blocks(bin)) {
    // Only the header stands in two columns to be read one after the other; lower down ("Nơi
    // nhận" beside the signature) a page is read line by line across, as its text is transcribed.
    const split = block.y0 < bin.height * HEADER_SHARE ? columnGap(bin, block) : null;
    const boxes: Array<[number, number, number, number]> = split === null
      ? [[0, block.y0, bin.width, block.y1]]
      : [[0, block.y0, split, block.y1], [split, block.y0, bin.width, block.y1]];
    for (const box of boxes) {
      const result = await ocr.recognize(cropCell(bin, box, 12), { mode: 'text' });
      // Words read with almost no confidence are a seal's ring or a signature's strokes, not text.
      const lines = groupLines(result.words.filter((w) => w.confidence >= MIN_WORD_CONFIDENCE)).map((l) => l.text);
      if (lines.length > 0) texts.push(lines.join('\n'));
    }
  }
  return texts.join('\n');
}

/** Rows holding ink, grouped into blocks separated by blank bands taller than a line. */
function blocks(bin: GrayImage): Block[] {
  const { data, width, height } = bin;
  const ink = new Array<number>(height).fill(0);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (data[y * width + x]! < 128) ink[y]!++;
  const lines: Block[] = [];
  for (let y = 0; y < height;) {
    if (ink[y]! <= 1) { y++; continue; }
    const y0 = y;
    while (y < height && ink[y]! > 1) y++;
    lines.push({ y0, y1: y });
  }
  const tall = lines.map((l) => l.y1 - l.y0).sort((a, b) => a - b);
  const unit = tall[Math.floor(tall.length / 2)] ?? 30;
  const out: Block[] = [];
  for (const l of lines) {
    if (l.y1 - l.y0 < unit * 0.25) continue; // a speck row, a rule
    const last = out.at(-1);
    if (last && l.y0 - last.y1 < unit * 0.8) last.y1 = l.y1;
    else out.push({ ...l });
  }
  return out.map((b) => ({ y0: Math.max(0, b.y0 - 6), y1: Math.min(height, b.y1 + 6) }));
}

/**
 * The x of a blank column that splits a block into two columns of text, or null: at least 3 %
 * of the width blank from top to bottom of the block, between 25 % and 75 % of the width, with
 * text on both sides.
 */
function columnGap(bin: GrayImage, block: Block): number | null {
  const { data, width } = bin;
  const ink = new Array<number>(width).fill(0);
  for (let y = block.y0; y < block.y1; y++) for (let x = 0; x < width; x++) if (data[y * width + x]! < 128) ink[x]!++;
  const lo = Math.round(width * 0.25), hi = Math.round(width * 0.75), need = Math.round(width * 0.015);
  const leftInk = ink.slice(0, lo).reduce((a, b) => a + b, 0), rightInk = ink.slice(hi).reduce((a, b) => a + b, 0);
  if (leftInk === 0 || rightInk === 0) return null;
  let best: [number, number] | null = null;
  for (let x = lo; x < hi;) {
    if (ink[x]! > 0) { x++; continue; }
    const start = x;
    while (x < hi && ink[x] === 0) x++;
    if (x - start >= need && (!best || x - start > best[1] - best[0])) best = [start, x];
  }
  return best ? Math.round((best[0] + best[1]) / 2) : null;
}
