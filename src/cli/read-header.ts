import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { HeaderError, readHeaderFile, type DocumentHeader } from '../header/index.ts';
import { PdfError } from '../pdf/index.ts';

/** Writes the whole file or nothing. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

const FIELD_NAMES: Array<[keyof DocumentHeader & keyof DocumentHeader['confidence'], string]> = [
  ['issuer', 'cơ quan ban hành'], ['typeName', 'loại văn bản'], ['type', 'mã loại'], ['number', 'số'],
  ['year', 'năm (trong số)'], ['symbol', 'ký hiệu'], ['place', 'địa danh'], ['date', 'ngày'], ['subject', 'trích yếu'],
];

function summary(h: DocumentHeader): string {
  if (!h.found) return `${h.file}: no document header on the first page`;
  const lines = [`${h.file} (${h.source}):`];
  for (const [field, name] of FIELD_NAMES) {
    const value = h[field];
    if (value !== null) lines.push(`  ${name.padEnd(17)} ${String(value)}  (${h.confidence[field]?.toFixed(2)})`);
    else if (h.unreadable.includes(field)) lines.push(`  ${name.padEnd(17)} (unreadable)`);
  }
  return lines.join('\n');
}

export function registerReadHeader(program: Command): void {
  program
    .command('read-header')
    .description('Read the header of a document (PDF or page image): issuer, type, number, symbol, place, date and subject, each with a confidence. What cannot be read surely is reported as unreadable, not guessed. Exits 2 when the file is not a readable PDF or image.')
    .argument('<file>', 'the document: a PDF (first page) or a page image (JPEG, PNG, TIFF)')
    .option('--json <out>', 'write the header as JSON here')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (file: string, options: { json?: string; quiet?: boolean }) => {
      try {
        const header = await readHeaderFile(file);
        if (options.json) await writeAtomically(options.json, `${JSON.stringify(header, null, 2)}\n`);
        if (!options.quiet) process.stdout.write(`${summary(header)}\n`);
      } catch (error) {
        if (!(error instanceof HeaderError || error instanceof PdfError)) throw error;
        process.stderr.write(`cchc: ${error.message}\n`);
        process.exitCode = 2;
      }
    });
}
