/**
 * The number line and the date line read again as lines of their own, cut tight and scaled to
 * one glyph size: the keywords around a number ("Số:", "ngày", "tháng") give the LSTM the
 * context it reads digits best in, where a column read as a block turned them into "%" or "Øó".
 */
import { binarise, cropCell, fromSharp, toSharp, type GrayImage } from '../image/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import { loose, type Line } from './lines.ts';

/** Line heights (ink, px) the line is scaled to. */
const HEIGHTS = [44, 60];

async function readLine(image: GrayImage, line: Line, ocr: OcrEngine): Promise<string[]> {
  const h = line.bbox[3] - line.bbox[1];
  const box: [number, number, number, number] = [
    Math.max(0, Math.round(line.bbox[0] - 0.3 * h)), Math.max(0, Math.round(line.bbox[1] - 0.3 * h)),
    Math.min(image.width, Math.round(line.bbox[2] + 0.3 * h)), Math.min(image.height, Math.round(line.bbox[3] + 0.3 * h)),
  ];
  if (box[2] - box[0] < 8 || box[3] - box[1] < 8) return [];
  const bin = binarise(cropCell(image, box), { maxSpeck: 6 });
  return Promise.all(HEIGHTS.map(async (target) => {
    const scale = target / h;
    const img = await fromSharp(toSharp(bin).resize(Math.max(1, Math.round(bin.width * scale)), Math.max(1, Math.round(bin.height * scale))));
    return (await ocr.recognize(img, { mode: 'line' })).text;
  }));
}

/** Day, month and year as each reading of the date line prints them. */
export async function dateReadings(image: GrayImage, line: Line, ocr: OcrEngine): Promise<{ day: string[]; month: string[]; year: string[] }> {
  const out = { day: [] as string[], month: [] as string[], year: [] as string[] };
  for (const text of await readLine(image, line, ocr)) {
    const m = /ng\w{0,2}y\s*(\S*?)\s*th\w{0,2}ng\s*(\S*?)\s*n\wm\s*(\d{4})/.exec(loose(text));
    if (!m) continue;
    out.day.push(m[1]!); out.month.push(m[2]!); out.year.push(m[3]!);
  }
  return out;
}

/** The number as each reading of the "Số: …/…" line prints it. */
export async function numberReadings(image: GrayImage, line: Line, ocr: OcrEngine): Promise<string[]> {
  const out: string[] = [];
  for (const text of await readLine(image, line, ocr)) {
    const l = loose(text);
    const so = /\bs[o0]\b/.exec(l);
    const slash = text.indexOf('/', so ? so.index + so[0].length : 0);
    if (!so || slash < 0) continue;
    out.push(text.slice(so.index + so[0].length, slash).replace(/[\s:.;,]+/g, ''));
  }
  return out;
}
