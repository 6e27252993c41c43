import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openReviews, openStore, StoreError } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'cchc-reviews-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('review values beside the store', () => {
  it('keeps corrections and appraisals by file, criterion and field, with reviewer and time, across reopening', () => {
    let tick = 0;
    const now = () => `2026-11-29T04:00:${String(tick++).padStart(2, '0')}Z`;
    const store = openStore(join(dir, 'data'), { now });
    const { report } = store.recordSubmission({ file: 'a/b/Báo cáo.pdf', pdf: new TextEncoder().encode('%PDF-1.4 reviews') });
    const reviews = openReviews(store, { now });
    const corrected = reviews.record({ sha256: report.sha256, criterionId: '1.2', field: 'selfScore', kind: 'correct', value: 0.5, reviewer: ' Lê Thị Hoa ' });
    expect(corrected).toMatchObject({ reviewer: 'Lê Thị Hoa', comment: '', decidedAt: expect.stringMatching(/^2026-11-29T04:00:/) });
    reviews.record({ sha256: report.sha256, criterionId: '1.2', field: 'appraisedScore', kind: 'appraise', value: 0, comment: 'nộp muộn', reviewer: 'Lê Thị Hoa' });
    reviews.close();
    store.close();

    const again = openStore(join(dir, 'data'));
    const reopened = openReviews(again);
    expect(reopened.of(report.sha256).map((r) => [r.kind, r.criterionId, r.field, r.value, r.comment])).toEqual([
      ['correct', '1.2', 'selfScore', 0.5, ''],
      ['appraise', '1.2', 'appraisedScore', 0, 'nộp muộn'],
    ]);
    expect(() => reopened.record({ sha256: 'f'.repeat(64), criterionId: '1', field: 'selfScore', kind: 'correct', value: 1, reviewer: 'x' }))
      .toThrow(StoreError);
    expect(() => reopened.record({ sha256: report.sha256, criterionId: '1', field: 'selfScore', kind: 'correct', value: -1, reviewer: 'x' })).toThrow();
    reopened.close();
    again.close();
  });
});
