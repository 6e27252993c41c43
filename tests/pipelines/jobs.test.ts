import { describe, expect, it, vi } from 'vitest';
import { assembleReport, inContext, type PageJobResult } from '../../pipelines/jobs.ts';
import type { TableLayout } from '../../src/table/index.ts';

const ROLES = ['id', 'title', 'max', 'self', 'appraised', 'evidence'] as const;
const usual: TableLayout = { roles: [...ROLES], centres: [0.05, 0.3, 0.5, 0.6, 0.7, 0.85] };

function tablePage(page: number, rows: string[][], layout: TableLayout = usual, headerText = ''): PageJobResult {
  return {
    read: {
      page, headerText, layout,
      lines: rows.map((cells, i) => ({ cells, roles: [...layout.roles], confidences: cells.map(() => 0.95), page, bbox: [0, i * 50, 1000, i * 50 + 40] })),
    },
    kind: 'scan', hasGrid: true, assumedFirst: page === 1,
  };
}
const cover: PageJobResult = { read: { page: 1, headerText: 'UBND HUYỆN NGA SƠN Số: 12/BC-UBND', lines: [], layout: null }, kind: 'scan', hasGrid: false, assumedFirst: true };

describe('putting page jobs back together', () => {
  it('keeps a table page read alone when the previous page carries the same columns and roles, without its margin text', () => {
    const page = tablePage(3, [['1.1', 'Ban hành kế hoạch', '1', '1', '', '']], usual, 'speck');
    expect(inContext(page, usual, false)).toEqual({ ...page.read, headerText: '' });
  });

  it('keeps the text above the first table, as extract reads it there', () => {
    const page = tablePage(2, [['1', 'Công tác chỉ đạo', '5', '4', '', '']], usual, 'ĐƠN VỊ: HUYỆN NGA SƠN');
    expect(inContext(page, null, false)?.headerText).toBe('ĐƠN VỊ: HUYỆN NGA SƠN');
  });

  it('asks for a page again when the previous layout has other roles or another number of columns', () => {
    const page = tablePage(3, [['1.1', 'x', '1', '1', '', '']]);
    expect(inContext(page, { roles: ['id', 'title', 'self', 'max', 'appraised', 'evidence'], centres: usual.centres }, false)).toBeNull();
    expect(inContext(page, { roles: ['id', 'title', 'max', 'self', 'evidence'], centres: [0.05, 0.3, 0.5, 0.6, 0.8] }, false)).toBeNull();
  });

  it('asks for a table-less page again when it turns out to be the first readable one', () => {
    const second = { ...cover, read: { ...cover.read, page: 2, headerText: '' }, assumedFirst: false };
    expect(inContext(second, null, true)).toBeNull();
    expect(inContext(cover, null, false)?.headerText).toBe('');
  });

  it('passes the carried layout through a born-digital table page, as extract does', () => {
    const text: PageJobResult = { ...tablePage(3, [['1.1', 'x', '1', '1', '', '']]), kind: 'text' };
    text.read.layout = null;
    expect(inContext(text, usual, false)?.layout).toEqual(usual);
  });

  it('reads a page whose job failed in its true context (the failed-page policy), then builds the report', async () => {
    const page2 = tablePage(2, [['1', 'Công tác chỉ đạo, điều hành CCHC', '2', '1,5', '', ''], ['1.1', 'Ban hành kế hoạch CCHC năm', '1', '1', '', 'QĐ số 413/QĐ-UBND ngày 30/01/2018']]);
    const page3 = tablePage(3, [['1.2', 'Báo cáo CCHC định kỳ', '1', '0,5', '', '']]);
    const reread = vi.fn(async () => page3);
    const { result, reread: again } = await assembleReport([cover, page2, null], reread, { file: 'nga-son.pdf', sha256: 'a'.repeat(64) }, { schema: null });
    expect(again).toEqual([3]);
    expect(reread).toHaveBeenCalledWith(3, usual, false);
    expect(result.source).toEqual({ file: 'nga-son.pdf', sha256: 'a'.repeat(64), pages: 3, kind: 'scanned' });
    expect(result.criteria.map((c) => [c.id, c.selfScore])).toEqual([['1', 1.5], ['1.1', 1], ['1.2', 0.5]]);
  });
});
