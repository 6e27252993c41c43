import { closePdf, openPdf, type PdfDocument } from '../pdf/index.ts';
import type { PdfBytes } from './bytes.ts';

/**
 * Open PDFs a worker keeps between jobs: a report's pages usually reach the same worker one
 * after another, and opening a document per page would fetch and parse it every time.
 */
export interface DocumentCache {
  /** Runs `use` with the report's open document; the document stays open while any use runs. */
  with<T>(sha256: string, file: string, use: (doc: PdfDocument) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

interface Entry { doc: Promise<PdfDocument>; users: number; evicted: boolean }

/** Thrown when Redis no longer holds a report's bytes (they were flushed): the job is retried. */
export class MissingBytesError extends Error {
  override readonly name = 'MissingBytesError';
  readonly code = 'MISSING_BYTES';
}

export function documentCache(bytes: PdfBytes, keep = 2): DocumentCache {
  const entries = new Map<string, Entry>();
  const release = async (entry: Entry) => {
    if (entry.users === 0 && entry.evicted) await entry.doc.then(closePdf, () => undefined);
  };
  function open(sha256: string, file: string): Entry {
    let entry = entries.get(sha256);
    if (!entry) {
      const doc = bytes.get(sha256).then((pdf) => {
        if (!pdf) throw new MissingBytesError(`${file}: the PDF bytes are no longer in Redis`);
        return openPdf(pdf, file);
      });
      entry = { doc, users: 0, evicted: false };
      entries.set(sha256, entry);
      // A failed open is not cached: the next job tries again.
      doc.catch(() => { if (entries.get(sha256) === entry) entries.delete(sha256); });
      for (const [key, old] of entries) {
        if (entries.size <= keep) break;
        entries.delete(key);
        old.evicted = true;
        void release(old);
      }
    }
    return entry;
  }
  return {
    async with(sha256, file, use) {
      const entry = open(sha256, file);
      entry.users++;
      try {
        return await use(await entry.doc);
      } finally {
        entry.users--;
        await release(entry);
      }
    },
    async close() {
      for (const entry of entries.values()) entry.evicted = true;
      const all = [...entries.values()];
      entries.clear();
      await Promise.all(all.map(release));
    },
  };
}
