import type { Criterion, ExtractionResult, Flag, ScoreField } from '../contract/index.ts';
import type { ReportModel } from '../report/index.ts';
import type { CriteriaSchema } from '../schema/index.ts';
import type { Decision, Review } from '../store/index.ts';
import { sumScores } from '../text/index.ts';
import { validateReport } from '../validate/index.ts';

const FIELDS: ScoreField[] = ['maxScore', 'selfScore', 'appraisedScore'];

type FlagName = { code: string; criterionId: string; field?: string | null; expected?: unknown; actual?: unknown };

export const isScoreField = (field: string | null | undefined): field is ScoreField => FIELDS.includes(field as ScoreField);
const cellKey = (criterionId: string, field: string) => `${criterionId}|${field}`;

/**
 * What tells apart EVIDENCE_* flags of one criterion (two citations not attached, a date and a
 * symbol of one citation, two unused files): the field, the citation and the value read. Null
 * for every other flag, whose code, criterion and field name it, as they always have.
 */
export function subjectOf(f: FlagName): string | null {
  if (!f.code.startsWith('EVIDENCE_') || (f.expected == null && f.actual == null)) return null;
  return [f.field ?? '', f.expected ?? '', f.actual ?? ''].join('|');
}

/** Names a flag the way decisions do: code, criterion, field and subject, never its position. */
export function flagKey(f: FlagName): string {
  const subject = subjectOf(f);
  return `${f.code}|${f.criterionId}|${f.field ?? ''}${subject === null ? '' : `|${subject}`}`;
}
/**
 * How a decision names its flag: the store keeps a score field or none, so a flag about
 * something else (`options`, `id`) is named by code and criterion alone, and an evidence flag
 * by its subject too.
 */
const decisionKey = (code: string, criterionId: string, field: string | null | undefined, subject: string | null) =>
  `${code}|${criterionId}|${isScoreField(field) ? field : ''}|${subject ?? ''}`;

/** A flag of the reviewed report with the decision that settles it, if any. */
export interface ReviewedFlag extends Flag {
  key: string;
  /** {@link subjectOf}: what a decision on this flag must name besides code, criterion and field. */
  subject: string | null;
  status: 'open' | 'confirmed' | 'dismissed';
  decision: Decision | null;
}

/** A criterion as reviewed: values with corrections applied, the printed ones kept beside them. */
export interface ReviewedCriterion extends Criterion {
  /** The values as extracted, for the fields a reviewer corrected. */
  printed: Partial<Record<ScoreField, number | null>>;
  corrections: Partial<Record<ScoreField, Review>>;
  /** The reviewer's appraised score, when one was entered. */
  appraisal: Review | null;
  /** Entered appraisal, else the printed one, else the children's sum (parents), else the self score. */
  appraised: number | null;
}

export interface ReviewedReport {
  criteria: ReviewedCriterion[];
  totals: { maxScore: number | null; selfScore: number | null; appraisedScore: number | null };
  /** The sum of the sections' appraised scores; null when nothing was appraised. */
  appraisedTotal: number | null;
  flags: ReviewedFlag[];
  open: { error: number; warning: number; info: number };
}

/** The latest review of each key (kind + cell), withdrawn ones (value null) left out. */
function latest(reviews: Review[], kind: Review['kind']): Map<string, Review> {
  const out = new Map<string, Review>();
  for (const r of reviews.filter((x) => x.kind === kind)) {
    if (r.value === null) out.delete(cellKey(r.criterionId, r.field));
    else out.set(cellKey(r.criterionId, r.field), r);
  }
  return out;
}

function modelOf(result: ExtractionResult, criteria: Criterion[], totals: ExtractionResult['totals'], unsure: Set<string>): ReportModel {
  const confidence = (id: string, field: string) => (unsure.has(cellKey(id, field)) ? 0 : 1);
  return {
    header: { ...result.document, annex: null },
    criteria: criteria.map((c) => ({
      ...c, saidId: c.printedId ?? c.id, idConfidence: 1,
      valueConfidence: { maxScore: confidence(c.id, 'maxScore'), selfScore: confidence(c.id, 'selfScore'), appraisedScore: confidence(c.id, 'appraisedScore') },
    })),
    totals,
    totalsConfidence: unsure.has(cellKey('TOTAL', '')) ? 0 : 1,
  };
}

/**
 * The flags after corrections: validation runs on the report as extracted and on the corrected
 * one (both rebuilt from the stored result), and the difference is applied to the stored
 * flags. Flags that a rebuilt report cannot reproduce (the annex citation, attached evidence)
 * stay as they were; a value a person corrected is no longer LOW_CONFIDENCE.
 */
export function revalidate(result: ExtractionResult, schema: CriteriaSchema | null, corrected: Criterion[], totals: ExtractionResult['totals'], correctedCells: Set<string>): Flag[] {
  if (correctedCells.size === 0) return result.flags;
  const unsure = new Set(result.flags.filter((f) => f.code === 'LOW_CONFIDENCE').map((f) => cellKey(f.criterionId, f.field ?? '')));
  const stillUnsure = new Set([...unsure].filter((k) => !correctedCells.has(k)));
  const before = new Map(validateReport(modelOf(result, result.criteria, result.totals, unsure), schema).map((f) => [flagKey(f), f]));
  const after = new Map(validateReport(modelOf(result, corrected, totals, stillUnsure), schema).map((f) => [flagKey(f), f]));
  const kept = result.flags
    .filter((f) => !(before.has(flagKey(f)) && !after.has(flagKey(f))))
    .filter((f) => !(f.code === 'LOW_CONFIDENCE' && correctedCells.has(cellKey(f.criterionId, f.field ?? ''))))
    .map((f) => after.get(flagKey(f)) ?? f);
  const present = new Set(kept.map(flagKey));
  const added = [...after.values()].filter((f) => !before.has(flagKey(f)) && !present.has(flagKey(f)));
  return [...kept, ...added];
}

const parentOf = (id: string) => id.split('.').slice(0, -1).join('.');

/**
 * A stored result as the reviewers see it: their corrections applied and validated again,
 * appraised scores, and each flag with the latest decision on it. Everything is keyed by
 * criterion id and field, so the same reviews apply to any extraction of the same file.
 */
export function reviewResult(result: ExtractionResult, schema: CriteriaSchema | null, decisions: Decision[], reviews: Review[]): ReviewedReport {
  const corrections = latest(reviews, 'correct');
  const appraisals = latest(reviews, 'appraise');
  const criteria = result.criteria.map((c) => {
    const printed: ReviewedCriterion['printed'] = {};
    const applied: ReviewedCriterion['corrections'] = {};
    const values = { ...c };
    for (const field of FIELDS) {
      const r = corrections.get(cellKey(c.id, field));
      if (!r) continue;
      printed[field] = c[field];
      applied[field] = r;
      values[field] = r.value;
    }
    return { ...values, printed, corrections: applied, appraisal: appraisals.get(cellKey(c.id, 'appraisedScore')) ?? null, appraised: null as number | null };
  });
  const totals = { ...result.totals };
  for (const field of FIELDS) {
    const r = corrections.get(cellKey('TOTAL', field));
    if (r) totals[field] = r.value;
  }
  const correctedCells = new Set([...corrections.keys()]);
  if (corrections.has(cellKey('TOTAL', 'selfScore')) || corrections.has(cellKey('TOTAL', 'maxScore'))) correctedCells.add(cellKey('TOTAL', ''));

  // Appraised scores bottom-up: the deepest criteria first, so a parent can sum its children.
  const byId = new Map(criteria.map((c) => [c.id, c]));
  for (const c of [...criteria].sort((a, b) => b.id.split('.').length - a.id.split('.').length)) {
    const children = criteria.filter((x) => x.id !== '' && parentOf(x.id) === c.id);
    const childSum = children.length && children.every((x) => x.appraised !== null) ? sumScores(children.map((x) => x.appraised!)) : null;
    c.appraised = c.appraisal?.value ?? c.appraisedScore ?? childSum ?? c.selfScore;
  }
  const anyAppraisal = appraisals.size > 0 || criteria.some((c) => c.appraisedScore !== null);
  const sections = criteria.filter((c) => c.id !== '' && !c.id.includes('.') && byId.get(c.id) === c);
  const appraisedTotal = anyAppraisal && sections.every((s) => s.appraised !== null) && sections.length
    ? sumScores(sections.map((s) => s.appraised!)) : totals.appraisedScore;

  const latestDecision = new Map<string, Decision>();
  for (const d of decisions) latestDecision.set(decisionKey(d.code, d.criterionId, d.field, d.subject), d);
  const flags = revalidate(result, schema, criteria, totals, correctedCells).map((f): ReviewedFlag => {
    const decision = latestDecision.get(decisionKey(f.code, f.criterionId, f.field, subjectOf(f))) ?? null;
    const status = decision?.action === 'confirm' ? 'confirmed' : decision?.action === 'dismiss' ? 'dismissed' : 'open';
    return { ...f, key: flagKey(f), subject: subjectOf(f), status, decision: status === 'open' ? null : decision };
  });
  const open = { error: 0, warning: 0, info: 0 };
  for (const f of flags) if (f.status === 'open') open[f.severity]++;
  return { criteria, totals, appraisedTotal, flags, open };
}
