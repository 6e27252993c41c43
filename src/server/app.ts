import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { StoreError } from '../store/index.ts';
import { requireToken } from './auth.ts';
import { AppraisalBody, CompareQuery, CorrectionBody, DecisionBody, PageParam, Sha256Param } from './bodies.ts';
import { compareCriterion, compareYear, criterionIds } from './compare.ts';
import { allReports, reportView, type ServerContext } from './context.ts';
import { comparisonCsv, comparisonXlsx } from './export.ts';
import { comparePage } from './views/compare.ts';
import { layout } from './views/layout.ts';
import { reportRows, reportsPage } from './views/list.ts';
import { reportPage } from './views/report.ts';

/** The front end's two files, read once: requests name them, they never name a path. */
const STATIC: Record<string, { body: string; type: string }> = {
  'app.js': { body: readFileSync(new URL('./public/app.js', import.meta.url), 'utf8'), type: 'text/javascript; charset=utf-8' },
  'style.css': { body: readFileSync(new URL('./public/style.css', import.meta.url), 'utf8'), type: 'text/css; charset=utf-8' },
};

const CSP = "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');

async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return { ok: false, response: c.json({ error: 'the body must be JSON' }, 400) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, response: c.json({ error: 'invalid body', issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, 400) };
  return { ok: true, data: parsed.data };
}

/** The reviewers' application: every route, on a context holding the store and the intake. */
export function createApp(ctx: ServerContext): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    if (!c.req.path.startsWith('/admin/queues')) c.header('Content-Security-Policy', CSP);
  });
  app.use('*', requireToken(ctx.token));
  app.onError((error, c) => {
    if (error instanceof StoreError && error.code === 'UNKNOWN_REPORT') return c.json({ error: 'unknown report' }, 404);
    process.stderr.write(`cchc serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error}\n`);
    return c.text('Internal Server Error', 500);
  });
  app.notFound((c) => c.text('Not Found', 404));

  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/static/:name', (c) => {
    const file = Object.hasOwn(STATIC, c.req.param('name')) ? STATIC[c.req.param('name')] : undefined;
    if (!file) return c.text('Not Found', 404);
    return c.body(file.body, 200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
  });

  const mb = Math.round(ctx.maxUploadBytes / 1024 / 1024);
  app.get('/', (c) => c.html(layout('Báo cáo', reportsPage(allReports(ctx), { maxUploadMb: mb, mode: ctx.intake.mode }), { queues: ctx.queues, active: 'reports' })));
  app.get('/fragments/reports', (c) => c.html(reportRows(allReports(ctx)).value));
  app.get('/api/reports', (c) => c.json(ctx.store.listReports().map(({ sha256, file, status, failure }) => ({ sha256, file, status, failure }))));

  app.post('/api/reports', bodyLimit({ maxSize: ctx.maxUploadBytes, onError: (c) => c.json({ error: `the file is larger than ${mb} MB` }, 413) }), async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/(pdf|octet-stream)\b/.test(type)) return c.json({ error: 'send the PDF as the body, Content-Type: application/pdf' }, 415);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0 || !isPdf(bytes)) return c.json({ error: 'not a PDF file' }, 415);
    let name = 'upload.pdf';
    try {
      name = decodeURIComponent(c.req.header('x-file-name') ?? name);
    } catch { /* a malformed name keeps the default */ }
    // Only the base name is kept (the store strips folders too); it is a label, never a path.
    name = name.replace(/^.*[\\/]/, '').replace(/[\u0000-\u001f]/g, '').slice(0, 200) || 'upload.pdf';
    const { report, created } = await ctx.intake.submit(name, bytes);
    return c.json({ sha256: report.sha256, file: report.file, status: report.status, created }, created ? 201 : 200);
  });

  const summaryOf = (c: Context) => {
    const sha = Sha256Param.safeParse(c.req.param('sha'));
    return sha.success ? ctx.store.getReport(sha.data) : null;
  };

  const hasCriterion = (sha256: string, id: string) => id === 'TOTAL' || (ctx.store.resultOf(sha256)?.criteria.some((x) => x.id === id) ?? false);

  app.get('/reports/:sha', (c) => {
    const summary = summaryOf(c);
    if (!summary) return c.text('Not Found', 404);
    const view = reportView(ctx, summary);
    return c.html(layout(view.result?.document.unit ?? summary.file, reportPage(view), { queues: ctx.queues }));
  });

  app.get('/reports/:sha/pages/:page', async (c) => {
    const summary = summaryOf(c);
    const page = PageParam.safeParse(c.req.param('page').replace(/\.png$/, ''));
    if (!summary || !page.success) return c.text('Not Found', 404);
    const png = await ctx.pages.get(summary.sha256, page.data);
    if (!png) return c.text('Not Found', 404);
    return c.body(new Uint8Array(png), 200, { 'Content-Type': 'image/png', 'Cache-Control': 'private, max-age=86400' });
  });

  app.post('/api/reports/:sha/decisions', async (c) => {
    const summary = summaryOf(c);
    if (!summary) return c.json({ error: 'unknown report' }, 404);
    const body = await jsonBody(c, DecisionBody);
    if (!body.ok) return body.response;
    return c.json(ctx.store.recordDecision({ sha256: summary.sha256, ...body.data }), 201);
  });

  app.post('/api/reports/:sha/corrections', async (c) => {
    const summary = summaryOf(c);
    if (!summary) return c.json({ error: 'unknown report' }, 404);
    const body = await jsonBody(c, CorrectionBody);
    if (!body.ok) return body.response;
    if (!hasCriterion(summary.sha256, body.data.criterionId)) return c.json({ error: `no criterion ${body.data.criterionId} in this report` }, 400);
    const review = ctx.reviews.record({ sha256: summary.sha256, kind: 'correct', ...body.data });
    const flags = reportView(ctx, summary).review?.flags ?? [];
    return c.json({ review, flags }, 201);
  });

  app.post('/api/reports/:sha/appraisals', async (c) => {
    const summary = summaryOf(c);
    if (!summary) return c.json({ error: 'unknown report' }, 404);
    const body = await jsonBody(c, AppraisalBody);
    if (!body.ok) return body.response;
    if (body.data.criterionId === 'TOTAL' || !hasCriterion(summary.sha256, body.data.criterionId)) return c.json({ error: `no criterion ${body.data.criterionId} in this report` }, 400);
    return c.json(ctx.reviews.record({ sha256: summary.sha256, kind: 'appraise', field: 'appraisedScore', ...body.data }), 201);
  });

  const comparison = (c: Context) => {
    const query = CompareQuery.safeParse(c.req.query());
    const q = query.success ? query.data : {};
    const views = allReports(ctx);
    return { q, views, cmp: compareYear(views, q.year) };
  };
  app.get('/compare', (c) => {
    const { q, views, cmp } = comparison(c);
    const id = q.criterion || null;
    const criterion = { id, ids: criterionIds(views, cmp.year), lines: id ? compareCriterion(views, cmp.year, id) : [] };
    return c.html(layout('So sánh các đơn vị', comparePage(cmp, criterion), { queues: ctx.queues, active: 'compare' }));
  });
  app.get('/compare.xlsx', async (c) => {
    const { views, cmp } = comparison(c);
    return c.body(new Uint8Array(await comparisonXlsx(cmp, views)), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="cchc-${cmp.year ?? 'all'}.xlsx"`,
    });
  });
  app.get('/compare.csv', (c) => {
    const { cmp } = comparison(c);
    return c.body(comparisonCsv(cmp), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="cchc-${cmp.year ?? 'all'}.csv"` });
  });
  return app;
}
