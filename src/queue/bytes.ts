import { Redis } from 'ioredis';
import { connectionOf, type QueueConfig } from './config.ts';

/**
 * PDF bytes in Redis, once per report, beside the queue's keys, with the documents attached to
 * it for the evidence check: workers share nothing but Redis, so the bytes travel there rather
 * than through a shared folder. The store keeps the
 * permanent copy and puts them back if Redis loses them.
 */
export interface PdfBytes {
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  /** Null when Redis no longer holds them (flushed or restarted without persistence). */
  get(sha256: string): Promise<Buffer | null>;
  /** The report's attached documents (`--evidence`), by file name, beside its PDF. */
  putEvidence(sha256: string, files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Promise<void>;
  /** One attached document; null when Redis no longer holds it. */
  getEvidence(sha256: string, name: string): Promise<Buffer | null>;
  /** Drops the PDF and its attached documents. */
  drop(sha256: string): Promise<void>;
  close(): Promise<void>;
}

export function pdfBytes(config: QueueConfig): PdfBytes {
  const { url, ...options } = connectionOf(config);
  const redis = new Redis(url, options);
  // Connection trouble surfaces in the calls (and BullMQ's own connections log it); without a
  // listener ioredis would print every reconnection attempt.
  redis.on('error', () => undefined);
  const key = (sha256: string) => `${config.prefix}:pdf:${sha256}`;
  const evidenceKey = (sha256: string) => `${config.prefix}:evidence:${sha256}`;
  return {
    async put(sha256, bytes) {
      await redis.set(key(sha256), Buffer.from(bytes));
    },
    get: (sha256) => redis.getBuffer(key(sha256)),
    async putEvidence(sha256, files) {
      await redis.del(evidenceKey(sha256));
      for (const f of files) await redis.hset(evidenceKey(sha256), f.name, Buffer.from(f.bytes));
    },
    getEvidence: (sha256, name) => redis.hgetBuffer(evidenceKey(sha256), name),
    async drop(sha256) {
      await redis.del(key(sha256), evidenceKey(sha256));
    },
    async close() {
      // QUIT would wait for a connection that may never come back.
      if (redis.status === 'ready') await redis.quit();
      else redis.disconnect();
    },
  };
}
