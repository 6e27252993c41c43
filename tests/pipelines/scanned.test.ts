import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../bench/compare.ts';
import { extractFile } from '../../pipelines/extract.ts';
import { createTesseractOcr } from '../../src/ocr/index.ts';
import { scannedFixture } from '../helpers/scanned.ts';

// The real pipeline: pdf.js, sharp, tesseract.js on the committed synthetic scans, whose
// ground truth the generator wrote. One OCR pool serves every report.
const ocr = createTesseractOcr();
afterAll(() => ocr.close());

describe.each(['clean-s1-s4', 'arithmetic-s4-s6', 'references-s3-s5'])('cchc extract on the scanned report %s', (name) => {
  const { pdf, truth, schema } = scannedFixture(name);
  const run = extractFile(pdf, { schema, ocr });

  it('reads the header number and date', async () => {
    const result = await run;
    expect(result.document.number).toBe(truth.document.number);
    expect(result.document.date).toBe(truth.document.date);
    expect(result.source).toMatchObject({ kind: 'scanned', pages: truth.pages.length });
  });

  it('finds every criterion row, each on its page', async () => {
    const result = await run;
    const score = compare(result, truth);
    expect(score.found).toBe(score.criteria);
    for (const t of truth.criteria) expect(result.criteria.find((c) => c.id === t.id)?.page).toBe(t.page);
  });

  it('gets the scores right, and flags for a person every one it does not', async () => {
    const score = compare(await run, truth);
    expect(score.silentIds).toEqual([]);
    expect(score.maxRight + score.selfRight).toBeGreaterThanOrEqual(Math.floor(score.values * 0.97));
  });

  it('raises the injected flags and no other error', async () => {
    const score = compare(await run, truth);
    expect(score.flags.missed).toEqual([]);
    expect(score.flags.extra).toEqual([]);
  });
});
