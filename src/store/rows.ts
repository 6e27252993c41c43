import { z } from 'zod';
import { FlagCode, ScoreField, Severity } from '../contract/index.ts';

/** Where a report stands: waiting for (or in) the queue, read, or refused for good. */
export const ReportStatus = z.enum(['queued', 'done', 'failed']);
export type ReportStatus = z.infer<typeof ReportStatus>;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().nonnegative();

/** Why a report could not be read: the pipeline's error code (PdfError, ReportError) and its message. */
export const Failure = z.object({
  code: z.string().min(1),
  reason: z.string().min(1),
  /** How many times a worker tried; 1 for input that is refused without a retry. */
  attempts: count,
});
export type Failure = z.infer<typeof Failure>;

/** One report as the list of reports shows it: the submission, and once read, the header facts and flag counts. */
export const ReportSummary = z.object({
  sha256,
  /** The file name as submitted (NFC), without its folder. */
  file: z.string(),
  size: count,
  status: ReportStatus,
  submittedAt: z.string(),
  finishedAt: z.string().nullable(),
  failure: Failure.nullable(),
  unit: z.string().nullable(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  year: z.number().int().nullable(),
  pages: count.nullable(),
  schemaId: z.string().nullable(),
  criteria: count.nullable(),
  /** The printed TỔNG row's self score. */
  selfTotal: z.number().nullable(),
  flags: z.object({ error: count, warning: count, info: count }),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

/** A flag of a stored result, with its position in the result's `flags` (stable for a result). */
export const StoredFlag = z.object({
  sha256,
  index: count,
  code: FlagCode,
  criterionId: z.string(),
  field: z.string().nullable(),
  severity: Severity,
  message: z.string(),
  page: z.number().int().positive().nullable(),
  expected: z.union([z.number(), z.string(), z.null()]),
  actual: z.union([z.number(), z.string(), z.null()]),
});
export type StoredFlag = z.infer<typeof StoredFlag>;

/**
 * A reviewer's decision on a flag. It names the flag by code, criterion and field rather than
 * by row, so that it survives re-running extraction on the same file.
 */
export const DecisionInput = z.object({
  sha256,
  code: FlagCode,
  criterionId: z.string().min(1),
  field: ScoreField.nullable().default(null),
  /**
   * For flags a code, criterion and score field do not tell apart (two citations of one
   * criterion not attached, two unused files): the flag's own subject, see `subjectOf` of the server.
   */
  subject: z.string().max(400).nullable().default(null),
  action: z.enum(['confirm', 'correct', 'dismiss']),
  /** The appraised (corrected) score, for `correct`. */
  value: z.number().nullable().default(null),
  comment: z.string().default(''),
  reviewer: z.string().min(1),
});
export type DecisionInput = z.input<typeof DecisionInput>;

export const Decision = DecisionInput.extend({ id: count, decidedAt: z.string() });
export type Decision = z.infer<typeof Decision>;
