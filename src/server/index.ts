/**
 * The reviewers' web application (`cchc serve`): reports and their flags beside the page image,
 * corrections and appraised scores on the store, districts side by side, Excel export.
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { QueueConfig } from '../queue/index.ts';
import type { CriteriaSchema } from '../schema/index.ts';
import { openReviews, openStore } from '../store/index.ts';
import { createApp } from './app.ts';
import type { ServerContext } from './context.ts';
import { inProcessIntake, queueIntake } from './intake.ts';
import { pageImages } from './pages.ts';
import { mountQueueBoard } from './queues.ts';

export { createApp } from './app.ts';
export { reviewResult, revalidate, flagKey, type ReviewedReport, type ReviewedCriterion, type ReviewedFlag } from './review.ts';
export { compareYear, compareCriterion } from './compare.ts';

/** Options of {@link startServer}. */
export interface ServeOptions {
  /** The data directory: the store, and the page image cache beside it. */
  data: string;
  port?: number;
  /** Default 127.0.0.1: only this machine can connect unless told otherwise. */
  host?: string;
  /** Uploads go to this queue (workers read them); without it they are read in this process. */
  queue?: QueueConfig;
  /** Check uploads read in this process against this schema (default: the one the header picks). */
  schema?: CriteriaSchema;
  /** Required on every request when set (REVIEW_TOKEN). */
  token?: string | null;
  /** Largest accepted upload; default 50 MB. */
  maxUploadBytes?: number;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const store = openStore(options.data);
  const reviews = openReviews(store);
  const intake = options.queue
    ? await queueIntake(store, options.queue)
    : inProcessIntake(store, { schema: options.schema, log: options.log });
  const ctx: ServerContext = {
    store, reviews, intake,
    pages: pageImages(store, join(options.data, 'page-cache')),
    schemas: options.schema ? [options.schema] : [],
    token: options.token || null,
    maxUploadBytes: options.maxUploadBytes ?? 50 * 1024 * 1024,
    queues: options.queue !== undefined,
  };
  const app = createApp(ctx);
  const closeBoard = options.queue ? await mountQueueBoard(app, options.queue) : async () => {};
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await intake.close();
      await closeBoard();
      reviews.close();
      store.close();
    },
  };
}
