/** The zod schema of every HTTP body and parameter the server accepts. */
import { z } from 'zod';
import { FlagCode, ScoreField } from '../contract/index.ts';

export const Sha256Param = z.string().regex(/^[0-9a-f]{64}$/);
export const PageParam = z.coerce.number().int().min(1).max(10_000);

const reviewer = z.string().trim().min(1, 'a reviewer name is required').max(100);
const comment = z.string().max(2000).default('');
const criterionId = z.string().min(1).max(40);
/** A score as typed: 0.5, or "0,5" the Vietnamese way; null withdraws an earlier value. */
const scoreValue = z.union([z.number(), z.string().trim().regex(/^\d{1,3}(?:[.,]\d{1,3})?$/).transform((s) => Number(s.replace(',', '.')))])
  .pipe(z.number().finite().nonnegative().max(1000)).nullable();

/** Confirm or dismiss one flag. */
export const DecisionBody = z.object({
  code: FlagCode,
  criterionId,
  field: ScoreField.nullable().default(null),
  /** The flag's subject when code, criterion and field do not name it alone (`data-subject` of the flag). */
  subject: z.string().max(400).nullable().default(null),
  action: z.enum(['confirm', 'dismiss']),
  comment,
  reviewer,
}).strict();
export type DecisionBody = z.infer<typeof DecisionBody>;

/** The value a cell really holds (a misread score put right). */
export const CorrectionBody = z.object({ criterionId, field: ScoreField, value: scoreValue, comment, reviewer }).strict();
export type CorrectionBody = z.infer<typeof CorrectionBody>;

/** The appraised score of a criterion, with the appraisal team's comment. */
export const AppraisalBody = z.object({ criterionId, value: scoreValue, comment, reviewer }).strict();
export type AppraisalBody = z.infer<typeof AppraisalBody>;

export const LoginBody = z.object({ token: z.string().min(1).max(500) });

export const CompareQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  criterion: z.string().max(40).optional(),
});
