import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEvidence, writeEvidenceFolder, type GeneratedEvidence } from '../../fixtures/generator/evidence.ts';
import { generateReport } from '../../fixtures/generator/index.ts';
import { extractFile } from '../../pipelines/extract.ts';
import type { ExtractionResult } from '../../src/contract/index.ts';
import { createTesseractOcr } from '../../src/ocr/index.ts';
import { resolveSchema } from '../../src/schema/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'cchc-evidence-'));
const ocr = createTesseractOcr({ workers: 2 });
let evidence: GeneratedEvidence;
let result: ExtractionResult;

const key = (f: { code: string; criterionId: string; field?: string | undefined }) => `${f.code} ${f.criterionId}${f.code === 'EVIDENCE_MISMATCH' ? ` ${f.field}` : ''}`;

beforeAll(async () => {
  // One section keeps the run short: 13 citations of 12 documents.
  const { truth, pdf } = await generateReport(resolveSchema('thanh-hoa-2018-huyen'), { seed: 611, clean: true, sections: ['4'], dpi: 200, encoding: 'ccitt-g4' });
  evidence = await generateEvidence(truth.criteria, truth.document.unit, { seed: 611, missing: 2, redated: 1, extra: 1 });
  writeFileSync(join(dir, 'report.pdf'), pdf);
  writeEvidenceFolder(join(dir, 'evidence'), evidence);
  result = await extractFile(join(dir, 'report.pdf'), { evidence: join(dir, 'evidence'), ocr });
}, 600_000);
afterAll(async () => {
  await ocr.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('extract --evidence on a generated report and its evidence folder', () => {
  it('is a folder with two cited documents missing, one redated and one extra', () => {
    const codes = evidence.expected.map((f) => f.code);
    expect(codes.filter((c) => c === 'EVIDENCE_NOT_ATTACHED').length).toBeGreaterThanOrEqual(2);
    expect(codes.filter((c) => c === 'EVIDENCE_MISMATCH')).toHaveLength(1);
    expect(codes.filter((c) => c === 'EVIDENCE_UNUSED')).toHaveLength(1);
  });

  it('raises exactly the expected EVIDENCE_* flags', () => {
    const raised = result.flags.filter((f) => f.code.startsWith('EVIDENCE_'));
    expect(raised.map(key).sort()).toEqual(evidence.expected.map(key).sort());
    for (const f of raised) expect(f.severity).toBe('warning');
  });

  it('says on a date mismatch what the report prints and what the document reads', () => {
    const mismatch = result.flags.find((f) => f.code === 'EVIDENCE_MISMATCH')!;
    const redated = evidence.documents.find((d) => mismatch.message.includes(d.file))!;
    expect(mismatch.field).toBe('date');
    expect(mismatch.actual).toBe(redated.header.date);
    expect(mismatch.expected).not.toBe(redated.header.date);
  });
});
