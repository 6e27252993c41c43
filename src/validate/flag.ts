import { severityOf, type Flag, type FlagCode } from '../contract/index.ts';

/** A flag with its contract severity; `page` where the criterion stands. */
export function flag(code: FlagCode, criterionId: string, message: string, extra: Partial<Flag> = {}): Flag {
  return { code, criterionId, severity: severityOf(code), message, ...extra };
}

/** "0.5" printed the Vietnamese way, "0,5". */
export const score = (n: number | null | undefined) => (n === null || n === undefined ? '(trống)' : String(n).replace('.', ','));
