/** citationProblem: why a citation cannot be a real document. */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/contract/index.ts';
import { citationProblem, parseReferences } from '../../src/references/index.ts';
import { ref } from './expect.ts';

/** The one citation of `text`; fails the test when there is not exactly one. */
function only(text: string): Reference {
  const refs = parseReferences(text);
  expect(refs).toHaveLength(1);
  return refs[0] as Reference;
}

const problems: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['names 31 February as an impossible date', 'QĐ số 413/QĐ-UBND ngày 31/02/2018', /impossible date 31\/2\/2018.*28 days/],
  ['names 29 February of a common year', 'QĐ số 413/QĐ-UBND ngày 29/02/2018', /impossible date 29\/2\/2018/],
  ['names 31 April', 'QĐ số 413/QĐ-UBND ngày 31/4/2018', /month 4\/2018 has 30 days/],
  ['names month 13', 'QĐ số 413/QĐ-UBND ngày 05/13/2018', /no month 13/],
  ['names month 0', 'QĐ số 413/QĐ-UBND ngày 05/00/2018', /no month 0/],
  ['names day 0', 'QĐ số 413/QĐ-UBND ngày 00/01/2018', /impossible date 0\/1\/2018/],
  ['names a year before 1945', 'QĐ số 413/QĐ-UBND ngày 05/01/1018', /year 1018 is outside 1945–2100/],
  ['names a year after 2100', 'QĐ số 413/QĐ-UBND ngày 05/01/2108', /year 2108 is outside/],
  ['names a year in the number outside 1945–2100', 'Quyết định số 12/1899/QĐ-UBND', /year 1899 in the number/],
  ['names a legal act dated in another year than its number', 'Quyết định số 1100/2017/QĐ-UBND ngày 24/4/2016', /numbered as a 2017 act but dated 2016/],
  ['names an unknown party type code', 'số 12-XY/TW', /unknown type code "XY"/],
  [
    'names the written Quyết định that contradicts the NĐ symbol of "Quyết định số 37 đến 348/ND-CP"',
    'Quyết định số 37 đến 348/ND-CP ngày 05/5/2014',
    /printed as Quyết định \(QĐ\) but its symbol is coded Nghị định \(NĐ\)/,
  ],
  ['names a written Báo cáo whose symbol is a KH', 'Báo cáo số 12/KH-UBND', /printed as Báo cáo \(BC\) but its symbol is coded Kế hoạch \(KH\)/],
  ['names a written Chỉ thị whose symbol is a TB', 'Chỉ thị số 3/TB-UBND', /Chỉ thị \(CT\).*Thông báo \(TB\)/],
];

describe('citationProblem finds', () => {
  it.each(problems)('%s', (_, text, reason) => {
    expect(citationProblem(only(text))).toMatch(reason);
  });

  it('joins several problems of one citation', () => {
    const problem = citationProblem(only('Báo cáo số 12/KH-UBND ngày 31/02/2018'));
    expect(problem).toMatch(/impossible date.*; printed as Báo cáo/);
  });

  it('names an unknown type code of a hand-built reference', () => {
    expect(citationProblem(ref('12/ZZ-UBND', 'ZZ', '12', 'ZZ-UBND', null))).toBe('unknown type code "ZZ"');
  });
});

const fine: ReadonlyArray<readonly [string, string]> = [
  ['a plain dated decision', 'QĐ số 413/QĐ-UBND ngày 30/01/2018'],
  ['29 February of a leap year', 'QĐ số 413/QĐ-UBND ngày 29/02/2016'],
  ['31 December', 'QĐ số 413/QĐ-UBND ngày 31/12/2018'],
  ['a legal act dated in the year of its number', 'Quyết định số 1100/2017/QĐ-UBND ngày 24/4/2017'],
  ['an undated citation', 'Chỉ thị số 18/CT-UBND'],
  ['a quy chế enacted by a decision (Quy chế số 201/QĐ/UBND)', 'Quy chế số 201/QĐ/UBND ngày 12/01/2018'],
  ['a plan enacted by a decision', 'Kế hoạch số 413/QĐ-UBND'],
  ['a report cited as "Văn bản số"', 'Văn bản số 26/BC-UBND ngày 23/02/2018'],
  ['a report called a công văn', 'công văn số 209/BC-UBND'],
  ['a joint circular called Thông tư', 'Thông tư số 03/2015/TTLT-BNV-BTC'],
  ['a memorandum with the 2011 code GN', 'Bản ghi nhớ số 03/GN-UBND'],
  ['a law', 'Luật số 80/2015/QH13 ngày 22/6/2015'],
  ['a party directive', 'Chỉ thị số 11-CT/TW ngày 13/12/2011'],
  ['a công văn', 'Công văn số 1827/SNV-CCHC ngày 12/11/2018'],
  ['a plan without symbol', 'Kế hoạch số 2180 ngày 01/11/2017'],
];

describe('citationProblem accepts', () => {
  it.each(fine)('%s', (_, text) => {
    expect(citationProblem(only(text))).toBeNull();
  });

  it('a reference without type', () => {
    expect(citationProblem(ref('Văn bản số 12', null, '12', null, null))).toBeNull();
  });
});
