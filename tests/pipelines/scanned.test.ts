import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../bench/compare.ts';
import { extractFile } from '../../pipelines/extract.ts';
import { createTesseractOcr } from '../../src/ocr/index.ts';
import { scannedFixture } from '../helpers/scanned.ts';

// The real pipeline: pdf.js, sharp, tesseract.js on the committed synthetic scans, whose
// ground truth the generator wrote. One OCR pool serves every report.
const ocr = createTesseractOcr();
afterAll(() => ocr.close());

describe.each(['clean-s1-s4', 'arithmetic-s4-s6'])('cchc extract on the scanned report %s', (name) => {
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

// A landscape 1-bit scan at 200 dpi: the hardest of the set. Many of its scores are read as
// unreadable (and flagged for a person); none may be read wrong without a flag.
describe('cchc extract on the landscape 1-bit scan references-s3-s5', () => {
  const { pdf, truth, schema } = scannedFixture('references-s3-s5');
  const run = extractFile(pdf, { schema, ocr });

  it('finds every criterion row and reads the header number', async () => {
    const result = await run;
    expect(compare(result, truth).found).toBe(truth.criteria.length);
    expect(result.document.number).toBe(truth.document.number);
  });

  it('reads no score wrong without flagging it for a person', async () => {
    expect(compare(await run, truth).silentIds).toEqual([]);
  });

  it('raises the evidence and citation flags it can read, and no false error', async () => {
    const score = compare(await run, truth);
    const raised = (await run).flags.map((f) => `${f.code} ${f.criterionId}`);
    expect(raised).toEqual(expect.arrayContaining(['REFERENCE_MISMATCH HEADER', 'MISSING_EVIDENCE 5.3.2', 'REFERENCE_INVALID 5.5.1']));
    expect(score.flags.extra).toEqual([]);
  });
});
