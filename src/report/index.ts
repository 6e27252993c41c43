export { buildReport, type ReportModel, type BuildOptions } from './build.ts';
export { readTranscript } from './transcript.ts';
export { ReportError } from './errors.ts';
export { parseHeader, type ReportHeader } from './header.ts';
export { parseOptions, titleSimilarity, unsureId, withPointsUnread, type ReadCriterion } from './criteria.ts';
export type { SourceLine, ColumnRole, Box } from './lines.ts';
