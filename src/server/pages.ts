import { mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Store } from '../store/index.ts';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Page images for review, rendered from the stored PDF on first request and cached as PNG in
 * `cacheDir`. The cache file name is built from a checked sha256 and a page number only: no
 * part of a request path reaches the filesystem.
 */
export function pageImages(store: Store, cacheDir: string) {
  mkdirSync(cacheDir, { recursive: true });
  const inFlight = new Map<string, Promise<Buffer>>();

  async function render(pdf: Buffer, file: string, page: number): Promise<Buffer> {
    const [{ openPdf, closePdf, readPage, renderPage }, { deskew }, { default: sharp }] = await Promise.all([import('../pdf/index.ts'), import('../image/index.ts'), import('sharp')]);
    const doc = await openPdf(pdf, file);
    try {
      // Criteria boxes are given in the pixels of the page's own scan once straightened (as the
      // pipeline reads it), or of a text page drawn at 300 dpi.
      const source = await readPage(doc, page);
      const image = source.kind === 'image' ? (await deskew(source.image)).image : (await renderPage(doc, page)).image;
      return await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } }).png({ compressionLevel: 6 }).toBuffer();
    } finally {
      await closePdf(doc);
    }
  }

  return {
    /** The PNG of a page; null for an unknown report or a page it does not have. */
    async get(sha256: string, page: number): Promise<Buffer | null> {
      if (!SHA256.test(sha256) || !Number.isInteger(page) || page < 1) return null;
      const report = store.getReport(sha256);
      if (!report || report.pages === null || page > report.pages) return null;
      const path = join(cacheDir, `${sha256}-${page}.png`);
      const cached = await readFile(path).catch(() => null);
      if (cached) return cached;
      const key = `${sha256}-${page}`;
      let pending = inFlight.get(key);
      if (!pending) {
        pending = render(store.pdfOf(sha256)!, report.file, page).then(async (png) => {
          await writeFile(`${path}.tmp`, png);
          await rename(`${path}.tmp`, path);
          return png;
        }).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
  };
}
export type PageImages = ReturnType<typeof pageImages>;
