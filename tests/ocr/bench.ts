/**
 * Measures reading a full scanned score-table page cell by cell against OCRing the whole
 * page at once. Run: npx tsx tests/ocr/bench.ts [workers]
 */
import { binarise, cropCell, deskew, findGrid, isBlank } from '../../src/image/index.ts';
import { createTesseractOcr, type OcrMode } from '../../src/ocr/index.ts';
import { drawTable, scan, type CellSpec } from '../image/render.ts';

const titles = ['Ban hành kế hoạch CCHC kịp thời', 'Thực hiện từ 50% - dưới 80% kế hoạch', 'Công khai thủ tục hành chính đầy đủ'];
const rows: CellSpec[][] = [[{ text: 'STT' }, { text: 'Tiêu chí' }, { text: 'Điểm chuẩn' }, { text: 'Điểm tự chấm' }, { text: 'Thẩm định' }, { text: 'Tài liệu' }]];
for (let i = 1; i < 24; i++) {
  rows.push([{ text: `2.${i}` }, { text: titles[i % 3]! }, { text: String(i % 4 + 1) }, { text: i % 2 ? '0,5' : '18' }, { text: '' }, { text: i % 3 ? `Báo cáo số ${200 + i}/BC-UBND` : '' }]);
}
const page = await scan(drawTable(rows).image, { angle: 1.2 });
const workers = Number(process.argv[2] ?? 2);
const ocr = createTesseractOcr({ workers });
await Promise.all([...Array(workers)].map(() => ocr.recognize(cropCell(page, [0, 0, 10, 10]), { mode: 'digits' }))); // warm up

let t = performance.now();
const { image } = await deskew(page);
const bin = binarise(image);
const grid = findGrid(bin)!;
const tImage = performance.now() - t;
t = performance.now();
const jobs = grid.cells.map((c) => ({ c, img: cropCell(bin, c.bbox, 10) })).filter((j) => !isBlank(j.img));
const mode = (c: { row: number; col: number }): OcrMode => (c.row > 0 && c.col >= 2 && c.col <= 4 ? 'digits' : 'text');
const tCrop = performance.now() - t;
t = performance.now();
const results = await Promise.all(jobs.map((j) => ocr.recognize(j.img, { mode: mode(j.c) })));
const tOcr = performance.now() - t;
let wrong = 0;
results.forEach((r, i) => {
  const { c } = jobs[i]!;
  const want = rows[c.row]?.[c.col]?.text ?? '';
  if (r.text !== want) { wrong++; console.log('  miss', c.row, c.col, JSON.stringify(want), '→', JSON.stringify(r.text)); }
});
console.log(`page ${page.width}x${page.height}, ${grid.cells.length} cells, ${jobs.length} OCRed, ${wrong} wrong`);
console.log(`image stage ${tImage.toFixed(0)} ms, crop+blank ${tCrop.toFixed(0)} ms, OCR ${tOcr.toFixed(0)} ms with ${workers} workers = ${(tOcr / jobs.length).toFixed(1)} ms/cell`);
const byMode: Record<OcrMode, number[]> = { digits: [], text: [], line: [], word: [] };
for (const j of jobs.slice(0, 40)) {
  for (const m of mode(j.c) === 'digits' ? (['digits'] as const) : (['text', 'line'] as const)) {
    const s = performance.now();
    await ocr.recognize(j.img, { mode: m });
    byMode[m].push(performance.now() - s);
  }
}
const avg = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1);
console.log(`sequential, one call at a time: digits ${avg(byMode.digits)} ms/cell, text ${avg(byMode.text)} ms/cell, same cells as line ${avg(byMode.line)} ms/cell`);
t = performance.now();
const whole = await ocr.recognize(bin, { mode: 'text' });
console.log(`whole page in one call (PSM 6, tesseract.js): ${(performance.now() - t).toFixed(0)} ms, ${whole.words.length} words`);
await ocr.close();
