import type { Command } from 'commander';
import type { QueueClient } from '../queue/index.ts';
import type { Store } from '../store/index.ts';
import { progressDisplay, summaryTable } from './batch-view.ts';
import { exitOnInputError } from './errors.ts';

interface BatchOptions { data: string; wait?: boolean; quiet?: boolean }

/** The queue and the store load on use: `cchc extract` never pays for BullMQ or SQLite. */
async function open(dataDir: string): Promise<{ store: Store; client: QueueClient; queue: typeof import('../queue/index.ts') }> {
  const [queue, { openStore }] = await Promise.all([import('../queue/index.ts'), import('../store/index.ts')]);
  const config = queue.queueConfig();
  await queue.checkRedis(config);
  return { store: openStore(dataDir), client: queue.queueClient(config), queue };
}

/** Waits for a batch with a progress display, prints the summary, exits 2 when a report failed. */
async function waitAndSummarise(store: Store, client: QueueClient, batch: string[], quiet: boolean): Promise<void> {
  const display = progressDisplay();
  const { waitForBatch } = await import('../queue/index.ts');
  const progress = await waitForBatch(store, client, batch, { onProgress: quiet ? undefined : display.update });
  if (!quiet) display.end();
  const reports = batch.map((sha) => store.getReport(sha)!);
  process.stdout.write(`${summaryTable(reports)}\n`);
  if (progress.requeued > 0) process.stderr.write(`${progress.requeued} reports were queued again from the store: Redis had lost them\n`);
  if (progress.reports.failed > 0) process.exitCode = 2;
}

async function run(paths: string[], options: BatchOptions): Promise<void> {
  const { store, client, queue } = await open(options.data);
  try {
    const files = await queue.pdfFilesOf(paths);
    const submissions = await queue.submitFiles(store, client, files);
    if (!options.quiet) {
      for (const s of submissions) {
        const state = s.created ? 'queued' : `already submitted (${s.report.status})`;
        process.stderr.write(`${s.report.sha256.slice(0, 12)}  ${s.path}: ${state}\n`);
      }
    }
    const batch = [...new Set(submissions.map((s) => s.report.sha256))];
    if (options.wait) await waitAndSummarise(store, client, batch, options.quiet ?? false);
  } finally {
    await client.close();
    store.close();
  }
}

/**
 * Runs a batch command: an input error exits 2 (exitOnInputError), and Redis out of reach
 * exits 1 with one line naming the address, instead of hanging on BullMQ's retries.
 */
async function batchCommand(body: () => Promise<void>): Promise<void> {
  try {
    await exitOnInputError(body);
  } catch (error) {
    // By name, not class: the queue module loads on use, so its class is not imported here.
    if (!(error instanceof Error && error.name === 'QueueError')) throw error;
    process.stderr.write(`cchc: ${error.message}\n`);
    process.exitCode = 1;
  }
}

const dataOption = ['--data <dir>', 'the data directory holding the store (store.sqlite)', process.env.CCHC_DATA || 'data'] as const;

export function registerBatch(program: Command): void {
  program
    .command('submit')
    .description('Record PDF reports in the store and queue them for the workers (REDIS_URL). The job id is the file\'s sha256: a file submitted twice is processed once. With --wait, show progress, land the results in the store and print a summary; exit 2 when any report failed.')
    .argument('<pdf|dir...>', 'PDF files, or folders whose *.pdf files are submitted')
    .option(...dataOption)
    .option('--wait', 'wait for the results, with a progress bar and a closing summary')
    .option('-q, --quiet', 'no per-file lines and no progress bar')
    .action((paths: string[], options: BatchOptions) => batchCommand(() => run(paths, options)));

  program
    .command('ingest')
    .description('Submit every *.pdf of a folder (a province\'s batch of reports) as one batch. With --wait, show progress (reports and pages done, failed, ETA), land results in the store, print the summary table; exit 2 when any report failed.')
    .argument('<dir>', 'the folder of PDF reports')
    .option(...dataOption)
    .option('--wait', 'wait for the whole batch')
    .option('-q, --quiet', 'no per-file lines and no progress bar')
    .action((dir: string, options: BatchOptions) => batchCommand(() => run([dir], options)));

  program
    .command('collect')
    .description('Wait for every report still pending in the store (submitted without --wait), landing results as they come; re-queues any report Redis lost. Exit 2 when any of them failed.')
    .option(...dataOption)
    .option('-q, --quiet', 'no progress bar')
    .action((options: BatchOptions) => batchCommand(async () => {
      const { store, client } = await open(options.data);
      try {
        await waitAndSummarise(store, client, store.pending().map((r) => r.sha256), options.quiet ?? false);
      } finally {
        await client.close();
        store.close();
      }
    }));
}
