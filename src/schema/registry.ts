import { existsSync } from 'node:fs';
import { fold } from '../text/index.ts';
import { bundledSchemas, loadSchemaFile, SchemaError } from './load.ts';
import { PROVINCES } from './provinces.ts';
import type { CriteriaSchema } from './schema.ts';

/** What a report's header says about where and when it applies. */
export interface SchemaHints {
  year: number | null;
  /** The report's header (cover, annex title), searched for a province name and the administrative level. */
  text: string;
  /**
   * The rest of the report (the table's cells): searched for the level, and for a province only
   * where it is called one ("tỉnh Sơn La"); OCR of a poor scan makes a bare name out of other
   * words ("Sầm Sơn là").
   */
  body?: string;
}

const LEVEL_WORDS: Record<CriteriaSchema['level'], RegExp> = {
  huyen: /\b(cap huyen|huyen|thi xa|thanh pho)\b/,
  tinh: /\bcap tinh\b/,
  xa: /\bcap xa\b/,
  so: /\b(so|ban nganh)\b/,
};

/**
 * Picks the schema that fits a report: same year, a level the report names, and its province
 * named in the text (a district report often names only itself: then a schema of a province
 * the text does not contradict). Null when none fits, so that only the arithmetic checks run.
 */
export function pickSchema(hints: SchemaHints, schemas: CriteriaSchema[] = bundledSchemas()): CriteriaSchema | null {
  const header = fold(hints.text);
  const body = fold(hints.body ?? '');
  const text = `${header}\n${body}`;
  const named = new Set(PROVINCES.map(fold).filter((p) => new RegExp(`\\b${p}\\b`).test(header) || new RegExp(`\\btinh ${p}\\b`).test(body)));
  const fits = schemas.filter((s) => s.year === hints.year && LEVEL_WORDS[s.level].test(text)
    && (named.size === 0 || named.has(fold(s.province))));
  return fits.length === 1 ? fits[0]! : null;
}

/** Resolves `--schema <id|file>`: a bundled schema's id, or a path to a .json or .tsv schema file. */
export function resolveSchema(idOrFile: string, schemas: CriteriaSchema[] = bundledSchemas()): CriteriaSchema {
  const byId = schemas.find((s) => s.id === idOrFile);
  if (byId) return byId;
  if (existsSync(idOrFile)) return loadSchemaFile(idOrFile);
  throw new SchemaError(idOrFile, `is neither a schema id (${schemas.map((s) => s.id).join(', ')}) nor a schema file`);
}
