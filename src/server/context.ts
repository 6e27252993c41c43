import type { ExtractionResult } from '../contract/index.ts';
import { resolveSchema, SchemaError, type CriteriaSchema } from '../schema/index.ts';
import type { ReportSummary, Reviews, Store } from '../store/index.ts';
import type { Intake } from './intake.ts';
import type { PageImages } from './pages.ts';
import { reviewResult, type ReviewedReport } from './review.ts';

/** What every route works with. */
export interface ServerContext {
  store: Store;
  reviews: Reviews;
  intake: Intake;
  pages: PageImages;
  /** Schemas known beyond the bundled ones (a `--schema` file, a test's sub-schema). */
  schemas: CriteriaSchema[];
  /** When set, every request must carry it (REVIEW_TOKEN). */
  token: string | null;
  /** Largest accepted upload, in bytes. */
  maxUploadBytes: number;
  /** Whether /admin/queues is mounted. */
  queues: boolean;
}

/** One report with its stored result and the reviewers' work on it. */
export interface ReportView {
  summary: ReportSummary;
  result: ExtractionResult | null;
  schema: CriteriaSchema | null;
  review: ReviewedReport | null;
}

export function schemaOf(ctx: ServerContext, id: string | undefined): CriteriaSchema | null {
  if (!id) return null;
  const own = ctx.schemas.find((s) => s.id === id);
  if (own) return own;
  try {
    return resolveSchema(id);
  } catch (error) {
    if (error instanceof SchemaError) return null;
    throw error;
  }
}

export function reportView(ctx: ServerContext, summary: ReportSummary): ReportView {
  const result = summary.status === 'done' ? ctx.store.resultOf(summary.sha256) : null;
  if (!result) return { summary, result: null, schema: null, review: null };
  const schema = schemaOf(ctx, result.schema?.id);
  const review = reviewResult(result, schema, ctx.store.decisionsOf(summary.sha256), ctx.reviews.of(summary.sha256));
  return { summary, result, schema, review };
}

export function allReports(ctx: ServerContext): ReportView[] {
  return ctx.store.listReports().map((s) => reportView(ctx, s));
}
