import { readFileSync } from 'node:fs';
import { subSchema } from '../../fixtures/generator/index.ts';
import { Truth } from '../../fixtures/generator/truth.ts';
import { resolveSchema, type CriteriaSchema } from '../../src/schema/index.ts';
import { ROOT } from './paths.ts';

/** A committed synthetic scanned report: its PDF, its ground truth, and the schema it was drawn from. */
export function scannedFixture(name: string): { pdf: string; truth: Truth; schema: CriteriaSchema } {
  const pdf = `${ROOT}fixtures/scanned/${name}.pdf`;
  const truth = Truth.parse(JSON.parse(readFileSync(`${ROOT}fixtures/scanned/${name}.truth.json`, 'utf8')));
  const base = resolveSchema(truth.schema.baseId);
  const schema = truth.generator.sections ? subSchema(base, truth.generator.sections) : base;
  return { pdf, truth, schema };
}
