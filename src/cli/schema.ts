import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { bundledSchemas, loadSchemaFile } from '../schema/index.ts';
import { exitOnInputError } from './errors.ts';

export function registerSchema(program: Command): void {
  const schema = program.command('schema').description('List, check and convert criteria schemas (the data the validator checks reports against).');

  schema.command('list').description('List the bundled schemas with their province, level, year and total.').action(() => {
    for (const s of bundledSchemas()) {
      process.stdout.write(`${s.id}\t${s.province}\t${s.level}\t${s.year}\ttotal ${s.total}\t${s.criteria.length} criteria\n`);
    }
  });

  schema
    .command('check')
    .description('Check a schema file (.json or criteria-<province>-<year>-<level>.tsv): ids unique and nested, parents equal to the sum of their children, options within the max. Exits 2 naming the row that breaks a rule.')
    .argument('<file>')
    .action((file: string) => exitOnInputError(async () => {
      const s = loadSchemaFile(file);
      process.stdout.write(`${file}: ${s.id}, ${s.criteria.length} criteria, total ${s.total}: ok\n`);
    }));

  schema
    .command('convert')
    .description('Convert a criteria TSV (id, level, title, max, options "text=points | …", note) into a JSON schema file.')
    .argument('<tsv>')
    .requiredOption('--out <file>', 'where to write the JSON schema (e.g. src/schema/data/<id>.json)')
    .action((tsv: string, options: { out: string }) => exitOnInputError(async () => {
      const s = loadSchemaFile(tsv);
      await mkdir(dirname(options.out), { recursive: true });
      await writeFile(options.out, `${JSON.stringify(s, null, 2)}\n`);
      process.stdout.write(`${options.out}: ${s.id}, ${s.criteria.length} criteria, total ${s.total}\n`);
    }));
}
