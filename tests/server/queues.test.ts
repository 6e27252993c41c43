import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueClient, queueConfig, type QueueClient } from '../../src/queue/index.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { startRedis, type TestRedis } from '../helpers/redis.ts';

let redis: TestRedis;
let server: RunningServer;
let client: QueueClient;
const dir = mkdtempSync(join(tmpdir(), 'cchc-serve-queue-'));

beforeAll(async () => {
  redis = await startRedis();
  const config = queueConfig({ REDIS_URL: redis.url, CCHC_QUEUE_PREFIX: 'serve' });
  server = await startServer({ data: join(dir, 'data'), port: 0, queue: config });
  client = queueClient(config);
});
afterAll(async () => {
  await client.close();
  await server.close();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('cchc serve with Redis', () => {
  it('queues an upload (job id = sha256) instead of reading it in process', async () => {
    const response = await fetch(`${server.url}/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/pdf', 'X-File-Name': 'q.pdf' }, body: '%PDF-1.4 queued upload' });
    expect(response.status).toBe(201);
    const { sha256, status } = await response.json() as { sha256: string; status: string };
    expect(status).toBe('queued');
    expect(await (await client.reportJob(sha256))?.getState()).toBe('waiting');
  });

  it('shows the queues at /admin/queues, read-only but for retrying a failed job', async () => {
    const page = await fetch(`${server.url}/admin/queues`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const api = await fetch(`${server.url}/admin/queues/api/queues?activeQueue=reports&status=waiting&page=1`);
    expect(api.status).toBe(200);
    const body = await api.json() as { queues: { name: string; counts: Record<string, number> }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['pages', 'reports']);
    expect(body.queues.find((q) => q.name === 'reports')!.counts.waiting).toBe(1);
    for (const [method, path] of [['PUT', 'reports/clean/waiting'], ['PUT', 'reports/pause'], ['PUT', 'reports/empty'], ['POST', 'reports/add'], ['PUT', 'reports/retry/failed']] as const) {
      expect((await fetch(`${server.url}/admin/queues/api/queues/${path}`, { method })).status, path).toBe(403);
    }
    // Retrying one job is let through to bull-board (which answers for a job it cannot find).
    expect((await fetch(`${server.url}/admin/queues/api/queues/reports/nope/retry`, { method: 'PUT' })).status).not.toBe(403);
  });
});
