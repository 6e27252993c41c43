/**
 * The store's tables, one migration per schema version (`PRAGMA user_version`). A migration is
 * appended, never edited: a data directory written by an older version upgrades in place.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE reports (
    sha256        TEXT PRIMARY KEY,
    file          TEXT NOT NULL,
    size          INTEGER NOT NULL,
    pdf           BLOB NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('queued', 'done', 'failed')),
    submitted_at  TEXT NOT NULL,
    finished_at   TEXT,
    error_code    TEXT,
    error_reason  TEXT,
    attempts      INTEGER
  );
  CREATE INDEX reports_status ON reports (status);

  -- One row per read report: the contract JSON, and the header facts the lists sort and filter by.
  CREATE TABLE results (
    sha256      TEXT PRIMARY KEY REFERENCES reports (sha256),
    result      TEXT NOT NULL,
    unit        TEXT,
    number      TEXT,
    date        TEXT,
    year        INTEGER,
    pages       INTEGER NOT NULL,
    schema_id   TEXT,
    criteria    INTEGER NOT NULL,
    self_total  REAL
  );

  CREATE TABLE flags (
    sha256        TEXT NOT NULL REFERENCES results (sha256),
    idx           INTEGER NOT NULL,
    code          TEXT NOT NULL,
    criterion_id  TEXT NOT NULL,
    field         TEXT,
    severity      TEXT NOT NULL,
    message       TEXT NOT NULL,
    page          INTEGER,
    expected      TEXT,
    actual        TEXT,
    PRIMARY KEY (sha256, idx)
  );

  CREATE TABLE decisions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256        TEXT NOT NULL REFERENCES reports (sha256),
    code          TEXT NOT NULL,
    criterion_id  TEXT NOT NULL,
    field         TEXT,
    action        TEXT NOT NULL,
    value         REAL,
    comment       TEXT NOT NULL,
    reviewer      TEXT NOT NULL,
    decided_at    TEXT NOT NULL
  );
  CREATE INDEX decisions_report ON decisions (sha256);
  `,
  // What tells apart flags of one code on one criterion that a score field does not (EVIDENCE_*).
  `ALTER TABLE decisions ADD COLUMN subject TEXT;`,
];
