import { describe, expect, it } from 'vitest';
import type { Criterion, Reference } from '../../src/contract/index.ts';
import { matchEvidence, type Attached } from '../../src/evidence/index.ts';
import type { DocumentHeader } from '../../src/header/index.ts';

const ref = (number: string, symbol: string | null, date: string | null, type = 'KH'): Reference =>
  ({ raw: `${type} số ${number}${symbol ? `/${symbol}` : ''}${date ? ` ngày ${date}` : ''}`, type, number, year: null, symbol, date });
const criterion = (id: string, references: Reference[]): Criterion => ({
  id, title: id, maxScore: 1, selfScore: 1, appraisedScore: null, evidence: references.map((r) => r.raw).join('; '), references, page: 2, bbox: null, confidence: 1,
});
const header = (over: Partial<DocumentHeader>, confidence = 0.95): DocumentHeader => ({
  file: 'x.pdf', found: true, source: 'scan', issuer: 'ỦY BAN NHÂN DÂN', typeName: 'Kế hoạch', type: 'KH', number: null, year: null, symbol: null,
  place: 'Nga Sơn', date: null, subject: null, unreadable: [], ...over,
  confidence: Object.fromEntries(['number', 'symbol', 'date', 'type', 'year'].map((f) => [f, confidence])),
});
const attach = (file: string, h: Partial<DocumentHeader>, confidence?: number): Attached => ({ file, header: { ...header(h, confidence), file } });
const codes = (flags: ReturnType<typeof matchEvidence>) => flags.map((f) => `${f.code} ${f.criterionId}${f.field === 'date' || f.field === 'symbol' ? ` ${f.field}` : ''}`);

describe('matching citations to attached documents', () => {
  const criteria = [criterion('1.1.1', [ref('342', 'KH-UBND', '2018-03-02'), ref('209', 'BC-UBND', '2018-11-10', 'BC')])];

  it('raises nothing when every cited document is attached and agrees', () => {
    const attached = [attach('a.pdf', { number: '342', symbol: 'KH-UBND', date: '2018-03-02' }), attach('b.pdf', { number: '209', symbol: 'BC-UBND', date: '2018-11-10' })];
    expect(matchEvidence(criteria, attached)).toEqual([]);
  });

  it('flags a cited document that is not attached, and an attached one nobody cites', () => {
    const attached = [attach('a.pdf', { number: '342', symbol: 'KH-UBND', date: '2018-03-02' }), attach('c.pdf', { number: '77', symbol: 'TB-UBND', date: '2018-05-05' })];
    expect(codes(matchEvidence(criteria, attached))).toEqual(['EVIDENCE_NOT_ATTACHED 1.1.1', 'EVIDENCE_UNUSED HEADER']);
  });

  it('flags a date the document reads otherwise, printed against read', () => {
    const attached = [attach('a.pdf', { number: '342', symbol: 'KH-UBND', date: '2018-03-12' }), attach('b.pdf', { number: '209', symbol: 'BC-UBND', date: '2018-11-10' })];
    const [flag] = matchEvidence(criteria, attached);
    expect(flag).toMatchObject({ code: 'EVIDENCE_MISMATCH', criterionId: '1.1.1', field: 'date', expected: '2018-03-02', actual: '2018-03-12', severity: 'warning' });
  });

  it('calls nothing wrong that was read with too little confidence', () => {
    const attached = [attach('a.pdf', { number: '342', symbol: 'KH-UBND', date: '2018-03-12' }, 0.6), attach('b.pdf', { number: '209', symbol: 'BC-UBND', date: '2018-11-10' })];
    expect(matchEvidence(criteria, attached)).toEqual([]);
  });

  it('takes "01" and "1" as one number, and a symbol cut at a dash as the same symbol', () => {
    const cut = [criterion('2.1', [ref('01', 'KH', '2018-03-02')])];
    expect(matchEvidence(cut, [attach('a.pdf', { number: '1', symbol: 'KH-UBND', date: '2018-03-02' })])).toEqual([]);
  });

  it('matches a document whose number was unreadable by its symbol and date', () => {
    const one = [criterion('2.1', [ref('342', 'KH-UBND', '2018-03-02')])];
    expect(matchEvidence(one, [attach('a.pdf', { number: null, symbol: 'KH-UBND', date: '2018-03-02', unreadable: ['number'] })])).toEqual([]);
  });

  it('reports a file that could not be read as unused, with the reason', () => {
    const [flag] = matchEvidence([], [{ file: 'scan.bin', header: null, problem: 'scan.bin: neither a PDF nor an image' }]);
    expect(flag).toMatchObject({ code: 'EVIDENCE_UNUSED', criterionId: 'HEADER', actual: 'scan.bin' });
    expect(flag!.message).toContain('neither a PDF nor an image');
  });
});
