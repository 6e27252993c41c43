import Database from 'better-sqlite3';
import { z } from 'zod';
import { CriteriaSchema } from '../schema/index.ts';
import { nfc } from '../text/index.ts';
import { StoreError } from './errors.ts';
import type { Store } from './store.ts';

/** An attached document as submitted: its file name (NFC, no folder) and its bytes. */
export const EvidenceFile = z.object({
  name: z.string().min(1).max(255).refine((n) => !/[/\\\0]/.test(n) && n !== '.' && n !== '..', 'a file name without a folder'),
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'bytes'),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

/** How a report is to be read, as `cchc extract` options: kept so that a retry or a re-queue reads it the same way. */
export const Reading = z.object({
  /** The criteria schema to check against; absent: picked from the header; null: arithmetic checks only. */
  schema: CriteriaSchema.nullable().optional(),
  /** The attached documents its citations are checked against; absent: no evidence check. */
  evidence: z.array(EvidenceFile).optional(),
});
export type Reading = z.infer<typeof Reading>;

/**
 * The readings of a store's reports, and the one way a report goes back to the queue: a retry
 * of a failed report. A second connection to the store's SQLite file; the tables are created on
 * first use, so the store's own migrations are untouched.
 */
export interface Readings {
  /** Keeps how a report is to be read. Call it before `recordSubmission`: a queued report must never lack its reading. */
  record(sha256: string, reading: Reading): void;
  /** How the report is to be read; `{}` (the defaults) for a report submitted without options. */
  of(sha256: string): Reading;
  /** Puts a failed report back to `queued`, forgetting its failure; false when it is not failed. */
  retry(sha256: string): boolean;
  close(): void;
}

const TABLES = `
  CREATE TABLE IF NOT EXISTS report_readings (
    sha256    TEXT PRIMARY KEY,
    schema    TEXT,
    evidence  INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS report_evidence (
    sha256  TEXT NOT NULL,
    idx     INTEGER NOT NULL,
    name    TEXT NOT NULL,
    bytes   BLOB NOT NULL,
    PRIMARY KEY (sha256, idx)
  );`;

export function openReadings(store: Store): Readings {
  let db: Database.Database;
  try {
    db = new Database(store.path);
    db.pragma('busy_timeout = 5000');
    db.exec(TABLES);
  } catch (cause) {
    throw new StoreError('OPEN_FAILED', `${store.path}: cannot open the report readings`, { cause });
  }
  // No foreign key to reports: the reading is written first (see `record`).
  const record = db.transaction((sha256: string, reading: Reading) => {
    db.prepare('DELETE FROM report_evidence WHERE sha256 = ?').run(sha256);
    db.prepare('DELETE FROM report_readings WHERE sha256 = ?').run(sha256);
    // `evidence` says whether the check runs at all: with no documents it flags every citation.
    db.prepare('INSERT INTO report_readings (sha256, schema, evidence) VALUES (?, ?, ?)')
      .run(sha256, reading.schema === undefined ? null : JSON.stringify(reading.schema), reading.evidence ? 1 : 0);
    const insert = db.prepare('INSERT INTO report_evidence (sha256, idx, name, bytes) VALUES (?, ?, ?, ?)');
    reading.evidence?.forEach((f, idx) => insert.run(sha256, idx, nfc(f.name), Buffer.from(f.bytes)));
  });
  return {
    record(sha256, reading) {
      record(sha256, Reading.parse(reading));
    },
    of(sha256) {
      const row = db.prepare('SELECT schema, evidence FROM report_readings WHERE sha256 = ?').get(sha256) as { schema: string | null; evidence: number } | undefined;
      if (!row) return {};
      const files = db.prepare('SELECT name, bytes FROM report_evidence WHERE sha256 = ? ORDER BY idx').all(sha256) as { name: string; bytes: Buffer }[];
      return Reading.parse({
        ...(row.schema === null ? {} : { schema: JSON.parse(row.schema) }),
        ...(row.evidence ? { evidence: files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })) } : {}),
      });
    },
    retry(sha256) {
      return db.prepare(`UPDATE reports SET status = 'queued', finished_at = NULL, error_code = NULL, error_reason = NULL, attempts = NULL
        WHERE sha256 = ? AND status = 'failed'`).run(sha256).changes === 1;
    },
    close() {
      db.close();
    },
  };
}
