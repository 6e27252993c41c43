/**
 * Scores one extraction result against its generator truth: what `bench:accuracy` adds up.
 * Values are compared exactly; a criterion the reader did not find counts as wrong.
 */
import type { ExtractionResult, Flag, Reference } from '../src/contract/index.ts';
import type { Truth, TruthFlag } from '../fixtures/generator/truth.ts';

export interface Score {
  criteria: number;
  found: number;
  maxRight: number;
  selfRight: number;
  /** Wrong max or self values whose criterion carries no LOW_CONFIDENCE flag. */
  silent: number;
  silentIds: string[];
  citations: { truth: number; read: number; matched: number };
  flags: { truth: number; raised: number; matched: number; missed: string[]; extra: string[] };
  headerRight: boolean;
  values: number;
}

const SCORE_FIELDS = new Set(['maxScore', 'selfScore', 'appraisedScore']);
const flagKey = (f: TruthFlag | Flag) => `${f.code} ${f.criterionId}${f.field && SCORE_FIELDS.has(f.field) ? ` ${f.field}` : ''}`;
const citationKey = (r: Reference) => `${r.type}|${r.number}|${r.year}|${r.symbol}|${r.date}`;

/** How many items two multisets share. */
function shared(a: string[], b: string[]): { matched: number; onlyA: string[]; onlyB: string[] } {
  const rest = [...b];
  const onlyA: string[] = [];
  for (const x of a) {
    const i = rest.indexOf(x);
    if (i >= 0) rest.splice(i, 1);
    else onlyA.push(x);
  }
  return { matched: a.length - onlyA.length, onlyA, onlyB: rest };
}

export function compare(result: ExtractionResult, truth: Truth): Score {
  const read = new Map(result.criteria.map((c) => [c.id, c]));
  const lowConfidence = new Set(result.flags.filter((f) => f.code === 'LOW_CONFIDENCE').map((f) => f.criterionId));
  let found = 0, maxRight = 0, selfRight = 0, silent = 0;
  const silentIds: string[] = [];
  const truthCitations: string[] = [];
  const readCitations: string[] = [];
  for (const t of truth.criteria) {
    const c = read.get(t.id);
    truthCitations.push(...t.references.map((r) => `${t.id}|${citationKey(r)}`));
    if (!c) continue;
    found++;
    readCitations.push(...c.references.map((r) => `${t.id}|${citationKey(r)}`));
    const maxOk = c.maxScore === t.maxScore;
    const selfOk = c.selfScore === t.selfScore;
    maxRight += maxOk ? 1 : 0;
    selfRight += selfOk ? 1 : 0;
    const wrong = (maxOk ? 0 : 1) + (selfOk ? 0 : 1);
    if (wrong > 0 && !lowConfidence.has(t.id)) {
      silent += wrong;
      silentIds.push(`${t.id} max ${c.maxScore}/${t.maxScore} self ${c.selfScore}/${t.selfScore}`);
    }
  }
  const raised = result.flags.filter((f) => f.code !== 'LOW_CONFIDENCE').map(flagKey);
  const expected = truth.flags.map(flagKey);
  const flags = shared(expected, raised);
  const cites = shared(truthCitations, readCitations);
  return {
    criteria: truth.criteria.length,
    found,
    maxRight,
    selfRight,
    silent,
    silentIds,
    citations: { truth: truthCitations.length, read: readCitations.length, matched: cites.matched },
    flags: { truth: expected.length, raised: raised.length, matched: flags.matched, missed: flags.onlyA, extra: flags.onlyB },
    headerRight: result.document.number === truth.document.number && result.document.date === truth.document.date,
    values: truth.criteria.length * 2,
  };
}
