import type { ExtractionResult } from '../contract/index.ts';
import { pickSchema, type CriteriaSchema } from '../schema/index.ts';
import { assignValues, groupBlocks, valuesOf } from './blocks.ts';
import { readCriterion, resolveIds, type ReadCriterion } from './criteria.ts';
import { parseHeader, type ReportHeader } from './header.ts';
import { parseLine, type SourceLine } from './lines.ts';

/** A report as read: header, criteria with their value confidences, the printed totals. */
export interface ReportModel {
  header: ReportHeader;
  criteria: ReadCriterion[];
  totals: ExtractionResult['totals'];
  /** Lowest confidence of each printed total, 1 when certain. */
  totalsConfidence: number;
}

export interface BuildOptions {
  /** A schema to check against; `undefined` picks one from the header, `null` uses none. */
  schema?: CriteriaSchema | null;
}

/**
 * Turns the text above the table and the table's physical rows into a report: rows grouped
 * into criteria, values assigned, ids checked against the schema that fits the header.
 */
export function buildReport(headerText: string, lines: SourceLine[], options: BuildOptions = {}): { model: ReportModel; schema: CriteriaSchema | null } {
  const header = parseHeader(headerText);
  const schema = options.schema !== undefined
    ? options.schema
    : pickSchema({ year: header.year, text: headerText, body: lines.map((l) => l.cells.join(' ')).join('\n') });
  const knownIds = schema ? new Set(schema.criteria.map((c) => c.id)) : null;
  const { blocks, total } = groupBlocks(lines.map(parseLine), knownIds);
  const values = assignValues(blocks);
  const read = blocks.map((block) => readCriterion(block, values.get(block)!));
  resolveIds(read, schema);
  // A row whose id could not be read, whose title fits no criterion and which prints no score
  // is not a criterion (a repeated header row the OCR garbled).
  const criteria = read.filter((c) => c.id !== '' || c.maxScore !== null || c.selfScore !== null);
  const totals = valuesOf(total?.values ?? []);
  const totalCells = [totals.maxScore, totals.selfScore, totals.appraisedScore];
  return {
    schema,
    model: {
      header,
      criteria,
      totals: {
        maxScore: totals.maxScore?.value ?? null,
        selfScore: totals.selfScore?.value ?? null,
        appraisedScore: totals.appraisedScore?.value ?? null,
      },
      totalsConfidence: Math.min(1, ...totalCells.map((v) => v?.confidence ?? 1)),
    },
  };
}
