import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHeaderFile, type DocumentHeader } from '../../src/header/index.ts';
import { createTesseractOcr } from '../../src/ocr/index.ts';
import { REAL_SAMPLES_DIR } from '../helpers/samples.ts';

interface TrueHeader {
  file: string; issuer: string; typeName: string; type: string; number: string; year: number | null;
  symbol: string; place: string; date: string; subject: string; handwritten: string[];
}
const truth = JSON.parse(readFileSync(new URL('./real-headers.json', import.meta.url), 'utf8')) as { documents: TrueHeader[]; withoutHeader: string[] };

/** The fields the issue holds the reader to. */
const CHECKED = ['number', 'symbol', 'date'] as const;
/** Fields compared exactly; free text (issuer, place, subject) is compared only where read with confidence above 0.9. */
const EXACT = ['number', 'symbol', 'date', 'type', 'typeName', 'year'] as const;
/**
 * Documents whose number, symbol and date all come out right today: 05.signed and vht507 (number
 * and day stamped into signature annotations), H14…, va_4_1.jpg, and 01CT, 04CT, 05CT, 11CT,
 * 23BC, 660TBUB, va_1 and va_2, whose handwritten numbers and days are read glyph by glyph
 * (`src/header/handwritten.ts`, Tesseract and the MNIST classifier, at 0.7). The issue asks for
 * 12 of 14; on the other two a glyph neither reads surely (16CT's 7 with a long crossbar, va_3's
 * 7) or a day cut off its spot (va_3) leave the number or the date unreadable.
 * Raise this floor as the reader improves; never lower it to make a change pass.
 */
const RIGHT_FLOOR = 12;

const ocr = createTesseractOcr({ workers: 2 });
const read = new Map<string, DocumentHeader>();

beforeAll(async () => {
  const files = [...truth.documents.map((d) => d.file), ...truth.withoutHeader];
  const headers = await Promise.all(files.map((f) => readHeaderFile(join(REAL_SAMPLES_DIR, f), { ocr })));
  headers.forEach((h, i) => read.set(files[i]!, h));
}, 600_000);
afterAll(() => ocr.close());

const isRight = (h: DocumentHeader, t: TrueHeader, field: (typeof EXACT)[number]) => h[field] === t[field];

describe('read-header on the real samples', () => {
  it('finds a header on each of the 14 first pages that have one, and none on a second page', () => {
    for (const t of truth.documents) expect(read.get(t.file)?.found, t.file).toBe(true);
    for (const f of truth.withoutHeader) expect(read.get(f)?.found, f).toBe(false);
  });

  it('never gives a wrong value with confidence above 0.9', () => {
    const wrong: string[] = [];
    for (const t of truth.documents) {
      const h = read.get(t.file)!;
      for (const field of EXACT) {
        if (h[field] !== null && !isRight(h, t, field) && (h.confidence[field] ?? 0) > 0.9) wrong.push(`${t.file} ${field}: ${h[field]} (${h.confidence[field]})`);
      }
      for (const field of ['issuer', 'place', 'subject'] as const) {
        if (h[field] !== null && h[field] !== t[field] && (h.confidence[field] ?? 0) > 0.9) wrong.push(`${t.file} ${field}: ${h[field]} (${h.confidence[field]})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives no wrong number or date at any confidence: what it cannot read it names unreadable', () => {
    const wrong: string[] = [];
    for (const t of truth.documents) {
      const h = read.get(t.file)!;
      for (const field of ['number', 'date'] as const) if (h[field] !== null && h[field] !== t[field]) wrong.push(`${t.file} ${field}: ${h[field]} (${h.confidence[field]})`);
    }
    expect(wrong).toEqual([]);
  });

  it('names every checked field it gives no value for as unreadable', () => {
    for (const t of truth.documents) {
      const h = read.get(t.file)!;
      for (const field of CHECKED) if (h[field] === null) expect(h.unreadable, `${t.file} ${field}`).toContain(field);
    }
  });

  it(`reads number, symbol and date right on at least ${RIGHT_FLOOR} documents`, () => {
    const right = truth.documents.filter((t) => CHECKED.every((f) => isRight(read.get(t.file)!, t, f)));
    expect(right.length).toBeGreaterThanOrEqual(RIGHT_FLOOR);
  });

  it('reads every printed symbol it gives a value for right', () => {
    for (const t of truth.documents) {
      const h = read.get(t.file)!;
      if (h.symbol !== null && (h.confidence.symbol ?? 0) >= 0.8) expect(h.symbol, t.file).toBe(t.symbol);
    }
  });
});
