/** Builds the expected Reference of a test row, so that a table row reads like the citation. */
import { describe, expect, it } from 'vitest';
import { Reference } from '../../src/contract/index.ts';
import { parseReferences } from '../../src/references/index.ts';

/** Optional parts of an expected citation; `year` defaults to null. */
export interface Extra {
  printedType?: string;
  year?: number;
  subject?: string;
}

/** An expected citation: raw as printed, then type, number, symbol, ISO date. */
export function ref(
  raw: string,
  type: string | null,
  number: string,
  symbol: string | null,
  date: string | null,
  extra: Extra = {},
): Reference {
  return {
    raw,
    type,
    ...(extra.printedType ? { printedType: extra.printedType } : {}),
    number,
    year: extra.year ?? null,
    symbol,
    date,
    ...(extra.subject ? { subject: extra.subject } : {}),
  };
}

/** One row of a table-driven parse test. */
export interface ParseCase {
  name: string;
  text: string;
  expected: Reference[];
}

/** Runs a table of parse cases: exact citations, each valid against the contract and NFC. */
export function describeParse(title: string, cases: readonly ParseCase[]): void {
  describe(title, () => {
    it.each(cases)('$name', ({ text, expected }) => {
      const refs = parseReferences(text);
      expect(refs).toEqual(expected);
      for (const r of refs) {
        expect(Reference.safeParse(r).success).toBe(true);
        expect(r.raw).toBe(r.raw.normalize('NFC'));
      }
    });
  });
}
