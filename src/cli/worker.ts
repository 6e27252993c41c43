import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number ≥ 1');
  return n;
};

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Work on queued reports (REDIS_URL, default redis://127.0.0.1:6379) until stopped. Needs only Redis: run one per host, on as many hosts as you like. SIGTERM or Ctrl-C finishes the pages in hand and stops; a second one stops at once (exit 130) and those pages go back to the queue.')
    .option('--concurrency <n>', 'page jobs worked on at once (default: OCR threads + 1, so image work overlaps OCR)', positive)
    .option('--ocr-threads <n>', 'OCR threads (one core each; default: the cores of this host)', positive)
    .option('--page-deadline <seconds>', 'a page not read by then is abandoned and tried again, and this worker starts its OCR afresh (default 300; a page takes seconds)', positive)
    .action(async (options: { concurrency?: number; ocrThreads?: number; pageDeadline?: number }) => {
      const { checkRedis, queueConfig, safeUrl, startWorker } = await import('../queue/index.ts');
      const config = queueConfig();
      // A worker may start before Redis does: it says so, and BullMQ keeps trying to connect.
      await checkRedis(config).catch((error: Error) => process.stderr.write(`cchc worker: ${error.message}; retrying\n`));
      const ocrThreads = options.ocrThreads ?? availableParallelism();
      const concurrency = options.concurrency ?? ocrThreads + 1;
      const worker = startWorker(config, { concurrency, ocrThreads, pageDeadlineMs: options.pageDeadline && options.pageDeadline * 1000 });
      process.stderr.write(`cchc worker ${process.pid}: ${safeUrl(config.url)} prefix ${config.prefix}; ${concurrency} page jobs at once, ${ocrThreads} OCR threads; lock ${config.lockMs / 1000} s\n`);
      let stopping = false;
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          if (stopping) {
            // Stopping at once is safe: the claims on the pages in hand lapse and another
            // worker takes them. It also ends a worker whose Redis is gone, which cannot close.
            process.stderr.write(`cchc worker ${process.pid}: ${signal} again: stopping now; pages in hand go back to the queue\n`);
            process.exit(130);
          }
          stopping = true;
          process.stderr.write(`cchc worker ${process.pid}: ${signal}: finishing pages in hand (again to stop at once)\n`);
          void worker.close().then(resolve, resolve);
        };
        process.on('SIGTERM', () => stop('SIGTERM'));
        process.on('SIGINT', () => stop('SIGINT'));
      });
      process.stderr.write(`cchc worker ${process.pid}: stopped; longest event-loop stall ${Math.round(worker.maxStallMs())} ms (lock renewal every ${config.lockMs / 2000} s)\n`);
      process.exit(0);
    });
}
