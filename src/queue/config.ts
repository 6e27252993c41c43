import { z } from 'zod';

/** Where the queue lives and how its locks behave; every process of a batch must agree on it. */
export const QueueConfig = z.object({
  /** Redis, e.g. redis://host:6379 (REDIS_URL). */
  url: z.string().url(),
  /** The prefix of every BullMQ key, so several deployments can share one Redis (CCHC_QUEUE_PREFIX). */
  prefix: z.string().min(1).regex(/^[^:{}]+$/),
  /**
   * How long a worker's claim on a job lasts without renewal; a killed worker's page goes back to
   * the queue after at most this plus `stalledMs` (CCHC_LOCK_MS).
   */
  lockMs: z.number().int().min(1000),
  /** How often workers look for jobs whose claim lapsed (CCHC_STALLED_MS). */
  stalledMs: z.number().int().min(500),
});
export type QueueConfig = z.infer<typeof QueueConfig>;

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** The queue settings from the environment, with defaults. */
export function queueConfig(env: NodeJS.ProcessEnv = process.env): QueueConfig {
  return QueueConfig.parse({
    url: env.REDIS_URL || DEFAULT_REDIS_URL,
    prefix: env.CCHC_QUEUE_PREFIX || 'cchc',
    lockMs: Number(env.CCHC_LOCK_MS || 30_000),
    stalledMs: Number(env.CCHC_STALLED_MS || 15_000),
  });
}

/** Options for every BullMQ and ioredis connection: BullMQ's blocking calls need unlimited retries. */
export const connectionOf = (config: QueueConfig) => ({ url: config.url, maxRetriesPerRequest: null });
