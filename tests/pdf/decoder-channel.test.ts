/**
 * pdf.js loads its CCITT/JBIG2 decoder once per process, through the message channel of the
 * document opened last. Alone in its file, so that nothing has loaded that decoder before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPdf, readPage } from '../../src/pdf/index.ts';

describe('a CCITT page read after another document was opened and closed', () => {
  it('is read, not left waiting on the closed document', async () => {
    const ccitt = await openPdf(readFileSync('fixtures/scanned/clean-s1-s4.pdf'), 'clean-s1-s4.pdf');
    const other = await openPdf(readFileSync('fixtures/scanned/arithmetic-s4-s6.pdf'), 'arithmetic-s4-s6.pdf');
    await other.destroy();
    const page = await Promise.race([
      readPage(ccitt, 1),
      new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 20_000)),
    ]);
    expect(page === 'waiting' ? page : [page.kind, page.kind === 'image' && page.origin]).toEqual(['image', 'embedded']);
    await ccitt.destroy();
  }, 30_000);
});
