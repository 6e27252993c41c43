/** An evidence folder: every PDF or page image in it, with its header read. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { HeaderError, readHeaderFile } from '../header/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import { PdfError } from '../pdf/index.ts';
import type { Attached } from './match.ts';

/** Files taken as attached documents; anything else in the folder (notes, spreadsheets) is ignored. */
const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.jpg', '.jpeg', '.png', '.tif', '.tiff']);

/** The folder is missing or not a folder: an input error, like a missing report. */
export class EvidenceFolderError extends Error {
  override readonly name = 'EvidenceFolderError';
  constructor(readonly dir: string, reason: string, options?: { cause?: unknown }) {
    super(`${dir}: ${reason}`, options);
  }
}

/**
 * The names of the documents in `dir` that are taken as attached (PDFs and page images, not
 * recursive), in name order: what {@link readEvidenceFolder} reads, and what the queue carries.
 * @throws {EvidenceFolderError} when `dir` is not a readable folder
 */
export async function evidenceFilesOf(dir: string): Promise<string[]> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new EvidenceFolderError(dir, 'not a folder');
    names = await readdir(dir);
  } catch (cause) {
    if (cause instanceof EvidenceFolderError) throw cause;
    throw new EvidenceFolderError(dir, 'evidence folder not found', { cause });
  }
  return names.filter((n) => DOCUMENT_EXTENSIONS.has(extname(n).toLowerCase())).sort();
}

/**
 * Reads the header of every document in `dir` (not recursive), in name order. A file that cannot
 * be read as a document stays in the list with its problem, so that it is reported, not lost.
 * @throws {EvidenceFolderError} when `dir` is not a readable folder
 */
export async function readEvidenceFolder(dir: string, ocr: OcrEngine): Promise<Attached[]> {
  const files = await evidenceFilesOf(dir);
  return Promise.all(files.map(async (file): Promise<Attached> => {
    try {
      return { file, header: await readHeaderFile(join(dir, file), { ocr }) };
    } catch (error) {
      if (error instanceof HeaderError || error instanceof PdfError) return { file, header: null, problem: error.message };
      throw error;
    }
  }));
}
