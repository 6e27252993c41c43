import { sumScores } from '../text/index.ts';
import type { ReportView } from './context.ts';

/** One district's line in the side-by-side view. */
export interface DistrictLine {
  sha256: string;
  unit: string;
  number: string | null;
  /** Per section id: the self score (corrected) and the appraised one. */
  sections: Record<string, { self: number | null; appraised: number | null }>;
  self: number | null;
  appraised: number | null;
  /** 1 for the highest appraised total (equal totals share a rank); null without a total. */
  rank: number | null;
}

export interface Comparison {
  year: number | null;
  years: number[];
  sections: string[];
  lines: DistrictLine[];
}

const byId = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** The read reports of a year side by side, ranked by appraised total (the self total where nothing was appraised). */
export function compareYear(views: ReportView[], year: number | undefined): Comparison {
  const done = views.filter((v) => v.review && v.result);
  const years = [...new Set(done.map((v) => v.result!.document.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const chosen = year ?? years[0] ?? null;
  const inYear = done.filter((v) => v.result!.document.year === chosen);
  const sections = [...new Set(inYear.flatMap((v) => v.review!.criteria.filter((c) => c.id && !c.id.includes('.')).map((c) => c.id)))].sort(byId);
  const lines: DistrictLine[] = inYear.map((v) => {
    const review = v.review!;
    const entries = review.criteria.filter((c) => sections.includes(c.id)).map((c) => [c.id, { self: c.selfScore, appraised: c.appraised }] as const);
    const sectionSelf = entries.map(([, e]) => e.self);
    const self = review.totals.selfScore ?? (sectionSelf.every((x) => x !== null) && sectionSelf.length ? sumScores(sectionSelf as number[]) : null);
    return {
      sha256: v.summary.sha256, unit: v.result!.document.unit ?? v.summary.file, number: v.result!.document.number,
      sections: Object.fromEntries(entries), self, appraised: review.appraisedTotal ?? self, rank: null,
    };
  });
  const ranked = lines.filter((l) => l.appraised !== null).sort((a, b) => b.appraised! - a.appraised!);
  for (const line of ranked) line.rank = ranked.findIndex((l) => l.appraised === line.appraised) + 1;
  lines.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.localeCompare(b.unit, 'vi'));
  return { year: chosen, years, sections, lines };
}

/** One criterion across the districts of a year. */
export interface CriterionLine {
  sha256: string;
  unit: string;
  title: string | null;
  max: number | null;
  self: number | null;
  appraised: number | null;
  comment: string;
}

export function compareCriterion(views: ReportView[], year: number | null, id: string): CriterionLine[] {
  return views.filter((v) => v.review && v.result?.document.year === year).map((v) => {
    const c = v.review!.criteria.find((x) => x.id === id);
    return {
      sha256: v.summary.sha256, unit: v.result!.document.unit ?? v.summary.file, title: c?.title ?? null,
      max: c?.maxScore ?? null, self: c?.selfScore ?? null, appraised: c?.appraised ?? null, comment: c?.appraisal?.comment ?? '',
    };
  }).sort((a, b) => a.unit.localeCompare(b.unit, 'vi'));
}

/** Every criterion id met in a year's reports, in schema order. */
export function criterionIds(views: ReportView[], year: number | null): string[] {
  return [...new Set(views.filter((v) => v.review && v.result?.document.year === year).flatMap((v) => v.review!.criteria.map((c) => c.id).filter(Boolean)))].sort(byId);
}
