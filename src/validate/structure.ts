import type { Flag } from '../contract/index.ts';
import type { ReportModel } from '../report/index.ts';
import type { CriteriaSchema } from '../schema/index.ts';
import { trusted } from './arithmetic.ts';
import { flag, parentOf, score } from './flag.ts';


/**
 * The checks against the schema and the table's own numbering: MAX_MISMATCH,
 * MISSING_CRITERION, UNKNOWN_CRITERION, MISNUMBERED_CRITERION, DUPLICATE_CRITERION.
 */
export function checkStructure(report: ReportModel, schema: CriteriaSchema | null): Flag[] {
  const flags: Flag[] = [];
  const seen = new Map<string, number>();
  for (const c of report.criteria) {
    const count = (seen.get(c.id) ?? 0) + 1;
    seen.set(c.id, count);
    if (count === 2) {
      flags.push(flag('DUPLICATE_CRITERION', c.id, `${c.id} được ghi hai lần cho hai tiêu chí khác nhau ("${c.title.slice(0, 80)}").`, { page: c.page }));
    }
    if (c.printedId !== undefined) {
      flags.push(flag('MISNUMBERED_CRITERION', c.id,
        `Tiêu chí "${c.title.slice(0, 80)}" ghi số ${c.printedId}; theo tên và vị trí, đây là ${c.id}.`,
        { field: 'id', expected: c.id, actual: c.printedId, page: c.page }));
    }
  }
  if (!schema) return flags;

  const byId = new Map(schema.criteria.map((s) => [s.id, s]));
  for (const c of report.criteria) {
    const known = byId.get(c.id);
    if (!known) {
      flags.push(flag('UNKNOWN_CRITERION', c.id, `${c.id} ("${c.title.slice(0, 80)}") không có trong bộ tiêu chí ${schema.id}.`, { page: c.page }));
    } else if (trusted(c, 'maxScore') !== null && c.maxScore !== known.max) {
      flags.push(flag('MAX_MISMATCH', c.id, `${c.id}: điểm chuẩn ghi ${score(c.maxScore)}, bộ tiêu chí ${schema.id} quy định ${score(known.max)}.`,
        { field: 'maxScore', expected: known.max, actual: c.maxScore, page: c.page }));
    }
  }

  // A missing parent stands for its missing children: one flag, not one per row.
  const present = new Set(report.criteria.map((c) => c.id));
  const missing = schema.criteria.filter((s) => !present.has(s.id));
  const missingIds = new Set(missing.map((s) => s.id));
  for (const s of missing) {
    if (missingIds.has(parentOf(s.id))) continue;
    const below = missing.filter((m) => m.id.startsWith(`${s.id}.`)).map((m) => m.id);
    const also = below.length ? ` (cùng ${below.join(', ')})` : '';
    flags.push(flag('MISSING_CRITERION', s.id, `Thiếu tiêu chí ${s.id} "${s.title}"${also} trong bảng điểm.`, { expected: s.max }));
  }
  return flags;
}
