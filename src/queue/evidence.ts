import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withEvidence } from '../../pipelines/extract.ts';
import type { ExtractionResult } from '../contract/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import type { PdfBytes } from './bytes.ts';
import { MissingBytesError } from './documents.ts';

/**
 * The report job's last step with `--evidence`: the attached documents come out of Redis into a
 * private temporary folder, which is read exactly as `extract --evidence` reads its folder (the
 * header stage reads files), then removed. The worker keeps nothing.
 */
export async function checkEvidence(result: ExtractionResult, names: readonly string[], sha256: string, bytes: PdfBytes, ocr: OcrEngine): Promise<ExtractionResult> {
  const dir = await mkdtemp(join(tmpdir(), 'cchc-evidence-'));
  try {
    for (const name of names) {
      const document = await bytes.getEvidence(sha256, name);
      if (!document) throw new MissingBytesError(`${result.source.file}: the attached document ${name} is no longer in Redis`);
      await writeFile(join(dir, name), document);
    }
    return await withEvidence(result, dir, ocr);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
