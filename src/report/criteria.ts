// natural's index loads its storage adapters, which read .env files and print to stdout on
// import; the distance module alone has no such side effect.
import { DiceCoefficient as diceCoefficient } from 'natural/lib/natural/distance/index.js';
import type { Criterion } from '../contract/index.ts';
import { parseReferences } from '../references/index.ts';
import type { CriteriaSchema, SchemaCriterion } from '../schema/index.ts';
import { fold, isSubsequence, parseScore } from '../text/index.ts';
import type { Block, Values } from './blocks.ts';
import type { Box, ValueCell } from './lines.ts';

/** A criterion as read, with the confidence of each value, before it becomes a contract Criterion. */
export interface ReadCriterion extends Criterion {
  /** The id the row printed, canonicalised; `id` may differ once checked against the schema. */
  saidId: string;
  /** How surely the printed id was read: a misread id is not a misnumbered row. */
  idConfidence: number;
  valueConfidence: { maxScore: number; selfScore: number; appraisedScore: number };
  /**
   * How surely each value was read as a reading, whatever row it belongs to; absent when that is
   * `valueConfidence`. Lower there on a page whose rows were cut without ruling lines, where a
   * value may belong to a neighbouring row: the checks within one row (a score above its max, a
   * score its options do not allow) use these, the sums and the schema's max do not.
   */
  readConfidence?: { maxScore: number; selfScore: number; appraisedScore: number };
}

/** An option's points after its colon ("…: 0,5"). */
const POINTS = String.raw`:\s*(\d{1,2}(?:[.,]\d{1,2})?)(?=$|[\s;)])`;
const OPTION = new RegExp(String.raw`([^:;]+?)${POINTS}`, 'gu');

/** Scoring options printed as "text: points" ("Ban hành kịp thời: 1", "…: 0,5"). */
export function parseOptions(text: string): { text: string; points: number }[] {
  return [...text.matchAll(OPTION)].flatMap((m) => {
    const points = parseScore(m[2]!);
    return points === null ? [] : [{ text: m[1]!.trim(), points }];
  });
}

/** `text` with every option's points given as unread ("…: ?"), so that no option is parsed from them. */
export const withPointsUnread = (text: string): string => text.replace(new RegExp(POINTS, 'gu'), ': ?');

const startsLower = (text: string) => /^\p{Ll}/u.test(text);

/** The confidence of a self score no cell of a scanned, scored criterion shows. */
const UNSEEN = 0.5;

/** Builds one criterion from its rows: title (with continuation rows), options, evidence, values. */
export function readCriterion(block: Block, values: Values): ReadCriterion {
  const [titleLine, ...rest] = block.lines;
  let title = titleLine!.titleSide;
  let continuing = true;
  for (const line of rest) {
    const isContinuation: boolean = continuing && line.values.length === 0 && line.titleSide !== ''
      && startsLower(line.titleSide) && parseOptions(line.titleSide).length === 0;
    if (isContinuation) title = `${title} ${line.titleSide}`;
    continuing = isContinuation || line.titleSide === '';
  }
  const evidence = block.lines.map((l) => l.evidence).filter(Boolean).join(' ').trim();
  const options = block.lines.flatMap((l) => parseOptions(l.titleSide));
  const page = titleLine!.source.page;
  // A score more than twice its own row's max is a misread ("7,5" read as 75) far more often
  // than a printed one: it is not trusted without a person.
  const max = values.maxScore?.value ?? null;
  const implausible = (cell: ValueCell | null) => max !== null && cell?.value != null && cell.value > 2 * max && cell.value > max + 1;
  // A blank score cell is as sure as the reading of its row: on a page whose rows had to be
  // guessed, a value may stand on a neighbouring row, and its absence here is no certainty.
  const blank = (role: ValueCell['role']) => Math.min(1, ...block.lines.flatMap(({ source }) =>
    (source.roles ?? []).flatMap((r, i) => (r === role && source.cells[i] === '' ? [source.confidences?.[i] ?? 1] : []))));
  // A scanned row that prints a max but no self score anywhere in its block (or a self score
  // but no max) has lost a glyph (a thin 1 of a coarse 1-bit scan) far more often than it was
  // left blank: a person looks.
  const scanned = block.lines.some((l) => l.source.confidences !== undefined);
  const lost = (role: ValueCell['role']) => scanned && ((role === 'self' && values.maxScore !== null) || (role === 'max' && values.selfScore !== null));
  const unscored = (role: ValueCell['role']) => (lost(role) ? Math.min(UNSEEN, blank(role)) : blank(role));
  const confidenceOf = (cell: ValueCell | null, role: ValueCell['role'], of = (c: ValueCell) => c.confidence) =>
    (cell === null ? unscored(role) : implausible(cell) ? Math.min(0.5, of(cell)) : of(cell));
  const read = (c: ValueCell) => c.readConfidence;
  const guessed = block.lines.some((l) => l.source.readConfidences !== undefined);
  return {
    id: block.saidId,
    saidId: block.saidId,
    idConfidence: titleLine!.idConfidence,
    title,
    maxScore: values.maxScore?.value ?? null,
    selfScore: values.selfScore?.value ?? null,
    appraisedScore: values.appraisedScore?.value ?? null,
    evidence,
    references: parseReferences(evidence),
    options,
    page,
    bbox: unionBox(block.lines.filter((l) => l.source.page === page).map((l) => l.source.bbox)),
    confidence: Math.min(1, confidenceOf(values.maxScore, 'max'), confidenceOf(values.selfScore, 'self'), confidenceOf(values.appraisedScore, 'appraised')),
    valueConfidence: {
      maxScore: confidenceOf(values.maxScore, 'max'),
      selfScore: confidenceOf(values.selfScore, 'self'),
      appraisedScore: confidenceOf(values.appraisedScore, 'appraised'),
    },
    ...(guessed && {
      readConfidence: {
        maxScore: confidenceOf(values.maxScore, 'max', read),
        selfScore: confidenceOf(values.selfScore, 'self', read),
        appraisedScore: confidenceOf(values.appraisedScore, 'appraised', read),
      },
    }),
  };
}

function unionBox(boxes: (Box | null)[]): Box | null {
  const real = boxes.filter((b): b is Box => b !== null);
  if (real.length === 0) return null;
  return [
    Math.min(...real.map((b) => b[0])), Math.min(...real.map((b) => b[1])),
    Math.max(...real.map((b) => b[2])), Math.max(...real.map((b) => b[3])),
  ];
}

/**
 * A title read only in part ends in "…" (the table stage reads a criterion's first line); what
 * stands after it was not the title's (a row cut without ruling lines takes in its neighbour's ink).
 */
const CUT_SHORT = /\s*….*$/u;

/**
 * How well a printed title matches a schema title: 0..1, robust to options run into the title.
 * A title cut short ("Ban hành kế hoạch CCHC năm kịp thời …") is matched against as many
 * leading words of the schema title, and one more.
 */
export function titleSimilarity(printed: string, schemaTitle: string): number {
  const a = fold(printed.replace(CUT_SHORT, ''));
  const whole = fold(schemaTitle);
  const b = CUT_SHORT.test(printed) ? whole.split(' ').slice(0, a.split(' ').length + 1).join(' ') : whole;
  if (!a || !b) return 0;
  const wordsA = new Set(a.split(' '));
  const wordsB = b.split(' ');
  const coverage = wordsB.filter((w) => wordsA.has(w)).length / wordsB.length;
  const similarity = Math.max(coverage * Math.min(1, (wordsA.size + 2) / wordsB.length), diceCoefficient(a, b));
  // A title that goes on past its first line is not one that ends within it: "Mức độ thực hiện
  // kế hoạch …" is 2.3.3's "… kế hoạch kiểm tra" rather than 2.4.2's "… kế hoạch".
  return CUT_SHORT.test(printed) && whole.split(' ').length <= a.split(' ').length ? similarity * ENDS_EARLY : similarity;
}

/** What a schema title that ends within a printed first line, when the printed title goes on, keeps of its similarity. */
const ENDS_EARLY = 0.85;

/**
 * The ways an id goes wrong in print: a level dropped ("4.2" for 4.3.2) or a dot dropped
 * ("4.32"). Any other difference (5.2 for 5.3, 1.1.2 for 4.1.2) is far more often the OCR
 * misreading a digit, so the row is placed by its title without being called misnumbered.
 */
export function isPrintingSlip(printed: string, id: string): boolean {
  const parts = id.split('.');
  const droppedLevel = parts.some((_, i) => parts.filter((__, j) => j !== i).join('.') === printed);
  const droppedDot = parts.slice(1).some((_, i) => [...parts.slice(0, i), `${parts[i]}${parts[i + 1]}`, ...parts.slice(i + 2)].join('.') === printed);
  return droppedLevel || droppedDot;
}

const MATCH = 0.75;
const FITS = 0.5;
/**
 * An id read less surely than this (OCR of a poor scan) is no sure sign of where the table has
 * got to, may be placed by its neighbours, and, where it breaks the numbering, is taken for a
 * misreading before the table's own error (the validator's LOW_CONFIDENCE, not UNKNOWN_ or
 * DUPLICATE_CRITERION).
 */
const SURE_ID = 0.8;
export const unsureId = (c: ReadCriterion) => c.idConfidence < SURE_ID;
/**
 * A printing slip is claimed of an id read this surely: two readings that agree and fit the
 * glyphs, one digit for one, of ink that is whole (`readId`), so the LSTM's own certainty may
 * be lower (0.75 for a clean "7.1" printed for 7.1.1, 0.79 for "3.13" for 3.1.3, 0.62 for a
 * 240 dpi FreeSerif "4.1" for 4.1.1 at one of its two sizes). readId gives 0.3 of its surer
 * reading at most to readings that do not agree or fit, and the table stage 0.5 to an id cut
 * by its cell's side.
 */
const SLIP_ID = 0.6;

/**
 * Gives each criterion its canonical id. A row keeps its printed id when that id is the
 * schema's next unused one in order and its title does not belong to another criterion;
 * otherwise its title and position decide (the nearest unused schema criterion whose title
 * matches). `printedId` keeps what was printed when the id was read surely: an id the OCR
 * misread is corrected without calling the row misnumbered.
 */
export function resolveIds(criteria: ReadCriterion[], schema: CriteriaSchema | null): void {
  if (!schema) return;
  const order = new Map(schema.criteria.map((s, i) => [s.id, i]));
  const used = new Set<string>();
  let cursor = 0;
  // The gap damaged row k goes to: the schema's criteria between it and the next row whose
  // printed id lies ahead, filled in order when this row and those up to that one were each
  // read unsurely (12702's 1.2 read "." and 1.2.1 read "1.1", both at 0, on a 150 dpi page).
  const gapFor = (k: number) => {
    const ahead = criteria.findIndex((n, j) => j > k && (order.get(n.saidId) ?? -1) >= cursor);
    const rest = criteria.slice(k, ahead < 0 ? undefined : ahead);
    const between = schema.criteria.slice(cursor, ahead < 0 ? undefined : order.get(criteria[ahead]!.saidId));
    return onlyGap(criteria[k]!.saidId, between, used, rest.every(unsureId) ? rest.length : 1);
  };
  for (const [k, c] of criteria.entries()) {
    const index = order.get(c.saidId);
    // The printed id's own title must fit, and no unused criterion's title fit much better.
    const ownFit = index !== undefined ? titleSimilarity(c.title, schema.criteria[index]!.title) : 0;
    // An id that skips ahead of the criterion due next, whose title that one fits better, is a
    // misread digit ("8.1.1" for 6.1.1 between 6.1 and 6.2), not a row left out before it; so
    // is one that leaps into another section when the titles fit both alike (a first line
    // "Tỷ lệ cơ quan chuyên môn …" fits a dozen criteria).
    const due = schema.criteria[cursor];
    const dueFit = due !== undefined && !used.has(due.id) ? titleSimilarity(c.title, due.title) : -1;
    const leap = index !== undefined && index - cursor > 3 && c.saidId.split('.')[0] !== due?.id.split('.')[0];
    const misread = index !== undefined && index > cursor && (dueFit > ownFit || (leap && dueFit >= ownFit));
    const inOrder = index !== undefined && !used.has(c.saidId) && index >= cursor - 1 && !misread;
    const nearest = nearestByTitle(c.title, schema.criteria, used, cursor);
    const titleFits = ownFit >= FITS && !(nearest && nearest.score > ownFit + 0.2);
    // An id read unsurely that another row already has is as good as unknown (12308's 4.1.3 read
    // "1.3", its 4 lost on a 150 dpi page, between 4.1.2 and 4.2).
    const taken = index !== undefined && used.has(c.saidId) && unsureId(c);
    // Such a row is placed by the gap it stands in before its title: a first line may fit two
    // criteria alike (13504's 8.1 read "8." at 0, its first line also 8.1.1's).
    const match = inOrder && titleFits ? undefined : taken ? gapFor(k) ?? nearest?.s : nearest?.s ?? (index === undefined ? gapFor(k) : undefined);
    if (match && match.id !== c.saidId) {
      c.id = match.id;
      if (c.idConfidence >= SLIP_ID && isPrintingSlip(c.saidId, match.id)) c.printedId = c.saidId;
    }
    // An id neither read surely nor borne out by its title (a speck read as "5" on an option's
    // row) says nothing of where the table has got to: it must not send the rows after it far ahead.
    if (!match && !(inOrder && titleFits) && unsureId(c)) continue;
    used.add(c.id);
    const resolved = order.get(c.id);
    if (resolved !== undefined) cursor = Math.max(cursor, resolved + 1);
  }
}

/**
 * The criterion a damaged row (an unknown id, a title that fits none) must be: the first unused
 * one between the rows before and after it, when it is the only one or there are as many as
 * the `run` of damaged rows from this one on, and the digits read hold its digits in order
 * ("2343" for 2.3.3), or two digits read or more stand in its digits in order (a digit lost:
 * "13" for 4.1.3), or begin them ("8." for 8.1), or no digit was read at all (".").
 */
function onlyGap(saidId: string, between: SchemaCriterion[], used: Set<string>, run: number): SchemaCriterion | undefined {
  const free = between.filter((s) => !used.has(s.id));
  const digits = (id: string) => id.replace(/\D/g, '');
  const [said, gap] = [digits(saidId), digits(free[0]?.id ?? '')];
  // (No digit read at all, "", begins every id.)
  const fits = isSubsequence(gap, said) || (said.length >= 2 && isSubsequence(said, gap)) || gap.startsWith(said);
  return (free.length === 1 || free.length === run) && fits ? free[0] : undefined;
}

function nearestByTitle(title: string, schema: SchemaCriterion[], used: Set<string>, cursor: number): { s: SchemaCriterion; score: number } | undefined {
  let best: { s: SchemaCriterion; score: number } | undefined;
  schema.forEach((s, i) => {
    if (used.has(s.id)) return;
    // Prefer rows near where the table has got to: a misnumbered row stands in its right place.
    const score = titleSimilarity(title, s.title) - Math.min(0.2, Math.abs(i - cursor) * 0.01);
    if (score >= MATCH && (!best || score > best.score)) best = { s, score };
  });
  return best;
}
