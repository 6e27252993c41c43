import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { openPdf, readPage } from '../../src/pdf/index.ts';

/** A builtin has no `prototype` of its own; core-js's replacements are plain functions that do. */
const isBuiltin = (fn: unknown) => typeof fn === 'function' && !Object.hasOwn(fn, 'prototype');

it('leaves the native push and JSON functions in place once a document has been read', async () => {
  const file = 'fixtures/scanned/arithmetic-s4-s6.pdf'; // a JPEG scan
  const doc = await openPdf(readFileSync(file), file);
  try {
    await readPage(doc, 1);
  } finally {
    await doc.destroy();
  }
  expect(isBuiltin(Array.prototype.push)).toBe(true);
  expect(isBuiltin(JSON.parse)).toBe(true);
  expect(isBuiltin(JSON.stringify)).toBe(true);
});
