import type { Flag } from '../contract/index.ts';
import { unsureId, type ReadCriterion, type ReportModel } from '../report/index.ts';
import type { CriteriaSchema } from '../schema/index.ts';
import { trusted } from './arithmetic.ts';
import { flag, parentOf, score } from './flag.ts';

const misreadId = (c: ReadCriterion, what: string) =>
  flag('LOW_CONFIDENCE', c.id, `${what}; cần người kiểm tra.`, { field: 'id', actual: c.id, page: c.page });

/**
 * The checks against the schema and the table's own numbering: MAX_MISMATCH,
 * MISSING_CRITERION, UNKNOWN_CRITERION, MISNUMBERED_CRITERION, DUPLICATE_CRITERION.
 */
export function checkStructure(report: ReportModel, schema: CriteriaSchema | null): Flag[] {
  const flags: Flag[] = [];
  const seen = new Map<string, ReadCriterion[]>();
  for (const c of report.criteria) {
    const same = [...(seen.get(c.id) ?? []), c];
    seen.set(c.id, same);
    if (same.length === 2 && same.some(unsureId)) {
      flags.push(misreadId(c, `${c.id || '(trống)'} đọc lần thứ hai ("${c.title.slice(0, 80)}"), nhưng một trong hai số đọc không chắc`));
    } else if (same.length === 2) {
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
    if (!known && unsureId(c)) {
      flags.push(misreadId(c, `${c.id || '(trống)'} ("${c.title.slice(0, 80)}") không có trong bộ tiêu chí ${schema.id}, nhưng số đọc không chắc`));
    } else if (!known) {
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
