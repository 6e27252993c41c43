import { canonicalId, splitLeadingId, type ParsedLine, type ValueCell } from './lines.ts';
import { fold } from '../text/index.ts';

/** The physical rows of one criterion: its id row and the option and continuation rows below it. */
export interface Block {
  printedId: string;
  /** canonicalId(printedId): the id the rows say, before any check against a schema. */
  saidId: string;
  lines: ParsedLine[];
}

export interface Values {
  maxScore: ValueCell | null;
  selfScore: ValueCell | null;
  appraisedScore: ValueCell | null;
}

const NO_VALUES: Values = { maxScore: null, selfScore: null, appraisedScore: null };

/** Ids that may follow `previous` in a table: its first child, or the next (or next but one) sibling of it or an ancestor. */
export function isNextInSequence(previous: string | null, id: string): boolean {
  if (previous === null) return id === '1' || id === '1.1' || id === '1.1.1';
  const parts = previous.split('.').map(Number);
  const candidates = [`${previous}.1`];
  for (let depth = parts.length; depth >= 1; depth--) {
    const head = parts.slice(0, depth - 1);
    const last = parts[depth - 1]!;
    candidates.push([...head, last + 1].join('.'), [...head, last + 2].join('.'));
  }
  return candidates.includes(id);
}

/**
 * The table's total row: "Tổng cộng", "Tổng điểm", "Tổng số" with no id (marks around it fold
 * away); "Tổng cộng" and "Tổng điểm" also after a speck read as a letter of its own ("l Tổng
 * cộng -", 11706).
 */
const isTotalLine = (line: ParsedLine) => line.printedId === null
  && /^(?:\S{1,2} )?tong (?:cong|diem)\b|^tong(?: so)?\b/.test(fold(line.titleSide));

/**
 * Groups physical rows into criteria. A row opens a criterion when it starts with an id: in
 * its own cell, or at the head of the title cell when the id is a plausible next one (so that
 * "6 tháng đầu năm" in an evidence cell is not taken for section 6).
 */
export function groupBlocks(lines: ParsedLine[], knownIds: ReadonlySet<string> | null): { blocks: Block[]; total: ParsedLine | null } {
  const blocks: Block[] = [];
  let total: ParsedLine | null = null;
  for (const line of lines) {
    const previous = blocks.at(-1)?.saidId ?? null;
    if (line.printedId === null && line.firstTextColumn <= 4) {
      const embedded = splitLeadingId(line.titleSide);
      const id = embedded && canonicalId(embedded.printedId);
      if (embedded && id && isNextInSequence(previous, id) && (knownIds === null || knownIds.has(id))) {
        line.printedId = embedded.printedId;
        line.titleSide = embedded.rest;
      }
    }
    if (line.printedId !== null) {
      // An id cell the OCR could not read as an id keeps its text; the schema's titles place it.
      const saidId = canonicalId(line.printedId) ?? line.printedId.replace(/[^0-9.]/g, '').replace(/\.$/, '');
      blocks.push({ printedId: line.printedId, saidId, lines: [line] });
    } else if (isTotalLine(line) && line.values.length > 0) {
      total = line;
    } else if (line.freeParagraph) {
      closestByTopic(blocks, line.evidence)?.lines.push(line);
    } else {
      blocks.at(-1)?.lines.push(line);
    }
  }
  return { blocks, total };
}

const topicWords = (text: string) => new Set(fold(text).split(' ').filter((w) => w.length >= 3));

/**
 * A paragraph the OCR set apart (an evidence cell spanning rows, moved below the page's rows)
 * belongs to the recent criterion whose title it speaks of; failing any overlap, to the last.
 */
function closestByTopic(blocks: Block[], text: string): Block | undefined {
  const words = topicWords(text);
  let best: { block: Block; shared: number } | undefined;
  for (const block of blocks.slice(-6).reverse()) {
    const title = topicWords(block.lines[0]!.titleSide);
    const shared = [...words].filter((w) => title.has(w)).length;
    if (!best || shared > best.shared) best = { block, shared };
  }
  return best?.block;
}

const byRole = (cells: ValueCell[]): Values => ({
  maxScore: cells.find((c) => c.role === 'max') ?? null,
  selfScore: cells.find((c) => c.role === 'self') ?? null,
  appraisedScore: cells.find((c) => c.role === 'appraised') ?? null,
});

const inOrder = (cells: ValueCell[]): Values => ({
  maxScore: cells[0] ?? null,
  selfScore: cells[1] ?? null,
  appraisedScore: cells[2] ?? null,
});

/** A row's values by column role when the reader knew the columns, else in printed order. */
export const valuesOf = (cells: ValueCell[]): Values => (cells.some((c) => c.role !== null) ? byRole(cells) : inOrder(cells));

const hasValues = (v: Values) => v.maxScore !== null || v.selfScore !== null || v.appraisedScore !== null;

/**
 * Decides which printed values belong to each block. With column roles, the role decides.
 * Without, the order does, and two row shifts seen in real transcripts are undone: a parent's
 * values printed on its first child's row (the child's own then stand on its option row, or
 * after the parent's on the same row).
 */
export function assignValues(blocks: Block[]): Map<Block, Values> {
  const values = new Map<Block, Values>();
  for (const block of blocks) values.set(block, NO_VALUES);

  blocks.forEach((block, index) => {
    const [titleLine, ...rest] = block.lines;
    const own = titleLine!.values;
    const below = rest.flatMap((l) => l.values);
    if ([...own, ...below].some((c) => c.role !== null)) {
      values.set(block, byRole([...own, ...below]));
      return;
    }
    const parent = findParent(blocks, index);
    const parentEmpty = parent !== null && !hasValues(values.get(parent)!);
    if (parentEmpty && own.length >= 4) {
      values.set(parent, inOrder(own.slice(0, 2)));
      values.set(block, inOrder(own.slice(2)));
    } else if (parentEmpty && own.length >= 2 && below.length >= 2) {
      values.set(parent, inOrder(own));
      values.set(block, inOrder(below));
    } else if (own.length >= 2) {
      values.set(block, inOrder(own));
    } else if (own.length === 1) {
      values.set(block, { maxScore: own[0]!, selfScore: below[0] ?? null, appraisedScore: below[1] ?? null });
    } else if (below.length === 1) {
      values.set(block, { ...NO_VALUES, selfScore: below[0]! });
    } else {
      values.set(block, inOrder(below));
    }
  });
  return values;
}

function findParent(blocks: Block[], index: number): Block | null {
  const parentId = blocks[index]!.saidId.split('.').slice(0, -1).join('.');
  if (!parentId) return null;
  for (let i = index - 1; i >= 0; i--) {
    if (blocks[i]!.saidId === parentId) return blocks[i]!;
  }
  return null;
}
