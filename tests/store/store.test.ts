import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../src/contract/index.ts';
import { openStore, StoreError, type Store } from '../../src/store/index.ts';

const dirs: string[] = [];
const stores: Store[] = [];
function fresh(): { store: Store; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-store-'));
  dirs.push(dir);
  let tick = 0;
  const store = openStore(dir, { now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString() });
  stores.push(store);
  return { store, dir };
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4 ${text}`);

function resultFor(sha256: string): ExtractionResult {
  return {
    contractVersion: 1,
    source: { file: 'bim-son.pdf', sha256, pages: 3, kind: 'scanned' },
    document: { unit: 'Thị xã Bỉm Sơn', number: '224/BC-UBND', date: '2018-11-26', year: 2018 },
    schema: { id: 'thanh-hoa-2018-huyen' },
    criteria: [],
    totals: { maxScore: 100, selfScore: 96.5, appraisedScore: null },
    flags: [
      { code: 'SUM_MISMATCH', criterionId: '1.1', field: 'selfScore', expected: 4, actual: 3, severity: 'error', message: 'tổng sai', page: 2 },
      { code: 'REFERENCE_INVALID', criterionId: '1.2', expected: '2018-02-31', severity: 'warning', message: 'ngày không có' },
      { code: 'LOW_CONFIDENCE', criterionId: '1.3', field: 'maxScore', severity: 'info', message: 'khó đọc', page: 2 },
    ],
  };
}

describe('the store', () => {
  it('records a submission once, whatever name the same bytes come under', () => {
    const { store } = fresh();
    const first = store.recordSubmission({ file: '/in/Bỉm Sơn.pdf'.normalize('NFD'), pdf: pdf('a') });
    const again = store.recordSubmission({ file: '/other/copy.pdf', pdf: pdf('a') });
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.report.sha256).toBe(first.report.sha256);
    expect(first.report).toMatchObject({ file: 'Bỉm Sơn.pdf'.normalize('NFC'), status: 'queued', size: 10, failure: null, pages: null });
    expect(store.listReports()).toHaveLength(1);
    expect(store.pdfOf(first.report.sha256)?.toString()).toBe('%PDF-1.4 a');
  });

  it('lands a result exactly once, with its header facts and flags by severity', () => {
    const { store } = fresh();
    const { report } = store.recordSubmission({ file: 'a.pdf', pdf: pdf('a') });
    const result = resultFor(report.sha256);
    expect(store.recordResult(report.sha256, result)).toBe(true);
    expect(store.recordResult(report.sha256, result)).toBe(false);
    expect(store.recordFailure(report.sha256, { code: 'CORRUPT', reason: 'late', attempts: 1 })).toBe(false);
    expect(store.getReport(report.sha256)).toMatchObject({
      status: 'done', unit: 'Thị xã Bỉm Sơn', number: '224/BC-UBND', year: 2018, pages: 3, selfTotal: 96.5,
      schemaId: 'thanh-hoa-2018-huyen', flags: { error: 1, warning: 1, info: 1 }, failure: null,
    });
    expect(store.resultOf(report.sha256)).toEqual(result);
    const flags = store.flagsOf(report.sha256);
    expect(flags.map((f) => [f.index, f.code, f.field, f.expected, f.actual])).toEqual([
      [0, 'SUM_MISMATCH', 'selfScore', 4, 3], [1, 'REFERENCE_INVALID', null, '2018-02-31', null], [2, 'LOW_CONFIDENCE', 'maxScore', null, null],
    ]);
    expect(store.pending()).toEqual([]);
  });

  it('keeps a failure with its code, reason and attempts, and lists pending reports oldest first', () => {
    const { store } = fresh();
    const a = store.recordSubmission({ file: 'a.pdf', pdf: pdf('a') }).report;
    const b = store.recordSubmission({ file: 'b.pdf', pdf: pdf('b') }).report;
    const c = store.recordSubmission({ file: 'c.pdf', pdf: pdf('c') }).report;
    expect(store.recordFailure(b.sha256, { code: 'CORRUPT', reason: 'b.pdf: corrupt or truncated PDF', attempts: 1 })).toBe(true);
    expect(store.pending().map((r) => r.file)).toEqual(['a.pdf', 'c.pdf']);
    expect(store.getReport(b.sha256)).toMatchObject({ status: 'failed', failure: { code: 'CORRUPT', reason: 'b.pdf: corrupt or truncated PDF', attempts: 1 } });
    expect(store.listReports({ status: 'failed' }).map((r) => r.sha256)).toEqual([b.sha256]);
    expect(store.listReports().map((r) => r.file)).toEqual(['c.pdf', 'b.pdf', 'a.pdf']);
    expect(a.status).toBe('queued');
    expect(c.finishedAt).toBeNull();
  });

  it('refuses a result for another report or for an unknown one', () => {
    const { store } = fresh();
    const { report } = store.recordSubmission({ file: 'a.pdf', pdf: pdf('a') });
    expect(() => store.recordResult(report.sha256, resultFor('f'.repeat(64)))).toThrow(StoreError);
    expect(() => store.recordResult('f'.repeat(64), resultFor('f'.repeat(64)))).toThrow(expect.objectContaining({ code: 'UNKNOWN_REPORT' }));
  });

  it('keeps reviewers\' decisions keyed by flag, and keeps everything across reopening', () => {
    const { store, dir } = fresh();
    const { report } = store.recordSubmission({ file: 'a.pdf', pdf: pdf('a') });
    const decision = store.recordDecision({ sha256: report.sha256, code: 'SUM_MISMATCH', criterionId: '1.1', field: 'selfScore', action: 'correct', value: 4, reviewer: 'Nguyễn Văn A' });
    expect(decision).toMatchObject({ id: 1, action: 'correct', value: 4, comment: '', reviewer: 'Nguyễn Văn A' });
    store.close();
    stores.splice(stores.indexOf(store), 1);
    const reopened = openStore(dir);
    stores.push(reopened);
    expect(reopened.decisionsOf(report.sha256)).toEqual([decision]);
    expect(reopened.getReport(report.sha256)?.status).toBe('queued');
  });
});
