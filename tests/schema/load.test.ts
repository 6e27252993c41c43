import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { bundledSchemas, checkSchema, CriteriaSchema, loadSchemaFile, pickSchema, resolveSchema, SchemaError, schemaFromTsv } from '../../src/schema/index.ts';
import { SHARED } from '../helpers/paths.ts';

const TSV = `${SHARED}domain/criteria-thanh-hoa-2018-huyen.tsv`;
const HEADER = 'id\tlevel\ttitle\tmax\toptions\tnote';

const tsv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const refusal = (text: string) => {
  try {
    schemaFromTsv(text, 'criteria-test-2020-huyen.tsv');
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return (error as SchemaError).message;
  }
  throw new Error('the schema was accepted');
};

describe('the bundled Thanh Hóa 2018 district schema', () => {
  const schema = bundledSchemas().find((s) => s.id === 'thanh-hoa-2018-huyen')!;

  it('is the shared TSV converted, unchanged', () => {
    expect(schema).toEqual(schemaFromTsv(readFileSync(TSV, 'utf8'), TSV));
  });

  it('holds 129 criteria in 8 sections that add up to 100', () => {
    expect(schema.criteria).toHaveLength(129);
    expect(schema.criteria.filter((c) => c.level === 1).map((c) => c.max)).toEqual([18, 16, 11, 9, 17, 5, 9, 15]);
    expect(schema.total).toBe(100);
  });

  it('keeps options as alternatives with their points', () => {
    const c = schema.criteria.find((x) => x.id === '1.1.4')!;
    expect(c.combine).toBe('alternative');
    expect(c.options.map((o) => o.points)).toEqual([1, 0.5, 0]);
    expect(c.options[1]!.text).toBe('Thực hiện từ 50% - dưới 80% kế hoạch');
  });

  it('infers its type from the zod schema', () => {
    expectTypeOf(schema).toEqualTypeOf<CriteriaSchema>();
  });
});

describe('loading a schema refuses a broken rule and names the row', () => {
  it('refuses an id used twice', () => {
    expect(refusal(tsv('1\t1\tA\t1\t\t', '1.1\t2\tB\t1\tX=1\t', '1.1\t2\tC\t0\t\t'))).toMatch(/row 1\.1: id is used twice/);
  });

  it('refuses a child whose parent is not listed before it', () => {
    expect(refusal(tsv('1\t1\tA\t1\t\t', '2.1\t2\tB\t1\tX=1\t'))).toMatch(/row 2\.1: parent 2 is not listed/);
  });

  it('refuses a parent that differs from the sum of its children', () => {
    expect(refusal(tsv('1\t1\tA\t3\t\t', '1.1\t2\tB\t1\tX=1\t', '1.2\t2\tC\t1\tX=1\t'))).toMatch(/row 1: max 3 differs from the sum of its children's max 2 \(1\.1 \+ 1\.2\)/);
  });

  it('refuses an option worth more than the max', () => {
    expect(refusal(tsv('1\t1\tA\t1\t\t', '1.1\t2\tB\t1\tCó=2 | Không=0\t'))).toMatch(/row 1\.1: option "Có" is worth 2, above the max 1/);
  });

  it('refuses additive options that add up beyond the max', () => {
    expect(refusal(tsv('1\t1\tA\t1\t\t', '1.1\t2\tB\t1\tA=1 | B=1\tadditive'))).toMatch(/additive options add up to 2/);
  });

  it('refuses a level that does not match the id', () => {
    expect(refusal(tsv('1\t2\tA\t1\tX=1\t'))).toMatch(/row 1: level 2 does not match/);
  });

  it('refuses an option that is not text=points, naming its line', () => {
    expect(refusal(tsv('1\t1\tA\t1\t\t', '1.1\t2\tB\t1\tCó một\t'))).toMatch(/line 3 \(1\.1\): option "Có một" is not text=points/);
  });

  it('refuses a TSV whose name does not say province, year and level', () => {
    expect(() => schemaFromTsv(tsv('1\t1\tA\t1\tX=1\t'), 'my-schema.tsv')).toThrow(SchemaError);
  });

  it('refuses a JSON schema whose total is not the sum of its sections', () => {
    const schema = bundledSchemas()[0]!;
    expect(() => checkSchema({ ...schema, total: 99.55 }, 'x.json')).toThrow(/total 99\.55 differs from the sum of the sections 100/);
  });

  it('accepts a schema whose sections do not add up to 100', () => {
    const s = schemaFromTsv(tsv('1\t1\tA\t0.55\t\t', '1.1\t2\tB\t0.55\tCó=0.55 | Không=0\t', '2\t1\tC\t99\tX=99\t'), 'criteria-test-2020-huyen.tsv');
    expect(s.total).toBe(99.55);
  });

  it('names a missing file', () => {
    expect(() => loadSchemaFile('/nonexistent/criteria.json')).toThrow(/\/nonexistent\/criteria\.json: cannot be read/);
  });
});

describe('the schema registry', () => {
  const text = 'ĐƠN VỊ: THỊ XÃ BỈM SƠN\nCHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP HUYỆN\nUBND tỉnh Thanh Hóa';

  it('picks the schema of the province, level and year the header names', () => {
    expect(pickSchema({ year: 2018, text })?.id).toBe('thanh-hoa-2018-huyen');
  });

  it('picks the schema of the year and level when the report names no province', () => {
    expect(pickSchema({ year: 2018, text: 'ỦY BAN NHÂN DÂN HUYỆN NGA SƠN, chỉ số CCHC cấp huyện' })?.id).toBe('thanh-hoa-2018-huyen');
  });

  it('picks none for another year or another province', () => {
    expect(pickSchema({ year: 2019, text })).toBeNull();
    expect(pickSchema({ year: 2018, text: 'UBND huyện Ba Tơ, tỉnh Quảng Ngãi, cấp huyện' })).toBeNull();
  });

  it('takes a province named in the table only where it is called one', () => {
    const header = 'ỦY BAN NHÂN DÂN THÀNH PHỐ SẦM SƠN, chỉ số CCHC cấp huyện';
    expect(pickSchema({ year: 2018, text: header, body: 'Kế hoạch của UBND thành phố Sầm Sơn là' })?.id).toBe('thanh-hoa-2018-huyen');
    expect(pickSchema({ year: 2018, text: header, body: 'Quyết định của UBND tỉnh Sơn La' })).toBeNull();
  });

  it('resolves --schema by id or by file, and refuses anything else', () => {
    expect(resolveSchema('thanh-hoa-2018-huyen').id).toBe('thanh-hoa-2018-huyen');
    expect(resolveSchema(TSV).criteria).toHaveLength(129);
    expect(() => resolveSchema('thanh-hoa-2030-huyen')).toThrow(/neither a schema id/);
  });
});
