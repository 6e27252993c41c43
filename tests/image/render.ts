/** Test helper: draws a ruled CCHC score table as a scanner would deliver it. */
import { readFileSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';
import { binarise, type GrayImage } from '../../src/image/index.ts';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif.ttf`, 'TestSerif');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif-Bold.ttf`, 'TestSerifBold');

/** One table cell: text, and how many grid columns / rows it spans. */
export interface CellSpec {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  bold?: boolean;
}

/** What was drawn, in page pixels before any rotation. */
export interface Drawn {
  image: GrayImage;
  rows: number[];
  cols: number[];
  /** The drawn text cells' interiors, keyed `row,col`. */
  cells: Map<string, { text: string; bbox: [number, number, number, number] }>;
}

/** Column widths at 300 dpi: STT | title | max | self | appraised | evidence. */
const COLS_300 = [190, 950, 190, 190, 190, 610];

/** A small score table: a header, a section row spanning the title columns, criteria. */
export const SAMPLE_ROWS: CellSpec[][] = [
  [{ text: 'STT', bold: true }, { text: 'Lĩnh vực/Tiêu chí', bold: true }, { text: 'Điểm chuẩn', bold: true },
    { text: 'Điểm tự chấm', bold: true }, { text: 'Điểm thẩm định', bold: true }, { text: 'Tài liệu kiểm chứng', bold: true }],
  [{ text: '1', bold: true }, { text: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', colSpan: 5, bold: true }],
  [{ text: '1.1' }, { text: 'Kế hoạch cải cách hành chính' }, { text: '3' }, { text: '2,5' }, { text: '' },
    { text: 'Kế hoạch số 342/KH-UBND', rowSpan: 2 }],
  [{ text: '1.1.1' }, { text: 'Ban hành kịp thời' }, { text: '1' }, { text: '0,5' }, { text: '' }],
  [{ text: '1.2' }, { text: 'Thực hiện kế hoạch đúng tiến độ' }, { text: '20' }, { text: '18' }, { text: '' },
    { text: 'Báo cáo số 209/BC-UBND' }],
];

/** Draws `rows` as a ruled table on a white A4-wide page at `dpi`; `ruled: false` leaves the lines out, as a scan that lost them. */
export function drawTable(rows: CellSpec[][] = SAMPLE_ROWS, dpi = 300, ruled = true): Drawn {
  const s = dpi / 300;
  const colW = COLS_300.map((w) => Math.round(w * s));
  const rowH = Math.round(120 * s);
  const x0 = Math.round(100 * s);
  const y0 = Math.round(260 * s);
  const cols = [x0];
  for (const w of colW) cols.push(cols.at(-1)! + w);
  const ys = [y0];
  for (let i = 0; i < rows.length; i++) ys.push(ys.at(-1)! + rowH);
  const width = Math.round(2480 * s);
  const height = ys.at(-1)! + Math.round(300 * s);

  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.font = `${Math.round(44 * s)}px TestSerifBold`;
  ctx.fillText('BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC', Math.round(500 * s), Math.round(150 * s));

  const covered = new Set<string>();
  const cells: Drawn['cells'] = new Map();
  const line = Math.max(1, Math.round(2 * s));
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (covered.has(`${r},${c}`)) c++;
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) covered.add(`${r + dr},${c + dc}`);
      const [bx0, by0, bx1, by1] = [cols[c]!, ys[r]!, cols[c + cs]!, ys[r + rs]!];
      ctx.lineWidth = line + ((r + c) % 2); // lines 1–3 px thick, as scans have them
      if (ruled) ctx.strokeRect(bx0, by0, bx1 - bx0, by1 - by0);
      ctx.font = `${Math.round(40 * s)}px ${cell.bold ? 'TestSerifBold' : 'TestSerif'}`;
      ctx.fillText(cell.text, bx0 + Math.round(14 * s), (by0 + by1) / 2 + Math.round(14 * s), bx1 - bx0 - 20 * s);
      cells.set(`${r},${c}`, { text: cell.text, bbox: [bx0, by0, bx1, by1] });
      c += cs;
    }
  });
  return { image: grayOf(ctx, width, height), rows: ys, cols, cells };
}

/** What a cheap scanner does to a page. */
export interface ScanOptions {
  /** Clockwise rotation in degrees. */
  angle?: number;
  /** Paper gray level (255 = white). */
  paper?: number;
  /** Standard deviation of pixel noise. */
  noise?: number;
  /** Black specks per megapixel. */
  specks?: number;
  /** JPEG quality of the round trip; 0 = none. */
  jpeg?: number;
  seed?: number;
}

/** Rotates, grays, speckles and JPEG-compresses a clean page. Deterministic per `seed`. */
export async function scan(img: GrayImage, o: ScanOptions = {}): Promise<GrayImage> {
  const { angle = 0, paper = 225, noise = 12, specks = 40, jpeg = 70, seed = 7 } = o;
  let rand = seed;
  const rnd = () => ((rand = (rand * 1103515245 + 12345) % 2147483648) / 2147483648);
  let pipe = sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } });
  if (angle) pipe = pipe.rotate(angle, { background: '#ffffff' });
  const { data, info } = await pipe.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  for (let i = 0; i < data.length; i++) {
    const g = (data[i]! / 255) * paper + (rnd() + rnd() + rnd() - 1.5) * 2 * noise;
    data[i] = Math.max(0, Math.min(255, Math.round(g)));
  }
  const n = Math.round((specks * width * height) / 1e6);
  for (let k = 0; k < n; k++) {
    const x = Math.floor(rnd() * (width - 2));
    const y = Math.floor(rnd() * (height - 2));
    data[y * width + x] = 30;
    if (rnd() < 0.5) data[y * width + x + 1] = 30;
  }
  if (!jpeg) return { data, width, height };
  const out = await sharp(data, { raw: { width, height, channels: 1 } })
    .jpeg({ quality: jpeg }).toBuffer()
    .then((b) => sharp(b).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true }));
  return { data: out.data, width: out.info.width, height: out.info.height };
}

/** Draws one line of text on a white image of `fontPx` type, as a cell crop would be. */
export function drawText(text: string, fontPx = 40, bold = false): GrayImage {
  const probe = createCanvas(10, 10).getContext('2d');
  probe.font = `${fontPx}px ${bold ? 'TestSerifBold' : 'TestSerif'}`;
  const width = Math.ceil(probe.measureText(text).width) + 2 * fontPx;
  const height = Math.round(fontPx * 2.2);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.font = probe.font;
  ctx.fillText(text, fontPx, Math.round(fontPx * 1.45));
  return grayOf(ctx, width, height);
}

/** Draws text the way a score or id cell prints it (DejaVu Serif, `px` tall), binarised. */
export function drawNumber(text: string, px: number, extra?: (ctx: CanvasRenderingContext2D) => void, font = 'TestSerif'): GrayImage {
  const canvas = createCanvas(px * 6, px * 3);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000';
  ctx.font = `${px}px ${font}`;
  ctx.fillText(text, px, px * 1.6);
  extra?.(ctx as unknown as CanvasRenderingContext2D);
  const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const data = Buffer.alloc(canvas.width * canvas.height);
  for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4]!;
  return binarise({ data, width: canvas.width, height: canvas.height }, { maxSpeck: 1 });
}

/**
 * A table page without ruling lines whose criteria have two-line titles set with the same
 * leading as the space between criteria: only the ids tell where a row starts. Columns as
 * `drawTable` draws them at 300 dpi; each row prints its id, its title lines and a max.
 */
export function drawUnruledCriteria(rows: { id: string; lines: string[]; max: string }[], header?: string): GrayImage {
  const colX = [100, ...COLS_300.map((_, i) => 100 + COLS_300.slice(0, i + 1).reduce((a, b) => a + b, 0))];
  const lineH = 46;
  const width = 2480;
  const height = 400 + rows.length * 2 * lineH + 300;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.font = '40px TestSerif';
  // A repeated header row set large at the top of the page: its words run over the column lines.
  if (header) {
    ctx.font = '48px TestSerifBold';
    for (const [i, line] of [header, header, header].entries()) ctx.fillText(line, colX[0]! + 14, 80 + 50 * i);
    ctx.font = '40px TestSerif';
  }
  let y = 400;
  for (const row of rows) {
    ctx.fillText(row.id, colX[0]! + 14, y);
    ctx.fillText(row.max, colX[2]! + 14, y);
    for (const line of row.lines) {
      ctx.fillText(line, colX[1]! + 14, y);
      y += lineH;
    }
  }
  return grayOf(ctx, width, height);
}

/** A drawn canvas as a gray image (the text is black on white: one channel is the gray). */
/** Lines of text one under the other, `px` high, in a cell 900 px wide; `extra` draws more on it. */
export function drawLines(lines: string[], px = 30, extra?: (ctx: CanvasRenderingContext2D) => void): GrayImage {
  const width = 900;
  const height = Math.round((lines.length * 1.6 + 1) * px);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.font = `${px}px TestSerif`;
  lines.forEach((line, i) => ctx.fillText(line, 20, Math.round((1.3 + 1.6 * i) * px)));
  extra?.(ctx as unknown as CanvasRenderingContext2D);
  return binarise(grayOf(ctx, width, height), { maxSpeck: 1 });
}

function grayOf(ctx: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } }, width: number, height: number): GrayImage {
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const data = Buffer.alloc(width * height);
  for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4 + 1]!;
  return { data, width, height };
}

/** A number's band of ink under fixtures/glyphs/, as the readers crop it from a generated scan. */
export async function glyphFixture(name: string): Promise<GrayImage> {
  const file = new URL(`../../fixtures/glyphs/${name}.png`, import.meta.url);
  const { data, info } = await sharp(readFileSync(file)).grayscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
