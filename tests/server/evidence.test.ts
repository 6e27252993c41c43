import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchEvidence, type Attached } from '../../src/evidence/index.ts';
import type { DocumentHeader } from '../../src/header/index.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { MISREAD, criterion, makeResult } from './results.ts';

const dir = mkdtempSync(join(tmpdir(), 'cchc-serve-evidence-'));
let server: RunningServer;
let store: Store;
let sha256: string;

const header = (file: string, typeName: string, number: string, symbol: string, date: string): DocumentHeader => ({
  file, found: true, source: 'image', issuer: 'UBND HUYỆN THỬ', typeName, type: symbol.split('-')[0]!, number, year: null, symbol,
  place: 'Thử', date, subject: null, confidence: { number: 0.95, symbol: 0.95, date: 0.95 }, unreadable: [],
});
// 1.1 cites KH 12 of 05/01 and TB 3; 1.2 cites BC 20. Attached: KH 12 dated 06/01, two documents no criterion cites.
const rows = MISREAD.map((r) => (r.id === '1.1' ? { ...r, references: [
  { raw: 'KH số 12/KH-UBND ngày 05/01/2018', type: 'KH', number: '12', year: null, symbol: 'KH-UBND', date: '2018-01-05' },
  { raw: 'TB số 3/TB-UBND', type: 'TB', number: '3', year: null, symbol: 'TB-UBND', date: null },
] } : r.id === '1.2' ? { ...r, references: [{ raw: 'BC số 20/BC-UBND ngày 10/06/2018', type: 'BC', number: '20', year: null, symbol: 'BC-UBND', date: '2018-06-10' }] } : r));
const attached: Attached[] = [
  { file: 'kh-12.jpg', header: header('kh-12.jpg', 'Kế hoạch', '12', 'KH-UBND', '2018-01-06') },
  { file: 'qd-7.jpg', header: header('qd-7.jpg', 'Quyết định', '7', 'QĐ-UBND', '2018-02-01') },
  { file: 'ghi-chu.pdf', header: null, problem: 'không đọc được' },
];
const flags = matchEvidence(rows.map(criterion), attached);

const page = async () => (await fetch(`${server.url}/reports/${sha256}`)).text();
/** The flags of one list as `code criterion status`, in order, and the list's text. */
function list(body: string, id: string) {
  const ol = new RegExp(`<ol id="${id}"[^>]*>([\\s\\S]*?)</ol>`).exec(body)?.[1] ?? '';
  const items = [...ol.matchAll(/<li [^>]*data-code="([^"]+)" data-criterion="([^"]+)"[^>]*data-status="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
  return { items, text: ol };
}
const decide = (body: object) => fetch(`${server.url}/api/reports/${sha256}/decisions`, {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reviewer: 'Lê Thị Hoa', ...body }),
});

beforeAll(async () => {
  server = await startServer({ data: dir, port: 0 });
  store = openStore(dir);
  const pdf = '%PDF-1.4 evidence';
  sha256 = store.recordSubmission({ file: 'bao-cao.pdf', pdf: new TextEncoder().encode(pdf) }).report.sha256;
  store.recordResult(sha256, makeResult(pdf, rows, { extra: flags }));
});
afterAll(async () => {
  store.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('evidence flags in the review application', () => {
  it('the matcher raises each kind for this stored result', () => {
    expect(flags.map((f) => `${f.code} ${f.criterionId} ${f.field}`)).toEqual([
      'EVIDENCE_MISMATCH 1.1 date', 'EVIDENCE_NOT_ATTACHED 1.1 references', 'EVIDENCE_NOT_ATTACHED 1.2 references',
      'EVIDENCE_UNUSED HEADER evidence', 'EVIDENCE_UNUSED HEADER evidence',
    ]);
  });

  it('lists the flags on criteria beside the others, with which field, printed against read', async () => {
    const body = await page();
    const rowsList = list(body, 'flags');
    expect(rowsList.items).toEqual(expect.arrayContaining([
      'EVIDENCE_MISMATCH 1.1 open', 'EVIDENCE_NOT_ATTACHED 1.1 open', 'EVIDENCE_NOT_ATTACHED 1.2 open', 'SCORE_EXCEEDS_MAX 1.2 open',
    ]));
    expect(rowsList.text).toContain('ngày: báo cáo ghi <b>05/01/2018</b>, văn bản gửi kèm ghi <b>06/01/2018</b>');
    expect(rowsList.text).toContain('&quot;BC số 20/BC-UBND ngày 10/06/2018&quot; không có trong các tài liệu kiểm chứng gửi kèm');
    // The criterion's evidence cell is outlined, and its row marked.
    const row11 = /<tr class="([^"]*)" id="c-1\.1"[\s\S]*?<\/tr>/.exec(body)!;
    expect(row11[1]).toContain('row-flagged');
    expect(row11[0]).toMatch(/<td class="evidence flagged warning open" data-field="evidence">/);
  });

  it('lists the unused attachments as the report\'s own flags, not as a table row', async () => {
    const body = await page();
    const own = list(body, 'report-flags');
    expect(own.items).toEqual(['EVIDENCE_UNUSED HEADER open', 'EVIDENCE_UNUSED HEADER open']);
    expect(own.text).toContain('Tài liệu gửi kèm qd-7.jpg (Quyết định số 7/QĐ-UBND) không được trích dẫn ở tiêu chí nào.');
    expect(own.text).toContain('ghi-chu.pdf (không đọc được)');
    expect(list(body, 'flags').items.join()).not.toContain('HEADER');
    expect(body).not.toContain('data-id="HEADER"');
    // One walk: the report's flags are numbered first, then the rows'.
    expect([...body.matchAll(/data-index="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([...Array(flags.length + 2).keys()]);
  });

  it('confirms and dismisses evidence flags one by one, even two of one code on one criterion', async () => {
    const subjects = [...(await page()).matchAll(/data-code="(EVIDENCE_[A-Z_]+)" data-criterion="([^"]+)" data-field="[^"]*"\s+data-subject="([^"]*)"/g)]
      .map((m) => ({ code: m[1], criterionId: m[2], subject: m[3]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&') }));
    const tb = subjects.find((s) => s.code === 'EVIDENCE_NOT_ATTACHED' && s.subject.includes('TB-UBND'))!;
    const qd = subjects.find((s) => s.code === 'EVIDENCE_UNUSED' && s.subject.includes('qd-7.jpg'))!;
    expect((await decide({ ...tb, action: 'dismiss' })).status).toBe(201);
    expect((await decide({ ...qd, action: 'confirm' })).status).toBe(201);
    const body = await page();
    expect(list(body, 'flags').items).toEqual(expect.arrayContaining([
      'EVIDENCE_NOT_ATTACHED 1.1 dismissed', 'EVIDENCE_NOT_ATTACHED 1.2 open', 'EVIDENCE_MISMATCH 1.1 open',
    ]));
    expect(list(body, 'flags').items).not.toContain('EVIDENCE_NOT_ATTACHED 1.1 open');
    expect(list(body, 'report-flags').items.sort()).toEqual(['EVIDENCE_UNUSED HEADER confirmed', 'EVIDENCE_UNUSED HEADER open']);
  });
});
