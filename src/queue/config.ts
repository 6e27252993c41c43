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

/** Redis did not answer: the queue cannot be used from here. */
export class QueueError extends Error {
  override readonly name = 'QueueError';
  constructor(
    readonly code: 'REDIS_UNREACHABLE',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The Redis address without its password, for messages and logs. */
export const safeUrl = (url: string) => url.replace(/\/\/([^@/]*)@/, '//***@');

/**
 * Checks that Redis answers, within `timeoutMs`. BullMQ's own connections retry forever (they
 * must, to survive a Redis restart), so a command that submits would otherwise hang silently.
 */
export async function checkRedis(config: QueueConfig, timeoutMs = 5000): Promise<void> {
  const { Redis } = await import('ioredis');
  const probe = new Redis(config.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: timeoutMs });
  // The 'error' event carries the reason (ECONNREFUSED); the rejected call only says "closed".
  let reason: Error | undefined;
  probe.on('error', (error: Error) => { reason ??= error; });
  try {
    await probe.connect();
    await probe.ping();
  } catch (cause) {
    throw new QueueError('REDIS_UNREACHABLE', `cannot reach Redis at ${safeUrl(config.url)} (REDIS_URL): ${(reason ?? (cause as Error)).message}`, { cause: reason ?? cause });
  } finally {
    probe.disconnect();
  }
}
