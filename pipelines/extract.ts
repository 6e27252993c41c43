import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ExtractionResult } from '../src/contract/index.ts';
import { buildReport, readTranscript, ReportError, type SourceLine } from '../src/report/index.ts';
import type { OcrEngine } from '../src/ocr/index.ts';
import type { CriteriaSchema } from '../src/schema/index.ts';
import { validateReport } from '../src/validate/index.ts';

export interface ExtractOptions {
  /** A schema to check against; `undefined` picks one from the header, `null` runs the arithmetic checks only. */
  schema?: CriteriaSchema | null;
  /** An OCR engine to share between files (left open); by default a PDF starts and closes its own. */
  ocr?: OcrEngine;
  /** A folder of the report's attached documents: each citation is checked against their headers (EVIDENCE_* flags). */
  evidence?: string;
}

/** Reads a file's bytes, refusing what cannot be a report before any stage runs. */
async function readInput(file: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : 'cannot be read';
    throw new ReportError('NOT_FOUND', file, reason, { cause });
  }
  if (bytes.length === 0) throw new ReportError('EMPTY', file, 'empty file');
  return bytes;
}

const isPdf = (bytes: Buffer) => bytes.subarray(0, 1024).includes('%PDF-');

function decodeText(bytes: Buffer, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ReportError('BINARY', file, 'binary file: neither a PDF nor a UTF-8 text transcript', { cause });
  }
  if (text.includes('\u0000')) throw new ReportError('BINARY', file, 'binary file: neither a PDF nor a UTF-8 text transcript');
  return text;
}

/**
 * The stages every input shares once its rows are read: group them into a report, refuse a
 * file with no score table, validate, and check the contract result with its zod schema.
 */
export function resultOf(
  headerText: string,
  lines: SourceLine[],
  options: ExtractOptions,
  file: string,
  source: Omit<ExtractionResult['source'], 'file'>,
): ExtractionResult {
  const { model, schema } = buildReport(headerText, lines, options);
  if (!model.criteria.some((c) => c.maxScore !== null || c.selfScore !== null)) {
    throw new ReportError('NO_TABLE', file, 'no score table found');
  }
  const { header } = model;
  return ExtractionResult.parse({
    contractVersion: 1,
    source: { file: basename(file), ...source },
    document: { unit: header.unit, number: header.number, date: header.date, year: header.year },
    schema: schema ? { id: schema.id } : null,
    criteria: model.criteria,
    totals: model.totals,
    flags: validateReport(model, schema),
  });
}

/**
 * The whole-report pipeline that `cchc extract` runs: a tab-separated OCR transcript or a PDF
 * in, a validated ExtractionResult out. Input that cannot be a report throws a ReportError.
 */
export async function extractFile(file: string, options: ExtractOptions = {}): Promise<ExtractionResult> {
  const result = await extractReport(file, options);
  if (options.evidence === undefined) return result;
  const { EvidenceFolderError } = await import('../src/evidence/index.ts');
  try {
    return await withEvidence(result, options.evidence, options.ocr);
  } catch (error) {
    if (error instanceof EvidenceFolderError) throw new ReportError('NOT_FOUND', error.dir, 'evidence folder not found', { cause: error });
    throw error;
  }
}

/**
 * The result with the EVIDENCE_* flags of the documents in `dir` added after its own: the last
 * step of `extractFile`, and of the queue's report job (which lays the documents out in a folder).
 * @throws {EvidenceFolderError} when `dir` is not a readable folder
 */
export async function withEvidence(result: ExtractionResult, dir: string, ocr?: OcrEngine): Promise<ExtractionResult> {
  const { checkEvidenceFolder } = await import('../src/evidence/index.ts');
  const flags = await checkEvidenceFolder(result.criteria, dir, { ocr });
  return ExtractionResult.parse({ ...result, flags: [...result.flags, ...flags] });
}

async function extractReport(file: string, options: ExtractOptions): Promise<ExtractionResult> {
  const bytes = await readInput(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (isPdf(bytes)) {
    const { extractPdf } = await import('./extract-pdf.ts');
    return extractPdf(bytes, file, sha256, options);
  }
  const text = decodeText(bytes, file);
  const { headerText, lines } = readTranscript(text, file);
  return resultOf(headerText, lines, options, file, { sha256, pages: 1, kind: 'text' });
}
