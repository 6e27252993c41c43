import { z } from 'zod';
import { CriteriaSchema } from '../schema/index.ts';
import { EvidenceFile } from '../store/index.ts';

/** The two queues: reports (split a PDF into pages, later put them together) and pages. */
export const REPORTS_QUEUE = 'reports';
export const PAGES_QUEUE = 'pages';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** The failure code of a report whose work failed (a crash, a timeout, attempts used up), not its input. */
export const WORK_FAILED = 'FAILED';

/** Why a report job gave up for good, kept in its data so the collector needs no message parsing. */
export const JobFailure = z.object({ code: z.string(), reason: z.string() });
export type JobFailure = z.infer<typeof JobFailure>;

/**
 * A report job (id = the PDF's sha256). `split` opens the PDF and adds one page job per page
 * as its children; `assemble` runs once they are done. The step is kept in the job's data, so
 * a retried or stalled job resumes where it was.
 */
export const ReportJobData = z.object({
  sha256,
  /** The file name as submitted, for the result's `source.file` and for error messages. */
  file: z.string().min(1),
  step: z.enum(['split', 'assemble']),
  pages: z.number().int().positive().optional(),
  failure: JobFailure.optional(),
  /** `extract --schema`: absent picks the schema from the header, null checks arithmetic only. */
  schema: CriteriaSchema.nullable().optional(),
  /** `extract --evidence`: the names of the attached documents, whose bytes wait in Redis; absent: no check. */
  evidence: z.array(EvidenceFile.shape.name).optional(),
});
export type ReportJobData = z.infer<typeof ReportJobData>;

/** A page job (id = `<sha256>-p<n>`), a child of its report job. */
export const PageJobData = z.object({
  sha256,
  file: z.string().min(1),
  page: z.number().int().positive(),
  pages: z.number().int().positive(),
});
export type PageJobData = z.infer<typeof PageJobData>;

export const pageJobId = (sha256: string, page: number) => `${sha256}-p${page}`;

/** Attempts of a job before it fails for good (input errors are not retried at all). */
export const ATTEMPTS = 3;
export const BACKOFF = { type: 'exponential', delay: 2000 } as const;
