/**
 * Citations against attached documents: which document each citation names, and what differs
 * between what the report prints and what the document's own header says.
 */
import { severityOf, type Criterion, type Flag, type FlagCode, type Reference } from '../contract/index.ts';
import type { DocumentHeader } from '../header/index.ts';
import { KNOWN_TYPE_CODES } from '../references/index.ts';
import { withoutMarks } from '../text/index.ts';

/** An attached document: its file and its header as read (null when the file could not be read). */
export interface Attached {
  file: string;
  header: DocumentHeader | null;
  /** Why the file could not be read, when so. */
  problem?: string;
}

/** A value read below this confidence is not trusted enough to call the citation wrong. */
export const MISMATCH_CONFIDENCE = 0.8;

/** "01" and "1" are the same number; "30c" keeps its letter. */
const numberKey = (n: string | null) => (n === null ? null : n.replace(/^0+(?=\d)/, '').toLowerCase());
/** Case, marks, Đ/D and spaces do not tell two symbols apart; the dashes and slashes do. */
const symbolKey = (s: string | null) =>
  (s === null ? null : withoutMarks(s).replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ''));
const vnDate = (iso: string) => iso.split('-').reverse().join('/');

function flag(code: FlagCode, criterionId: string, message: string, extra: Partial<Flag> = {}): Flag {
  return { code, criterionId, severity: severityOf(code), message, ...extra };
}

/**
 * How well a document's header fits a citation: null when it cannot be that document. The
 * number must agree, and the symbol too unless the header's symbol was not read; a header
 * whose number was not read fits when its symbol and date agree.
 */
function fit(ref: Reference, h: DocumentHeader): number | null {
  if (!h.found) return null;
  const sameNumber = h.number !== null && numberKey(h.number) === numberKey(ref.number);
  const sameSymbol = h.symbol !== null && ref.symbol !== null && compatible(ref.symbol, h.symbol);
  const sameDate = h.date !== null && h.date === ref.date;
  if (sameNumber && (sameSymbol || sameDate || h.symbol === null || ref.symbol === null)) return 2 + (sameSymbol ? 1 : 0) + (sameDate ? 1 : 0);
  if (h.number === null && sameSymbol && sameDate) return 1;
  return null;
}

/**
 * The same symbol, or one cut short of the other at a dash ("KH" for "KH-UBND"): a citation
 * broken at the end of a line in the evidence cell loses its issuer part.
 */
function compatible(cited: string, read: string): boolean {
  const a = symbolKey(cited)!, b = symbolKey(read)!;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length > 0 && long.startsWith(short) && /^[-/]/.test(long.slice(short.length));
}

/** A symbol whose type part is a known code (or that has none, like a công văn's): a misread "BG-UBND" is not. */
function plausibleSymbol(symbol: string): boolean {
  const code = symbol.split(/[-/]/)[0] ?? '';
  return KNOWN_TYPE_CODES.has(code) || !/^[A-ZĐ][A-Za-zĐđ]?$/u.test(code);
}

/** The fields where a fitting document's header says otherwise, each read surely enough to say so. */
function differences(ref: Reference, h: DocumentHeader): Array<{ field: 'date' | 'symbol' | 'type' | 'year'; printed: string; read: string }> {
  const sure = (field: keyof DocumentHeader['confidence']) => (h.confidence[field] ?? 0) >= MISMATCH_CONFIDENCE;
  const out: Array<{ field: 'date' | 'symbol' | 'type' | 'year'; printed: string; read: string }> = [];
  if (ref.date && h.date && ref.date !== h.date && sure('date')) out.push({ field: 'date', printed: ref.date, read: h.date });
  if (ref.symbol && h.symbol && !compatible(ref.symbol, h.symbol) && plausibleSymbol(h.symbol) && sure('symbol')) out.push({ field: 'symbol', printed: ref.symbol, read: h.symbol });
  if (ref.year !== null && h.year !== null && ref.year !== h.year && sure('year')) out.push({ field: 'year', printed: String(ref.year), read: String(h.year) });
  return out;
}

const cited = (ref: Reference) => (ref.symbol ? `${ref.number}/${ref.year ? `${ref.year}/` : ''}${ref.symbol}` : ref.number);

/**
 * The EVIDENCE_* flags of a report: every citation of every criterion is looked for among the
 * attached documents (EVIDENCE_NOT_ATTACHED when none fits, EVIDENCE_MISMATCH for each field
 * its header reads otherwise), and every attached document no citation names is
 * EVIDENCE_UNUSED (on "HEADER": it belongs to the report, not to a criterion).
 */
export function matchEvidence(criteria: readonly Criterion[], attached: readonly Attached[]): Flag[] {
  const flags: Flag[] = [];
  const used = new Set<string>();
  for (const c of criteria) {
    for (const ref of c.references) {
      const candidates = attached
        .map((a) => ({ a, score: a.header ? fit(ref, a.header) : null }))
        .filter((x): x is { a: Attached; score: number } => x.score !== null)
        .sort((x, y) => y.score - x.score);
      const best = candidates[0]?.a;
      if (!best?.header) {
        flags.push(flag('EVIDENCE_NOT_ATTACHED', c.id, `${c.id}: "${ref.raw}" không có trong các tài liệu kiểm chứng gửi kèm.`,
          { field: 'references', expected: cited(ref), actual: null, page: c.page }));
        continue;
      }
      used.add(best.file);
      for (const d of differences(ref, best.header)) {
        const shown = (v: string) => (d.field === 'date' ? vnDate(v) : v);
        flags.push(flag('EVIDENCE_MISMATCH', c.id,
          `${c.id}: "${ref.raw}" ghi ${d.field === 'date' ? 'ngày' : d.field} ${shown(d.printed)}, nhưng văn bản gửi kèm ${best.file} ghi ${shown(d.read)}.`,
          { field: d.field, expected: d.printed, actual: d.read, page: c.page }));
      }
    }
  }
  for (const a of attached) {
    if (used.has(a.file)) continue;
    const what = a.header?.found
      ? `${a.header.typeName ?? 'văn bản'} số ${a.header.number ?? '?'}${a.header.symbol ? `/${a.header.symbol}` : ''}`
      : a.problem ?? 'không đọc được phần đầu văn bản';
    flags.push(flag('EVIDENCE_UNUSED', 'HEADER', `Tài liệu gửi kèm ${a.file} (${what}) không được trích dẫn ở tiêu chí nào.`,
      { field: 'evidence', actual: a.file }));
  }
  return flags;
}
