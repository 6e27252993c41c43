import Database from 'better-sqlite3';
import { z } from 'zod';
import { ScoreField } from '../contract/index.ts';
import { nfc } from '../text/index.ts';
import { StoreError } from './errors.ts';
import type { Store, StoreOptions } from './store.ts';

/**
 * `correct`: the value printed on the page was misread, this is what it says (validation runs
 * again on it). `appraise`: the department's appraised score (điểm thẩm định) for a criterion.
 */
export const ReviewKind = z.enum(['correct', 'appraise']);
export type ReviewKind = z.infer<typeof ReviewKind>;

/**
 * A reviewer's value for one cell of a report. Keyed by the file's sha256, the criterion id
 * ("TOTAL" for the TỔNG row) and the field, never by row, so it survives re-extraction of the
 * same file. The latest one for a key stands; `value: null` withdraws the earlier ones.
 */
export const ReviewInput = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  criterionId: z.string().min(1).max(40),
  field: ScoreField,
  kind: ReviewKind,
  value: z.number().finite().nonnegative().max(1000).nullable(),
  comment: z.string().max(2000).default(''),
  reviewer: z.string().trim().min(1).max(100),
});
export type ReviewInput = z.input<typeof ReviewInput>;

export const Review = ReviewInput.extend({ id: z.number().int().nonnegative(), decidedAt: z.string() });
export type Review = z.infer<typeof Review>;

/** Corrections and appraised scores, beside the store's flag decisions (same SQLite file). */
export interface Reviews {
  record(input: ReviewInput): Review;
  /** A report's reviews, oldest first. */
  of(sha256: string): Review[];
  close(): void;
}

const TABLE = `
  CREATE TABLE IF NOT EXISTS review_values (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256        TEXT NOT NULL REFERENCES reports (sha256),
    criterion_id  TEXT NOT NULL,
    field         TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('correct', 'appraise')),
    value         REAL,
    comment       TEXT NOT NULL,
    reviewer      TEXT NOT NULL,
    decided_at    TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS review_values_report ON review_values (sha256);`;

/**
 * Opens the review values of a store (a second connection to its SQLite file; the table is
 * created on first use, so the store's own migrations are untouched).
 */
export function openReviews(store: Store, options: StoreOptions = {}): Reviews {
  const now = options.now ?? (() => new Date().toISOString());
  let db: Database.Database;
  try {
    db = new Database(store.path);
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.exec(TABLE);
  } catch (cause) {
    throw new StoreError('OPEN_FAILED', `${store.path}: cannot open the review values`, { cause });
  }
  const insert = db.prepare(`INSERT INTO review_values (sha256, criterion_id, field, kind, value, comment, reviewer, decided_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const select = db.prepare('SELECT * FROM review_values WHERE sha256 = ? ORDER BY id');
  return {
    record(input) {
      const r = ReviewInput.parse(input);
      if (!store.getReport(r.sha256)) throw new StoreError('UNKNOWN_REPORT', `no submission ${r.sha256}`);
      const decidedAt = now();
      const comment = nfc(r.comment), reviewer = nfc(r.reviewer);
      const { lastInsertRowid } = insert.run(r.sha256, r.criterionId, r.field, r.kind, r.value, comment, reviewer, decidedAt);
      return Review.parse({ ...r, comment, reviewer, id: Number(lastInsertRowid), decidedAt });
    },
    of(sha256) {
      return (select.all(sha256) as Record<string, unknown>[]).map((row) => Review.parse({
        id: row.id, sha256: row.sha256, criterionId: row.criterion_id, field: row.field, kind: row.kind,
        value: row.value, comment: row.comment, reviewer: row.reviewer, decidedAt: row.decided_at,
      }));
    },
    close() {
      db.close();
    },
  };
}
