/** Loads pdf.js on first use and says where its offline data files are. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** pdf.js's worker code (pdfjs-dist ships no types for it: named by a variable, it is `any`). */
const WORKER: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let loading: Promise<PdfJs> | undefined;

/**
 * The pdf.js legacy build (the one meant for Node), imported once, on the first call, with its
 * worker code: in Node pdf.js runs its "worker" on this thread, from `globalThis.pdfjsWorker`.
 *
 * Both modules bundle core-js, which replaces `Array.prototype.push`, `JSON.parse` and
 * `JSON.stringify` for the whole process with much slower JavaScript versions (it wrongly
 * detects a V8 bug in Node 20): a push then costs about 25 times as long, in pdf.js's image
 * decoding and in every loop of ours. The native functions are put back once both have loaded;
 * the worker is loaded here rather than by pdf.js on the first document, which would replace
 * them again.
 */
export function loadPdfJs(): Promise<PdfJs> {
  if (!loading) {
    const { push } = Array.prototype;
    const { parse, stringify } = JSON;
    const restore = () => {
      Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
      Object.assign(JSON, { parse, stringify });
    };
    loading = (async () => {
      try {
        const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
        const global = globalThis as { pdfjsWorker?: unknown };
        global.pdfjsWorker ??= await import(WORKER);
        return pdfjs;
      } finally {
        restore();
      }
    })();
  }
  return loading;
}

/**
 * Directories of the CMaps, standard fonts and wasm decoders (JPX, JBIG2) inside the installed
 * pdfjs-dist. In Node pdf.js reads these with fs, so they are paths, each ending in a slash.
 */
export function pdfJsDataDirs(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const dir = (name: string): string => join(root, name) + '/';
  return { cMapUrl: dir('cmaps'), standardFontDataUrl: dir('standard_fonts'), wasmUrl: dir('wasm') };
}
