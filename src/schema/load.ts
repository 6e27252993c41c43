import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nfc, sumScores } from '../text/index.ts';
import { CriteriaSchema, type SchemaCriterion } from './schema.ts';

/** A criteria schema file that cannot be used; the message names the file and the row. */
export class SchemaError extends Error {
  readonly code = 'SCHEMA_INVALID';
  constructor(readonly file: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: ${message}`, options);
  }
}

const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

/** Where a TSV file names its schema: criteria-<province>-<year>-<level>.tsv. */
const TSV_NAME = /^criteria-(?<province>[a-z-]+)-(?<year>\d{4})-(?<level>tinh|huyen|xa|so)\.tsv$/;

const PROVINCE_NAMES: Record<string, string> = { 'thanh-hoa': 'Thanh Hóa' };

/**
 * Converts a criteria table (id, level, title, max, options `text=points | …`, note) into a
 * schema. Options are alternatives unless the note says `additive`.
 */
export function schemaFromTsv(text: string, file: string): CriteriaSchema {
  const name = TSV_NAME.exec(basename(file))?.groups;
  if (!name) throw new SchemaError(file, 'a TSV schema must be named criteria-<province>-<year>-<level>.tsv');
  const lines = nfc(text).split(/\r?\n/).filter((line) => line.trim() !== '');
  const criteria = lines.slice(1).map((line, index): SchemaCriterion => {
    const [id = '', level = '', title = '', max = '', options = '', note = ''] = line.split('\t');
    const where = `line ${index + 2} (${id})`;
    const parsedOptions = options.trim() === '' ? [] : options.split(' | ').map((option) => {
      const cut = option.lastIndexOf('=');
      const points = Number(option.slice(cut + 1));
      if (cut < 0 || !Number.isFinite(points)) throw new SchemaError(file, `${where}: option "${option}" is not text=points`);
      return { text: option.slice(0, cut).trim(), points };
    });
    return {
      id: id.trim(),
      level: Number(level),
      title: title.trim(),
      max: Number(max),
      options: parsedOptions,
      combine: /\badditive\b/.test(note) ? 'additive' : 'alternative',
      ...(note.trim() ? { note: note.trim() } : {}),
    };
  });
  const sections = criteria.filter((c) => c.level === 1);
  const province = name.province ?? '';
  return checkSchema({
    id: `${province}-${name.year}-${name.level}`,
    title: `Chỉ số CCHC ${name.level === 'huyen' ? 'cấp huyện' : name.level} ${PROVINCE_NAMES[province] ?? province} ${name.year}`,
    province: PROVINCE_NAMES[province] ?? province,
    level: name.level,
    year: Number(name.year),
    total: sumScores(sections.map((c) => c.max)),
    criteria,
  }, file);
}

/** Checks a parsed schema object with zod; a broken rule is refused with the row it is on. */
export function checkSchema(data: unknown, file: string): CriteriaSchema {
  const parsed = CriteriaSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new SchemaError(file, messages.join('; '), { cause: parsed.error });
}

/** Loads a schema file: `.json` as stored under src/schema/data, or `.tsv` as in shared/domain. */
export function loadSchemaFile(file: string): CriteriaSchema {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new SchemaError(file, 'cannot be read', { cause });
  }
  if (file.endsWith('.tsv')) return schemaFromTsv(text, file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new SchemaError(file, 'is not valid JSON', { cause });
  }
  return checkSchema(data, file);
}

let bundled: CriteriaSchema[] | undefined;

/** The schemas shipped with the project (src/schema/data/*.json), loaded once. */
export function bundledSchemas(): CriteriaSchema[] {
  bundled ??= readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => loadSchemaFile(join(DATA_DIR, f)));
  return bundled;
}
