import { z } from 'zod';
import { sumScores } from '../text/index.ts';

export const SchemaOption = z.object({
  text: z.string().min(1),
  points: z.number().nonnegative(),
});
export type SchemaOption = z.infer<typeof SchemaOption>;

export const SchemaCriterion = z.object({
  id: z.string().regex(/^\d+(\.\d+)*$/, 'an id like 1, 1.1 or 1.1.1'),
  level: z.number().int().min(1).max(4),
  title: z.string().min(1),
  max: z.number().nonnegative(),
  options: z.array(SchemaOption),
  /** How the options combine: pick one (`alternative`) or add up the ones met (`additive`). */
  combine: z.enum(['alternative', 'additive']),
  note: z.string().optional(),
});
export type SchemaCriterion = z.infer<typeof SchemaCriterion>;

const criteriaRules = (criteria: SchemaCriterion[], ctx: z.RefinementCtx) => {
  const byId = new Map<string, SchemaCriterion>();
  const issue = (index: number, message: string) =>
    ctx.addIssue({ code: 'custom', path: ['criteria', index], message: `row ${criteria[index]?.id}: ${message}` });

  criteria.forEach((row, index) => {
    if (byId.has(row.id)) issue(index, 'id is used twice');
    const depth = row.id.split('.').length;
    if (depth !== row.level) issue(index, `level ${row.level} does not match the id's depth ${depth}`);
    const parentId = row.id.split('.').slice(0, -1).join('.');
    if (parentId && !byId.has(parentId)) issue(index, `parent ${parentId} is not listed before it`);
    byId.set(row.id, row);

    for (const option of row.options) {
      if (option.points > row.max) issue(index, `option "${option.text}" is worth ${option.points}, above the max ${row.max}`);
    }
    if (row.combine === 'additive') {
      const total = sumScores(row.options.map((o) => o.points));
      if (total > row.max) issue(index, `additive options add up to ${total}, above the max ${row.max}`);
    }
  });

  criteria.forEach((row, index) => {
    const children = criteria.filter((c) => c.id.startsWith(`${row.id}.`) && c.level === row.level + 1);
    if (children.length === 0) return;
    const total = sumScores(children.map((c) => c.max));
    if (total !== row.max) {
      issue(index, `max ${row.max} differs from the sum of its children's max ${total} (${children.map((c) => c.id).join(' + ')})`);
    }
    if (row.options.length > 0) issue(index, 'a parent criterion cannot have scoring options');
  });
};

export const CriteriaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  /** Where and when the schema applies: the registry matches these against a report's header. */
  province: z.string(),
  level: z.enum(['tinh', 'huyen', 'xa', 'so']),
  year: z.number().int(),
  /** The printed grand total; never assumed to be 100. */
  total: z.number().positive(),
  criteria: z.array(SchemaCriterion).min(1).superRefine(criteriaRules),
}).superRefine((schema, ctx) => {
  const sections = schema.criteria.filter((c) => c.level === 1);
  const total = sumScores(sections.map((c) => c.max));
  if (total !== schema.total) {
    ctx.addIssue({ code: 'custom', path: ['total'], message: `total ${schema.total} differs from the sum of the sections ${total}` });
  }
});
export type CriteriaSchema = z.infer<typeof CriteriaSchema>;
