import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { MISREAD, makeResult } from './results.ts';

const dir = mkdtempSync(join(tmpdir(), 'cchc-serve-safety-'));
const TOKEN = 's3cret-review-token';
let server: RunningServer;
let open: RunningServer;
let store: Store;
let sha256: string;

const ATTACK = '<script>alert(1)</script>';
const auth = { Authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  server = await startServer({ data: join(dir, 'guarded'), port: 0, token: TOKEN, maxUploadBytes: 4096 });
  open = await startServer({ data: join(dir, 'open'), port: 0 });
  // A read report whose OCR text holds markup: a citation, a title and the unit.
  store = openStore(join(dir, 'guarded'));
  const pdf = `%PDF-1.4 safety ${ATTACK}`;
  sha256 = store.recordSubmission({ file: `x${ATTACK}.pdf`, pdf: new TextEncoder().encode(pdf) }).report.sha256;
  const rows = MISREAD.map((r) => (r.id === '1.1' ? { ...r, title: `Kế hoạch ${ATTACK}`, evidence: `QĐ số 1/QĐ-UBND ${ATTACK}`,
    references: [{ raw: `QĐ số 1/QĐ-UBND <img src=x onerror=alert(2)>`, type: 'QĐ', number: '1', year: null, symbol: 'QĐ-UBND', date: null }] } : r));
  store.recordResult(sha256, makeResult(pdf, rows, { unit: `Huyện <b>Thử</b>` }));
});
afterAll(async () => {
  store.close();
  await server.close();
  await open.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = auth) => fetch(`${server.url}${path}`, { headers });

describe('cchc serve safety', () => {
  it('listens on 127.0.0.1 unless told otherwise', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('shows text from OCR as text: a citation holding <script> is escaped on every page', async () => {
    for (const path of ['/', '/fragments/reports', `/reports/${sha256}`, '/compare?criterion=1.1']) {
      const body = await (await get(path)).text();
      expect(body, path).not.toContain('<script>alert');
      expect(body, path).not.toContain('<img src=x');
      expect(body, path).not.toContain('<b>Thử');
    }
    const report = await (await get(`/reports/${sha256}`)).text();
    expect(report).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(report).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(report).toContain('Huyện &lt;b&gt;Thử&lt;/b&gt;');
    const response = await get(`/reports/${sha256}`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('exports the same text to CSV as data (UTF-8 with a BOM for Excel), not as markup', async () => {
    const bytes = Buffer.from(await (await get('/compare.csv')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Huyện <b>Thử</b>');
  });

  it('refuses an upload that is not a PDF, is too large, or is not sent as one', async () => {
    const post = (body: string | Blob, type = 'application/pdf') =>
      fetch(`${server.url}/api/reports`, { method: 'POST', headers: { ...auth, 'Content-Type': type, 'X-File-Name': 'a.pdf' }, body });
    const notPdf = await post('GIF89a not a pdf');
    expect(notPdf.status).toBe(415);
    expect(await notPdf.json()).toEqual({ error: 'not a PDF file' });
    expect((await post('%PDF-1.4 but sent as text', 'text/plain')).status).toBe(415);
    expect((await post(new Blob([Buffer.alloc(8192, 0x25)]))).status).toBe(413);
    expect((await post('')).status).toBe(415);
    expect(store.listReports()).toHaveLength(1);
  });

  it('never lets a request path reach the filesystem', async () => {
    for (const path of [
      '/static/..%2f..%2f..%2fpackage.json', '/static/%2e%2e/app.ts', '/static/../../package.json', '/static/constructor',
      `/reports/${sha256}/pages/..%2f..%2fstore.sqlite`, `/reports/${sha256}/pages/0.png`, `/reports/${sha256}/pages/99.png`,
      '/reports/..%2f..%2fetc%2fpasswd', '/reports/../../etc/passwd/pages/1.png', '/page-cache/x.png', '/store.sqlite',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      const body = await response.text();
      expect(body, path).not.toMatch(/"name": "cchc"|SQLite format|root:x:0/);
    }
    expect((await get('/static/app.js')).status).toBe(200);
  });

  it('requires REVIEW_TOKEN when it is set: by header, or by the cookie the login form sets', async () => {
    expect((await get('/', {})).status).toBe(401);
    expect((await get('/api/reports', {})).status).toBe(401);
    expect((await get('/compare.xlsx', { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await fetch(`${server.url}/api/reports/${sha256}/appraisals`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ criterionId: '1.1', value: 0, reviewer: 'x' }) })).status).toBe(401);
    expect((await get('/api/reports')).status).toBe(200);
    expect((await get('/static/style.css', {})).status).toBe(200);

    const wrong = await fetch(`${server.url}/login`, { method: 'POST', body: new URLSearchParams({ token: 'nope' }), redirect: 'manual' });
    expect(wrong.status).toBe(401);
    const login = await fetch(`${server.url}/login`, { method: 'POST', body: new URLSearchParams({ token: TOKEN }), redirect: 'manual' });
    expect(login.status).toBe(303);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await get('/', { Cookie: cookie.split(';')[0]! })).status).toBe(200);

    // Without a token configured, nothing is asked.
    expect((await fetch(`${open.url}/api/reports`)).status).toBe(200);
  });

  it('checks every body with its schema', async () => {
    const post = (path: string, body: unknown) => fetch(`${server.url}/api/reports/${sha256}/${path}`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    expect((await post('corrections', '{not json')).status).toBe(400);
    expect((await post('corrections', { criterionId: '1.2', field: 'selfScore', value: '1e9', reviewer: 'x' })).status).toBe(400);
    expect((await post('corrections', { criterionId: '1.2', field: 'selfScore', value: '0,5', reviewer: '' })).status).toBe(400);
    expect((await post('decisions', { code: 'NOT_A_CODE', criterionId: '1', action: 'confirm', reviewer: 'x' })).status).toBe(400);
    expect((await post('appraisals', { criterionId: '1.2', value: 0, reviewer: 'x', sha256: 'f'.repeat(64) })).status).toBe(400);
    expect((await post('corrections', { criterionId: '9.9', field: 'selfScore', value: 1, reviewer: 'x' })).status).toBe(400);
    expect((await post('appraisals', { criterionId: 'TOTAL', value: 1, reviewer: 'x' })).status).toBe(400);
    const ok = await post('corrections', { criterionId: '1.2', field: 'selfScore', value: '0,5', reviewer: 'Lê Thị Hoa' });
    expect(ok.status).toBe(201);
    expect((await ok.json()).flags.map((f: { code: string }) => f.code)).not.toContain('SUM_MISMATCH');
    expect((await fetch(`${server.url}/api/reports/${'0'.repeat(64)}/decisions`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: 'SUM_MISMATCH', criterionId: '1', action: 'confirm', reviewer: 'x' }) })).status).toBe(404);
  });
});
