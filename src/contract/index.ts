/**
 * The extraction result of CONTRACT.md (v1): the one shape `cchc extract` writes, defined once
 * here as zod schemas; every TypeScript type of it is inferred from these.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');
const score = z.number().finite().nonnegative();

/** One document cited in a criterion's evidence text. */
export const Reference = z.object({
  raw: z.string(),
  /** Type code: NĐ 30/2020 Phụ lục III codes, "CV" for công văn, "NĐ", "TT", "Luật" for legal acts; null when unknown. */
  type: z.string().nullable(),
  /** Type code of the written-out type word ("Quyết định số …" → "QĐ"), when one is printed; lets a reviewer see a word that contradicts the symbol. */
  printedType: z.string().optional(),
  number: z.string(),
  /** Only when printed inside the number (1100/2017/QĐ-UBND). */
  year: z.number().int().nullable(),
  /** Everything after the number (and year); null when none is printed. */
  symbol: z.string().nullable(),
  date: isoDate.nullable(),
  /** What follows the date ("về việc …"), when printed. */
  subject: z.string().optional(),
});
export type Reference = z.infer<typeof Reference>;

export const FLAG_CODES = [
  'SUM_MISMATCH',
  'SCORE_EXCEEDS_MAX',
  'SCORE_NOT_ALLOWED',
  'OPTION_EXCEEDS_MAX',
  'MAX_MISMATCH',
  'MISSING_CRITERION',
  'UNKNOWN_CRITERION',
  'MISNUMBERED_CRITERION',
  'DUPLICATE_CRITERION',
  'MISSING_EVIDENCE',
  'REFERENCE_AFTER_REPORT',
  'REFERENCE_INVALID',
  'REFERENCE_MISMATCH',
  'REFERENCE_PERIOD',
  'LOW_CONFIDENCE',
  'EVIDENCE_NOT_ATTACHED',
  'EVIDENCE_MISMATCH',
  'EVIDENCE_UNUSED',
] as const;
export const FlagCode = z.enum(FLAG_CODES);
export type FlagCode = z.infer<typeof FlagCode>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const ScoreField = z.enum(['maxScore', 'selfScore', 'appraisedScore']);
export type ScoreField = z.infer<typeof ScoreField>;

const flagValue = z.union([z.number(), z.string(), z.null()]);

export const Flag = z.object({
  code: FlagCode,
  /** Canonical criterion id, "TOTAL" for the grand total row, "HEADER" for the report header. */
  criterionId: z.string(),
  field: z.string().optional(),
  expected: flagValue.optional(),
  actual: flagValue.optional(),
  severity: Severity,
  message: z.string(),
  page: z.number().int().positive().nullable().optional(),
});
export type Flag = z.infer<typeof Flag>;

export const Criterion = z.object({
  id: z.string(),
  printedId: z.string().optional(),
  title: z.string(),
  maxScore: score.nullable(),
  selfScore: score.nullable(),
  appraisedScore: score.nullable(),
  evidence: z.string(),
  references: z.array(Reference),
  /** Scoring options as printed under the criterion ("Ban hành kịp thời: 1"). */
  options: z.array(z.object({ text: z.string(), points: score })).optional(),
  page: z.number().int().positive().nullable(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  confidence: z.number().min(0).max(1),
});
export type Criterion = z.infer<typeof Criterion>;

export const ExtractionResult = z.object({
  contractVersion: z.literal(1),
  source: z.object({
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    pages: z.number().int().nonnegative(),
    kind: z.enum(['scanned', 'digital', 'text']),
  }),
  document: z.object({
    unit: z.string().nullable(),
    number: z.string().nullable(),
    date: isoDate.nullable(),
    year: z.number().int().nullable(),
  }),
  schema: z.object({ id: z.string() }).nullable(),
  criteria: z.array(Criterion),
  totals: z.object({
    maxScore: score.nullable(),
    selfScore: score.nullable(),
    appraisedScore: score.nullable(),
  }),
  flags: z.array(Flag),
});
export type ExtractionResult = z.infer<typeof ExtractionResult>;

/** Severity of each flag code, as CONTRACT.md fixes it. */
export function severityOf(code: FlagCode): Severity {
  if (code === 'LOW_CONFIDENCE') return 'info';
  if (code.startsWith('REFERENCE_') || code.startsWith('EVIDENCE_') || code === 'MISSING_EVIDENCE') {
    return 'warning';
  }
  return 'error';
}
