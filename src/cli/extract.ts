import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { extractFile } from '../../pipelines/extract.ts';
import type { ExtractionResult } from '../contract/index.ts';
import { resolveSchema } from '../schema/index.ts';
import { exitOnInputError } from './errors.ts';

/** Writes the whole file or nothing: a crash never leaves half a JSON behind. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

function summary(result: ExtractionResult): string {
  const bySeverity = (s: string) => result.flags.filter((f) => f.severity === s).length;
  const { document: d } = result;
  return [
    `${result.source.file}: ${d.unit ?? '?'}, số ${d.number ?? '?'}, ngày ${d.date ?? '?'}, năm ${d.year ?? '?'}`,
    `schema ${result.schema?.id ?? '(none: arithmetic checks only)'}; ${result.criteria.length} criteria`,
    `flags: ${bySeverity('error')} errors, ${bySeverity('warning')} warnings, ${bySeverity('info')} info`,
    ...result.flags.map((f) => `  ${f.severity.padEnd(7)} ${f.code.padEnd(22)} ${f.criterionId.padEnd(7)} ${f.message}`),
  ].join('\n');
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Read one report (PDF or tab-separated OCR transcript), validate it, and write the result JSON (CONTRACT.md). Exits 0 when the report was read, with or without flags; 2 when the input cannot be read as a report.')
    .argument('<file>', 'the report: a PDF, or a .txt transcript with one table row per line')
    .option('--json <out>', 'write the extraction result here (nothing is written if the input cannot be read)')
    .option('--schema <id|file>', 'criteria schema to check against: a bundled id or a .json/.tsv file (default: picked from the header)')
    .option('--no-schema', 'check arithmetic only, against no criteria schema')
    .option('--evidence <dir>', 'folder of the attached documents (PDFs, page images): each citation is checked against their headers')
    .option('-q, --quiet', 'print nothing but errors')
    .action((file: string, options: { json?: string; schema?: string | false; evidence?: string; quiet?: boolean }) =>
      exitOnInputError(async () => {
        const schema = options.schema === false ? null : options.schema ? resolveSchema(options.schema) : undefined;
        const result = await extractFile(file, { schema, evidence: options.evidence });
        if (options.json) await writeAtomically(options.json, `${JSON.stringify(result, null, 2)}\n`);
        if (!options.quiet) process.stdout.write(`${summary(result)}\n`);
      }));
}
