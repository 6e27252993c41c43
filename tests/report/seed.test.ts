import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractionResult, type Flag } from '../../src/contract/index.ts';
import { ROOT, SEED } from '../helpers/paths.ts';

const run = promisify(execFile);
let result: ExtractionResult;
const key = (f: Flag) => `${f.code} ${f.criterionId}${f.field ? ` ${f.field}` : ''}`;
const byId = (id: string) => result.criteria.find((c) => c.id === id)!;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'cchc-seed-')), 'seed.json');
  await run('node', [join(ROOT, 'bin/cchc.js'), 'extract', SEED, '--json', out, '--quiet']);
  result = ExtractionResult.parse(JSON.parse(readFileSync(out, 'utf8')));
});

describe('cchc extract on the seed transcript', () => {
  it('reads the header: number, date, year and the schema it fits', () => {
    expect(result.document).toMatchObject({ number: '224/BC-UBND', date: '2018-11-26', year: 2018 });
    expect(result.document.unit).toMatch(/^Thị xã B.m Sơn$/);
    expect(result.schema).toEqual({ id: 'thanh-hoa-2018-huyen' });
    expect(result.source.kind).toBe('text');
  });

  it('finds at least 110 criterion rows with their printed max and self score', () => {
    const scored = result.criteria.filter((c) => c.maxScore !== null && c.selfScore !== null);
    expect(scored.length).toBeGreaterThanOrEqual(110);
  });

  it('reads values wherever they stand: on an option row, or shifted onto the first child', () => {
    expect(byId('1.1.1')).toMatchObject({ maxScore: 2, selfScore: 1 });
    expect(byId('1.3')).toMatchObject({ maxScore: 3, selfScore: 3 });
    expect(byId('1.3.1')).toMatchObject({ maxScore: 1, selfScore: 1 });
    expect(byId('3.2')).toMatchObject({ maxScore: 4, selfScore: 4 });
    expect(byId('3.2.1')).toMatchObject({ maxScore: 2, selfScore: 2 });
    expect(byId('2.2.3')).toMatchObject({ maxScore: 1, selfScore: 1 });
    expect(byId('8')).toMatchObject({ maxScore: 15, selfScore: 12 });
  });

  it('keeps evidence and its citations with the criterion, from option rows too', () => {
    expect(byId('1.1.1').references.map((r) => `${r.number}/${r.symbol} ${r.date}`)).toEqual(['413/QĐ-UBND 2018-01-30']);
    expect(byId('2.5.3').evidence).toContain('1376/QĐ-UBND');
    expect(byId('1.1.2').evidence).toContain('290/QĐ-UBND');
  });

  it('raises the flags a reviewer would raise, and no others', () => {
    const missingEvidence = ['1.4.3', '2.3.1', '3.1.1', '4.2.2', '4.2.3', '7.1.1', '8.3.2'];
    expect(result.flags.map(key).sort()).toEqual([
      'SUM_MISMATCH 1.1 maxScore',
      'SUM_MISMATCH 1.1 selfScore',
      'MAX_MISMATCH 1.1.1 maxScore',
      'OPTION_EXCEEDS_MAX 1.6 options',
      'MISNUMBERED_CRITERION 4.3.2 id',
      // The seed is cut off after 8.3.2: section 8 prints 15 / 12, its rows add up to 7 / 7.
      'SUM_MISMATCH 8 maxScore',
      'SUM_MISMATCH 8 selfScore',
      'MISSING_CRITERION 8.4',
      'MISSING_CRITERION 8.5',
      'MISSING_CRITERION 8.6',
      'REFERENCE_MISMATCH HEADER number',
      // Báo cáo 56 (23/3/2018) and 118 (25/6/2018) are cited as reports on Quý III/2018.
      'REFERENCE_PERIOD 3.1.2 references',
      'REFERENCE_PERIOD 3.1.2 references',
      'REFERENCE_PERIOD 3.1.3 references',
      'REFERENCE_PERIOD 3.1.4 references',
      // "Quyết định số 37 đến 348/ND-CP": Nghị định 37/2014/NĐ-CP garbled.
      'REFERENCE_INVALID 4.1.1 references',
      ...missingEvidence.map((id) => `MISSING_EVIDENCE ${id} evidence`),
    ].sort());
  });

  it('gives each flag its expected and actual values', () => {
    const flag = (k: string) => result.flags.find((f) => key(f) === k)!;
    expect(flag('REFERENCE_MISMATCH HEADER number')).toMatchObject({ expected: '224/BC-UBND', actual: '294/BC-UBND' });
    expect(flag('SUM_MISMATCH 1.1 maxScore')).toMatchObject({ expected: 5, actual: 4 });
    expect(flag('SUM_MISMATCH 1.1 selfScore')).toMatchObject({ expected: 4, actual: 3 });
    expect(flag('MAX_MISMATCH 1.1.1 maxScore')).toMatchObject({ expected: 1, actual: 2 });
    expect(flag('OPTION_EXCEEDS_MAX 1.6 options')).toMatchObject({ expected: 1, actual: 2 });
    expect(flag('MISNUMBERED_CRITERION 4.3.2 id')).toMatchObject({ expected: '4.3.2', actual: '4.2' });
    expect(byId('4.3.2').printedId).toBe('4.2');
  });

  it('writes every string in NFC', () => {
    const text = JSON.stringify(result);
    expect(text).toBe(text.normalize('NFC'));
  });
});
