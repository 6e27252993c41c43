import { existsSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PSM, Worker as TessWorker, WorkerParams } from 'tesseract.js';
import type { GrayImage } from '../image/index.ts';
import { OcrError } from './errors.ts';
import { type OcrMode, type OcrResult, toOcrResult, toPgm } from './result.ts';
import type { OcrEngine } from './index.ts';

/** Options of {@link createTesseractOcr}. */
export interface TesseractOcrOptions {
  /** Worker threads, one core each (a tesseract.js worker is single-threaded). Default: cores. */
  workers?: number;
  /** Replace a worker after this many calls, to bound the WASM heap. Default 1000. */
  recycleAfter?: number;
  /** A call taking longer fails with `OCR_TIMEOUT` and its worker is replaced. Default 60 s. */
  timeoutMs?: number;
  /** Starting a worker (loading ~10 MB of language data) may take this long. Default 60 s. */
  startTimeoutMs?: number;
  /** Folder holding `vie.traineddata.gz`. Default: the `@tesseract.js-data/vie` best_int model. */
  langPath?: string;
  /**
   * Folder holding a faster model (`vie.traineddata`, gzipped or not) for the calls that ask
   * for it; null: the `langPath` model reads those too. Default: Debian's tesseract-ocr-vie
   * (Tesseract's tessdata_fast) when it is installed.
   */
  fastLangPath?: string | null;
  /**
   * Start a worker of each model now, not at the first call, so that their language data loads
   * while the caller does other work (opening the PDF, preparing its first page). Default false.
   */
  warm?: boolean;
}

/** Tesseract page segmentation and character whitelist for each {@link OcrMode}. */
const MODE_PARAMS: Record<OcrMode, Partial<WorkerParams>> = {
  text: { tessedit_pageseg_mode: '6' as PSM, tessedit_char_whitelist: '' }, // PSM 6: one uniform block
  line: { tessedit_pageseg_mode: '7' as PSM, tessedit_char_whitelist: '' }, // PSM 7: one text line
  digits: { tessedit_pageseg_mode: '7' as PSM, tessedit_char_whitelist: '0123456789,.' },
  // PSM 8, no whitelist: the LSTM often returns nothing for a lone serif "1" under a digits
  // whitelist, but reads it as one word; callers keep only what fits the glyphs they see.
  word: { tessedit_pageseg_mode: '8' as PSM, tessedit_char_whitelist: '' },
};

type Model = 'best' | 'fast';

interface Slot {
  worker: TessWorker;
  jobs: number;
  mode?: OcrMode;
  /** Set while a job runs: fails it when the thread dies. */
  onDeath?: (err: unknown) => void;
}

/** The default language data: LSTM `best_int` Vietnamese, shipped in an npm package. */
export function defaultLangPath(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@tesseract.js-data/vie/package.json');
  return join(pkg, '..', '4.0.0_best_int');
}

/** Where Debian's tesseract-ocr-vie puts its model (tessdata_fast). */
const DEBIAN_TESSDATA = '/usr/share/tesseract-ocr/5/tessdata';

/** Debian's fast Vietnamese model's folder, or null when the package is not installed. */
export function defaultFastLangPath(): string | null {
  return existsSync(join(DEBIAN_TESSDATA, 'vie.traineddata')) ? DEBIAN_TESSDATA : null;
}

/**
 * An {@link OcrEngine} backed by a pool of tesseract.js workers (Vietnamese, OEM 1 = LSTM),
 * offline: the language data is read from disk. Workers start on first use, at most
 * `workers` of them; `close()` stops them, and a later call starts them again.
 */
export function createTesseractOcr(options: TesseractOcrOptions = {}): OcrEngine {
  const {
    workers = availableParallelism(),
    recycleAfter = 1000,
    timeoutMs = 60_000,
    startTimeoutMs = 60_000,
    langPath = defaultLangPath(),
    fastLangPath = defaultFastLangPath(),
    warm = false,
  } = options;
  const idle: Record<Model, Slot[]> = { best: [], fast: [] };
  const waiting: (() => void)[] = [];
  let running = 0;
  let generation = 0;

  async function acquire(): Promise<void> {
    if (running < workers) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }

  async function start(model: Model): Promise<Slot> {
    const path = model === 'fast' && fastLangPath !== null ? fastLangPath : langPath;
    // tesseract.js never settles createWorker when the language file is missing or bad
    // (https://github.com/naptha/tesseract.js/issues/1075): check the file, and time out.
    const gzip = existsSync(join(path, 'vie.traineddata.gz'));
    const file = join(path, gzip ? 'vie.traineddata.gz' : 'vie.traineddata');
    await access(file).catch((cause: unknown) => {
      throw new OcrError('OCR_INIT', `language data not found: ${file}`, { cause });
    });
    const { createWorker } = (await import('tesseract.js')).default;
    let lastError: unknown;
    const created = createWorker('vie', 1, {
      langPath: path,
      gzip,
      cacheMethod: 'none',
      // Without a handler tesseract.js rethrows a job's failure inside its message listener,
      // an uncaught exception that would end the process
      // (https://github.com/naptha/tesseract.js/issues/536).
      errorHandler: (err: unknown) => { lastError = err; },
    });
    const worker = await withTimeout(created, startTimeoutMs, () =>
      new OcrError('OCR_INIT', `tesseract worker did not start in ${startTimeoutMs} ms`, { cause: lastError }),
    );
    const slot: Slot = { worker, jobs: 0 };
    // The thread is a node:worker_threads Worker; an 'error' event with no listener would
    // crash the process, and 'exit' tells a pending job it will never be answered.
    const thread = (worker as unknown as { worker: NodeJS.EventEmitter }).worker;
    thread.on('error', (err: unknown) => slot.onDeath?.(err));
    thread.on('exit', (code: number) => slot.onDeath?.(new Error(`worker thread exited with ${code}`)));
    // PGM carries no resolution; without one Tesseract guesses and warns on every call. Like
    // every call to the thread, it may never be answered: it is timed too, and a worker that
    // does not answer is ended.
    await withTimeout(worker.setParameters({ user_defined_dpi: '300' }), startTimeoutMs, () =>
      new OcrError('OCR_INIT', `tesseract worker did not take its parameters in ${startTimeoutMs} ms`),
    ).catch(async (error: unknown) => {
      await retire(slot);
      throw error;
    });
    return slot;
  }

  // A worker that fails to start here is started again by the first call, which reports why.
  const warming = warm ? (['best', 'fast'] as const).map(async (model) => {
    const gen = generation;
    const slot = await start(model).catch(() => null);
    if (slot && gen === generation) idle[model].push(slot);
    else if (slot) await retire(slot);
  }) : [];

  async function job(slot: Slot, img: GrayImage, mode: OcrMode, words: boolean): Promise<OcrResult> {
    if (slot.mode !== mode) {
      await slot.worker.setParameters(MODE_PARAMS[mode]);
      slot.mode = mode;
    }
    const { data } = await slot.worker.recognize(toPgm(img), {}, { text: true, blocks: words });
    return toOcrResult(data);
  }

  async function recognize(img: GrayImage, opts: { mode: OcrMode; words?: boolean; fast?: boolean }): Promise<OcrResult> {
    await acquire();
    const gen = generation;
    const model: Model = opts.fast ? 'fast' : 'best';
    let slot: Slot | undefined;
    try {
      slot = idle[model].pop() ?? (await start(model));
      const s = slot;
      const died = new Promise<never>((_, reject) => {
        s.onDeath = (cause) => reject(new OcrError('OCR_CRASH', 'tesseract worker died', { cause }));
      });
      const result = await withTimeout(
        Promise.race([job(s, img, opts.mode, opts.words ?? true), died]).catch((cause: unknown) => {
          throw cause instanceof OcrError ? cause : new OcrError('OCR_CRASH', 'tesseract job failed', { cause });
        }),
        timeoutMs,
        () => new OcrError('OCR_TIMEOUT', `OCR took longer than ${timeoutMs} ms`),
      );
      s.onDeath = undefined;
      s.jobs++;
      if (s.jobs < recycleAfter && gen === generation) idle[model].push(s);
      else void retire(s);
      slot = undefined;
      return result;
    } finally {
      if (slot) void retire(slot); // failed: never reuse a worker in an unknown state
      release();
    }
  }

  async function retire(slot: Slot): Promise<void> {
    slot.onDeath = undefined;
    await slot.worker.terminate().catch(() => undefined); // already dead is fine
  }

  async function close(): Promise<void> {
    generation++; // workers busy now, or still starting, retire when their job ends
    await Promise.all(warming);
    await Promise.all([...idle.best.splice(0), ...idle.fast.splice(0)].map(retire));
  }

  return { recognize, close };
}

function withTimeout<T>(p: Promise<T>, ms: number, error: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(error()), ms);
    p.then(
      (v) => { clearTimeout(timer); resolve(v); },
      (e: unknown) => { clearTimeout(timer); reject(e); },
    );
  });
}
