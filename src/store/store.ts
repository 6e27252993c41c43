import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { ExtractionResult } from '../contract/index.ts';
import { nfc } from '../text/index.ts';
import { StoreError } from './errors.ts';
import { MIGRATIONS } from './migrations.ts';
import { Decision, DecisionInput, ReportSummary, StoredFlag, type Failure, type ReportStatus } from './rows.ts';

/** Options of {@link openStore}. */
export interface StoreOptions {
  /** The clock for `submittedAt`, `finishedAt`, `decidedAt` (ISO strings). Default: now. */
  now?: () => string;
}

/**
 * The system of record: submissions with their PDF bytes, results (exactly one per report),
 * their flags, and reviewers' decisions. One SQLite file, `store.sqlite`, in the data directory.
 */
export interface Store {
  /** Where the SQLite file lives. */
  readonly path: string;
  /**
   * Records a submission before it is queued. The same bytes submitted again (under any name)
   * are the same report: `created` is false and the report keeps its status.
   */
  recordSubmission(input: { file: string; pdf: Uint8Array }): { report: ReportSummary; created: boolean };
  /** Reports still waiting for a result, oldest first: what the queue must hold. */
  pending(): ReportSummary[];
  /** The submitted PDF bytes, null for an unknown report. */
  pdfOf(sha256: string): Buffer | null;
  /** Lands a result; true when it landed now, false when the report already had an outcome. */
  recordResult(sha256: string, result: ExtractionResult): boolean;
  /** Lands a failure; true when it landed now, false when the report already had an outcome. */
  recordFailure(sha256: string, failure: Failure): boolean;
  /** Every report, newest submission first, optionally only those with one status. */
  listReports(filter?: { status?: ReportStatus }): ReportSummary[];
  getReport(sha256: string): ReportSummary | null;
  /** The report's ExtractionResult (CONTRACT.md), null when it has none yet. */
  resultOf(sha256: string): ExtractionResult | null;
  /** The flags of the report's result, in the result's order. */
  flagsOf(sha256: string): StoredFlag[];
  recordDecision(input: DecisionInput): Decision;
  /** A report's decisions, oldest first (the latest for a flag is the one that stands). */
  decisionsOf(sha256: string): Decision[];
  close(): void;
}

const SUMMARY_SQL = `
  SELECT r.sha256, r.file, r.size, r.status, r.submitted_at, r.finished_at, r.error_code, r.error_reason, r.attempts,
         s.unit, s.number, s.date, s.year, s.pages, s.schema_id, s.criteria, s.self_total,
         (SELECT COUNT(*) FROM flags f WHERE f.sha256 = r.sha256 AND f.severity = 'error') AS errors,
         (SELECT COUNT(*) FROM flags f WHERE f.sha256 = r.sha256 AND f.severity = 'warning') AS warnings,
         (SELECT COUNT(*) FROM flags f WHERE f.sha256 = r.sha256 AND f.severity = 'info') AS infos
  FROM reports r LEFT JOIN results s ON s.sha256 = r.sha256`;

type Row = Record<string, unknown>;

function summaryOf(row: Row): ReportSummary {
  return ReportSummary.parse({
    sha256: row.sha256, file: row.file, size: row.size, status: row.status,
    submittedAt: row.submitted_at, finishedAt: row.finished_at,
    failure: row.error_code === null ? null : { code: row.error_code, reason: row.error_reason, attempts: row.attempts ?? 0 },
    unit: row.unit, number: row.number, date: row.date, year: row.year, pages: row.pages,
    schemaId: row.schema_id, criteria: row.criteria, selfTotal: row.self_total,
    flags: { error: row.errors, warning: row.warnings, info: row.infos },
  });
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** Opens (creating when needed) the store in a data directory. */
export function openStore(dir: string, options: StoreOptions = {}): Store {
  const now = options.now ?? (() => new Date().toISOString());
  const path = join(dir, 'store.sqlite');
  let db: Database.Database;
  try {
    mkdirSync(dir, { recursive: true });
    db = new Database(path);
    // WAL lets the review application read while an ingest writes; a writer waits for a lock.
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (cause) {
    throw new StoreError('OPEN_FAILED', `${path}: cannot open the store`, { cause });
  }

  const getSummary = db.prepare(`${SUMMARY_SQL} WHERE r.sha256 = ?`);
  const getReport = (sha256: string) => {
    const row = getSummary.get(sha256) as Row | undefined;
    return row ? summaryOf(row) : null;
  };
  const finish = db.prepare(`UPDATE reports SET status = ?, finished_at = ?, error_code = ?, error_reason = ?, attempts = ?
    WHERE sha256 = ? AND status = 'queued'`);
  const insertResult = db.prepare(`INSERT INTO results (sha256, result, unit, number, date, year, pages, schema_id, criteria, self_total)
    VALUES (@sha256, @result, @unit, @number, @date, @year, @pages, @schemaId, @criteria, @selfTotal)`);
  const insertFlag = db.prepare(`INSERT INTO flags (sha256, idx, code, criterion_id, field, severity, message, page, expected, actual)
    VALUES (@sha256, @idx, @code, @criterionId, @field, @severity, @message, @page, @expected, @actual)`);

  const landResult = db.transaction((sha256: string, result: ExtractionResult): boolean => {
    // The status guard makes a second delivery of the same result (a job collected twice) a no-op.
    if (finish.run('done', now(), null, null, null, sha256).changes === 0) return false;
    const { document: d } = result;
    insertResult.run({
      sha256, result: JSON.stringify(result), unit: d.unit, number: d.number, date: d.date, year: d.year,
      pages: result.source.pages, schemaId: result.schema?.id ?? null, criteria: result.criteria.length, selfTotal: result.totals.selfScore,
    });
    result.flags.forEach((f, idx) => insertFlag.run({
      sha256, idx, code: f.code, criterionId: f.criterionId, field: f.field ?? null, severity: f.severity,
      message: f.message, page: f.page ?? null, expected: json(f.expected), actual: json(f.actual),
    }));
    return true;
  });

  return {
    path,
    recordSubmission({ file, pdf }) {
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      const created = db.prepare(`INSERT INTO reports (sha256, file, size, pdf, status, submitted_at) VALUES (?, ?, ?, ?, 'queued', ?)
        ON CONFLICT (sha256) DO NOTHING`).run(sha256, nfc(basename(file)), pdf.length, Buffer.from(pdf), now()).changes === 1;
      return { report: getReport(sha256)!, created };
    },
    pending() {
      return (db.prepare(`${SUMMARY_SQL} WHERE r.status = 'queued' ORDER BY r.submitted_at, r.rowid`).all() as Row[]).map(summaryOf);
    },
    pdfOf(sha256) {
      const row = db.prepare('SELECT pdf FROM reports WHERE sha256 = ?').get(sha256) as { pdf: Buffer } | undefined;
      return row?.pdf ?? null;
    },
    recordResult(sha256, result) {
      const checked = ExtractionResult.parse(result);
      if (checked.source.sha256 !== sha256) throw new StoreError('BAD_ROW', `result of ${checked.source.sha256} offered for report ${sha256}`);
      if (!getReport(sha256)) throw new StoreError('UNKNOWN_REPORT', `no submission ${sha256}`);
      return landResult(sha256, checked);
    },
    recordFailure(sha256, failure) {
      if (!getReport(sha256)) throw new StoreError('UNKNOWN_REPORT', `no submission ${sha256}`);
      return finish.run('failed', now(), failure.code, nfc(failure.reason), failure.attempts, sha256).changes === 1;
    },
    listReports(filter = {}) {
      const rows = filter.status
        ? db.prepare(`${SUMMARY_SQL} WHERE r.status = ? ORDER BY r.submitted_at DESC, r.rowid DESC`).all(filter.status)
        : db.prepare(`${SUMMARY_SQL} ORDER BY r.submitted_at DESC, r.rowid DESC`).all();
      return (rows as Row[]).map(summaryOf);
    },
    getReport,
    resultOf(sha256) {
      const row = db.prepare('SELECT result FROM results WHERE sha256 = ?').get(sha256) as { result: string } | undefined;
      return row ? ExtractionResult.parse(JSON.parse(row.result)) : null;
    },
    flagsOf(sha256) {
      const rows = db.prepare('SELECT * FROM flags WHERE sha256 = ? ORDER BY idx').all(sha256) as Row[];
      return rows.map((r) => StoredFlag.parse({
        sha256: r.sha256, index: r.idx, code: r.code, criterionId: r.criterion_id, field: r.field, severity: r.severity,
        message: r.message, page: r.page, expected: r.expected === null ? null : JSON.parse(r.expected as string),
        actual: r.actual === null ? null : JSON.parse(r.actual as string),
      }));
    },
    recordDecision(input) {
      const d = DecisionInput.parse(input);
      if (!getReport(d.sha256)) throw new StoreError('UNKNOWN_REPORT', `no submission ${d.sha256}`);
      const decidedAt = now();
      const { lastInsertRowid } = db.prepare(`INSERT INTO decisions (sha256, code, criterion_id, field, subject, action, value, comment, reviewer, decided_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(d.sha256, d.code, d.criterionId, d.field, d.subject === null ? null : nfc(d.subject), d.action, d.value, nfc(d.comment), nfc(d.reviewer), decidedAt);
      return Decision.parse({ ...d, subject: d.subject === null ? null : nfc(d.subject), comment: nfc(d.comment), reviewer: nfc(d.reviewer), id: Number(lastInsertRowid), decidedAt });
    },
    decisionsOf(sha256) {
      const rows = db.prepare('SELECT * FROM decisions WHERE sha256 = ? ORDER BY id').all(sha256) as Row[];
      return rows.map((r) => Decision.parse({
        id: r.id, sha256: r.sha256, code: r.code, criterionId: r.criterion_id, field: r.field, subject: r.subject, action: r.action,
        value: r.value, comment: r.comment, reviewer: r.reviewer, decidedAt: r.decided_at,
      }));
    },
    close() {
      db.close();
    },
  };
}
