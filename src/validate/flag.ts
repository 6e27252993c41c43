import { severityOf, type Flag, type FlagCode } from '../contract/index.ts';
import type { ReportModel } from '../report/index.ts';
import type { CriteriaSchema } from '../schema/index.ts';

/** A flag with its contract severity; `page` where the criterion stands. */
export function flag(code: FlagCode, criterionId: string, message: string, extra: Partial<Flag> = {}): Flag {
  return { code, criterionId, severity: severityOf(code), message, ...extra };
}

/** "0.5" printed the Vietnamese way, "0,5". */
export const score = (n: number | null | undefined) => (n === null || n === undefined ? '(trống)' : String(n).replace('.', ','));

/** "1.1" for "1.1.2"; "" for a section. */
export const parentOf = (id: string) => id.split('.').slice(0, -1).join('.');

/** Whether a criterion has children, in the report or in the schema: only leaves are scored against options and evidence. */
export function hasChildren(id: string, report: ReportModel, schema: CriteriaSchema | null): boolean {
  return report.criteria.some((c) => parentOf(c.id) === id) || (schema?.criteria.some((s) => parentOf(s.id) === id) ?? false);
}
