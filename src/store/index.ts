/**
 * The store: the system of record for submitted reports, their results, flags and reviewers'
 * decisions (SQLite in the data directory). The queue records here before it queues, and lands
 * each result here exactly once; the review application reads it.
 */
export { openStore, type Store, type StoreOptions } from './store.ts';
export { StoreError, type StoreErrorCode } from './errors.ts';
export { Decision, DecisionInput, Failure, ReportStatus, ReportSummary, StoredFlag } from './rows.ts';

export { openReviews, Review, ReviewInput, ReviewKind, type Reviews } from './reviews.ts';
export { openReadings, Reading, EvidenceFile, type Readings } from './readings.ts';
