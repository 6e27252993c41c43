import { describe, expect, it } from 'vitest';
import { progressLine, summaryTable } from '../../src/cli/batch-view.ts';
import type { ReportSummary } from '../../src/store/index.ts';

const report = (over: Partial<ReportSummary>): ReportSummary => ({
  sha256: 'a'.repeat(64), file: 'x.pdf', size: 1, status: 'done', submittedAt: '', finishedAt: null, failure: null,
  unit: 'Huyện Nga Sơn', number: '12/BC-UBND', date: '2018-11-20', year: 2018, pages: 3, schemaId: null, criteria: 8,
  selfTotal: 4.5, flags: { error: 2, warning: 1, info: 0 }, ...over,
});

describe('the batch display', () => {
  it('estimates the pages of reports no worker has opened from those it has, for the ETA', () => {
    const line = progressLine({ reports: { total: 10, done: 2, failed: 1 }, pages: { total: 9, done: 6, reports: 3 }, requeued: 2 }, 60_000, 10);
    // 3 opened reports hold 9 pages; 6 unopened (10 − 1 failed − 3) at 3 each: 27 pages, 21 left at 6 a minute.
    expect(line).toBe('[###-------] reports 3/10 (2 done, 1 failed) · pages 6/27 · 6.0 pages/min · ETA 3m30s · 2 re-queued');
  });

  it('sums a batch up in a table, with each failure\'s reason below it', () => {
    const table = summaryTable([
      report({ file: 'nga-son.pdf' }),
      report({ file: 'hỏng.pdf', status: 'failed', unit: null, number: null, pages: null, selfTotal: null, failure: { code: 'CORRUPT', reason: 'hỏng.pdf: corrupt or truncated PDF', attempts: 1 } }),
    ]).split('\n');
    expect(table[0]).toMatch(/^file +unit +number +pages +self total +errors +warnings +info +status$/);
    expect(table[2]).toMatch(/^nga-son\.pdf +Huyện Nga Sơn +12\/BC-UBND +3 +4,5 +2 +1 +0 +done$/);
    expect(table[3]).toMatch(/^hỏng\.pdf +– +– +– +– +– +– +– +failed \(CORRUPT\)$/);
    expect(table.slice(-2)).toEqual(['failed: hỏng.pdf: corrupt or truncated PDF', '2 reports: 1 done, 1 failed, 0 pending']);
  });
});
