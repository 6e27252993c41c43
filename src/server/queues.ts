import type { Hono } from 'hono';
import type { QueueConfig } from '../queue/index.ts';

/** What reviewers may do on the queue board: look, and retry one failed job. */
const ALLOWED_WRITE = /^\/admin\/queues\/api\/queues\/[^/]+\/[^/]+\/retry$/;

/**
 * Mounts bull-board at /admin/queues on the report and page queues. Writes other than retrying
 * a single job (clean, pause, remove, add, obliterate...) are refused with 403.
 * @returns a function that closes the board's queue connections
 */
export async function mountQueueBoard(app: Hono, config: QueueConfig): Promise<() => Promise<void>> {
  const [{ Queue }, { createBullBoard }, { BullMQAdapter }, { HonoAdapter }, { serveStatic }, { REPORTS_QUEUE, PAGES_QUEUE }] = await Promise.all([
    import('bullmq'), import('@bull-board/api'), import('@bull-board/api/bullMQAdapter'), import('@bull-board/hono'),
    import('@hono/node-server/serve-static'), import('../queue/index.ts'),
  ]);
  const queues = [REPORTS_QUEUE, PAGES_QUEUE].map((name) => new Queue(name, { connection: { url: config.url, maxRetriesPerRequest: null }, prefix: config.prefix }));
  const adapter = new HonoAdapter(serveStatic).setBasePath('/admin/queues');
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q, { allowRetries: true, description: `Redis prefix ${config.prefix}` })),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'CCHC · hàng đợi' } },
  });
  app.use('/admin/queues/api/*', async (c, next) => {
    if (c.req.method === 'GET' || (c.req.method === 'PUT' && ALLOWED_WRITE.test(c.req.path))) return next();
    return c.json({ error: 'the queue board is read-only: only a failed job can be retried' }, 403);
  });
  app.route('/admin/queues', adapter.registerPlugin());
  return async () => {
    await Promise.all(queues.map((q) => q.close()));
  };
}
