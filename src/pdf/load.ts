/** Loads pdf.js on first use and says where its offline data files are. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * The pdf.js legacy build (the one meant for Node), imported once, on the first call.
 *
 * The legacy build bundles core-js, which replaces `Array.prototype.push`, `JSON.parse` and
 * `JSON.stringify` for the whole process with much slower JavaScript versions (it wrongly
 * detects a V8 bug in Node 20): the `push` calls of the image stage alone then cost about 60 ms
 * per 300 dpi page. The native functions are put back once pdf.js has loaded.
 */
export function loadPdfJs(): Promise<PdfJs> {
  if (!loading) {
    const { push } = Array.prototype;
    const { parse, stringify } = JSON;
    loading = import('pdfjs-dist/legacy/build/pdf.mjs').finally(() => {
      Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
      Object.assign(JSON, { parse, stringify });
    });
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
