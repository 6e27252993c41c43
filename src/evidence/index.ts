/**
 * The evidence stage: the documents attached to a report, each read by its header, checked
 * against the report's citations (EVIDENCE_NOT_ATTACHED, EVIDENCE_MISMATCH, EVIDENCE_UNUSED).
 */
import type { Criterion, Flag } from '../contract/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import { readEvidenceFolder } from './folder.ts';
import { matchEvidence } from './match.ts';

export { matchEvidence, MISMATCH_CONFIDENCE, type Attached } from './match.ts';
export { readEvidenceFolder, evidenceFilesOf, EvidenceFolderError } from './folder.ts';

/** Options of {@link checkEvidenceFolder}. */
export interface EvidenceOptions {
  /** An OCR engine to share (left open); by default one is started and closed. */
  ocr?: OcrEngine;
}

/** Reads the evidence folder and returns the EVIDENCE_* flags of a report's criteria. */
export async function checkEvidenceFolder(criteria: readonly Criterion[], dir: string, options: EvidenceOptions = {}): Promise<Flag[]> {
  const ocr = options.ocr ?? (await import('../ocr/index.ts')).createTesseractOcr();
  try {
    return matchEvidence(criteria, await readEvidenceFolder(dir, ocr));
  } finally {
    if (!options.ocr) await ocr.close();
  }
}
