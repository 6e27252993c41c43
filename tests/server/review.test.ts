import { describe, expect, it } from 'vitest';
import type { Flag } from '../../src/contract/index.ts';
import { reviewResult } from '../../src/server/index.ts';
import type { Decision, Review } from '../../src/store/index.ts';
import { MISREAD, makeResult } from './results.ts';

const attached: Flag = { code: 'EVIDENCE_NOT_ATTACHED', criterionId: '1.1', severity: 'warning', message: 'KH 12 không có trong hồ sơ' };
const unsure: Flag = { code: 'LOW_CONFIDENCE', criterionId: '1.1', field: 'maxScore', severity: 'info', message: '1.1: maxScore đọc được là 1', actual: 1 };
const result = makeResult('%PDF-1.4 review', MISREAD, { totals: { maxScore: 3, selfScore: 1.5, appraisedScore: null }, extra: [attached, unsure] });
const sha256 = result.source.sha256;

let id = 0;
const review = (criterionId: string, field: Review['field'], kind: Review['kind'], value: number | null, comment = ''): Review =>
  ({ id: ++id, sha256, criterionId, field, kind, value, comment, reviewer: 'Lê Thị Hoa', decidedAt: `2026-11-29T04:00:0${id}Z` });
const decision = (code: Decision['code'], criterionId: string, field: Decision['field'], action: Decision['action']): Decision =>
  ({ id: ++id, sha256, code, criterionId, field, subject: null, action, value: null, comment: '', reviewer: 'Trần Văn Nam', decidedAt: '2026-11-29T04:10:00Z' });
const codes = (flags: { code: string; criterionId: string; field?: string }[]) => flags.map((f) => `${f.code}:${f.criterionId}:${f.field ?? ''}`).sort();

describe('reviewing a stored result', () => {
  it('starts from the flags the extraction raised', () => {
    expect(codes(reviewResult(result, null, [], []).flags)).toEqual([
      'EVIDENCE_NOT_ATTACHED:1.1:', 'LOW_CONFIDENCE:1.1:maxScore', 'SCORE_EXCEEDS_MAX:1.2:selfScore', 'SUM_MISMATCH:1:selfScore',
    ]);
  });

  it('validates again after a correction: the misread score and the sum it broke are no longer flagged', () => {
    const reviewed = reviewResult(result, null, [], [review('1.2', 'selfScore', 'correct', 0.5)]);
    expect(codes(reviewed.flags)).toEqual(['EVIDENCE_NOT_ATTACHED:1.1:', 'LOW_CONFIDENCE:1.1:maxScore']);
    const c = reviewed.criteria.find((x) => x.id === '1.2')!;
    expect(c.selfScore).toBe(0.5);
    expect(c.printed.selfScore).toBe(5);
  });

  it('raises what a correction breaks, with the new figures', () => {
    const reviewed = reviewResult(result, null, [], [review('1', 'selfScore', 'correct', 2)]);
    const sum = reviewed.flags.find((f) => f.code === 'SUM_MISMATCH' && f.criterionId === '1')!;
    expect(sum).toMatchObject({ expected: 6, actual: 2 });
    expect(codes(reviewed.flags)).toContain('SUM_MISMATCH:TOTAL:selfScore');
  });

  it('drops LOW_CONFIDENCE for a value a person corrected, and a withdrawn correction brings the printed value back', () => {
    const corrected = reviewResult(result, null, [], [review('1.1', 'maxScore', 'correct', 1)]);
    expect(codes(corrected.flags)).not.toContain('LOW_CONFIDENCE:1.1:maxScore');
    const withdrawn = reviewResult(result, null, [], [review('1.2', 'selfScore', 'correct', 0.5), review('1.2', 'selfScore', 'correct', null)]);
    expect(withdrawn.criteria.find((x) => x.id === '1.2')!.selfScore).toBe(5);
    expect(codes(withdrawn.flags)).toContain('SUM_MISMATCH:1:selfScore');
  });

  it('settles a flag with the latest decision on it and counts only open flags', () => {
    const reviewed = reviewResult(result, null, [decision('LOW_CONFIDENCE', '1.1', 'maxScore', 'dismiss'), decision('EVIDENCE_NOT_ATTACHED', '1.1', null, 'confirm')], []);
    expect(reviewed.flags.find((f) => f.code === 'LOW_CONFIDENCE')!).toMatchObject({ status: 'dismissed', decision: { reviewer: 'Trần Văn Nam' } });
    expect(reviewed.flags.find((f) => f.code === 'EVIDENCE_NOT_ATTACHED')!.status).toBe('confirmed');
    expect(reviewed.open).toEqual({ error: 2, warning: 0, info: 0 });
  });

  it('settles a flag about something other than a score (the options) by code and criterion', () => {
    const options: Flag = { code: 'OPTION_EXCEEDS_MAX', criterionId: '1.2', field: 'options', severity: 'error', message: 'mức ghi 11 điểm' };
    const withOptions = { ...result, flags: [...result.flags, options] };
    const reviewed = reviewResult(withOptions, null, [decision('OPTION_EXCEEDS_MAX', '1.2', null, 'dismiss')], []);
    expect(reviewed.flags.find((f) => f.code === 'OPTION_EXCEEDS_MAX')!.status).toBe('dismissed');
  });

  it('sums appraised scores up to the total, the self score standing where nothing was appraised', () => {
    const reviewed = reviewResult(result, null, [], [review('1.2', 'selfScore', 'correct', 0.5), review('1.2', 'appraisedScore', 'appraise', 0, 'Báo cáo nộp muộn')]);
    const byId = Object.fromEntries(reviewed.criteria.map((c) => [c.id, c]));
    expect(byId['1.1']!.appraised).toBe(1);
    expect(byId['1.2']!.appraised).toBe(0);
    expect(byId['1.2']!.appraisal?.comment).toBe('Báo cáo nộp muộn');
    expect(byId['1']!.appraised).toBe(1);
    expect(reviewed.appraisedTotal).toBe(1);
    expect(reviewResult(result, null, [], []).appraisedTotal).toBeNull();
  });

  it('applies the same reviews to a re-extraction of the same file (rows and flags in another order)', () => {
    const reviews = [review('1.2', 'selfScore', 'correct', 0.5), review('1.1', 'appraisedScore', 'appraise', 0.5)];
    const decisions = [decision('LOW_CONFIDENCE', '1.1', 'maxScore', 'confirm')];
    const again = { ...structuredClone(result), criteria: [...structuredClone(result.criteria)].reverse(), flags: [...structuredClone(result.flags)].reverse() };
    const summary = (r: typeof result) => {
      const reviewed = reviewResult(r, null, decisions, reviews);
      return { flags: codes(reviewed.flags), open: reviewed.open, total: reviewed.appraisedTotal, values: reviewed.criteria.map((c) => [c.id, c.selfScore, c.appraised]).sort() };
    };
    expect(summary(again)).toEqual(summary(result));
    expect(summary(result).values).toContainEqual(['1.2', 0.5, 0.5]);
  });
});
