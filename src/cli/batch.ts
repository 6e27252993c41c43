import type { Command } from 'commander';
import type { QueueClient, Submission } from '../queue/index.ts';
import { resolveSchema } from '../schema/index.ts';
import type { Store } from '../store/index.ts';
import { progressDisplay, summaryTable } from './batch-view.ts';
import { exitOnInputError } from './errors.ts';

/** `schema` is false for `--no-schema`; `evidence` is a folder for `submit`, a switch for `ingest`. */
interface BatchOptions { data: string; wait?: boolean; quiet?: boolean; schema?: string | false; evidence?: string | boolean }

/** The queue and the store load on use: `cchc extract` never pays for BullMQ or SQLite. */
export async function open(dataDir: string): Promise<{ store: Store; client: QueueClient; queue: typeof import('../queue/index.ts') }> {
  const [queue, { openStore }] = await Promise.all([import('../queue/index.ts'), import('../store/index.ts')]);
  const config = queue.queueConfig();
  await queue.checkRedis(config);
  return { store: openStore(dataDir), client: queue.queueClient(config), queue };
}

/** Waits for a batch with a progress display, prints the summary, exits 2 when a report failed. */
export async function waitAndSummarise(store: Store, client: QueueClient, batch: string[], quiet: boolean): Promise<void> {
  const display = progressDisplay();
  const { waitForBatch } = await import('../queue/index.ts');
  const progress = await waitForBatch(store, client, batch, { onProgress: quiet ? undefined : display.update });
  if (!quiet) display.end();
  const reports = batch.map((sha) => store.getReport(sha)!);
  process.stdout.write(`${summaryTable(reports)}\n`);
  if (progress.requeued > 0) process.stderr.write(`${progress.requeued} reports were queued again from the store: Redis had lost them\n`);
  if (progress.reports.failed > 0) process.exitCode = 2;
}

function stateOf(s: Submission): string {
  if (s.created) return 'queued';
  const hint = s.report.status === 'failed' ? ': `cchc retry` reads it again' : '';
  const other = s.otherReading ? '; it was submitted with another schema or other attached documents, which stand' : '';
  return `already submitted (${s.report.status}${hint})${other}`;
}

/** `report.pdf` → `report/`: where `ingest --evidence` looks for a report's attached documents. */
export const evidenceFolderOf = (pdf: string) => pdf.replace(/\.pdf$/i, '');

async function run(paths: string[], options: BatchOptions): Promise<void> {
  const schema = options.schema === false ? null : options.schema ? resolveSchema(options.schema) : undefined;
  const { store, client, queue } = await open(options.data);
  try {
    const files = await queue.pdfFilesOf(paths);
    const { evidence } = options;
    const evidenceOf = typeof evidence === 'string' ? () => evidence : evidence ? evidenceFolderOf : undefined;
    if (typeof evidence === 'string' && files.length !== 1) {
      process.stderr.write(`cchc: --evidence ${evidence}: the folder holds one report's documents, so submit one PDF with it (${files.length} given)\n`);
      process.exitCode = 2;
      return;
    }
    const submissions = await queue.submitFiles(store, client, files, { schema, evidenceOf });
    if (!options.quiet) {
      for (const s of submissions) process.stderr.write(`${s.report.sha256.slice(0, 12)}  ${s.path}: ${stateOf(s)}\n`);
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
export async function batchCommand(body: () => Promise<void>): Promise<void> {
  try {
    await exitOnInputError(body);
  } catch (error) {
    // By name, not class: the queue module loads on use, so its class is not imported here.
    if (!(error instanceof Error && error.name === 'QueueError')) throw error;
    process.stderr.write(`cchc: ${error.message}\n`);
    process.exitCode = 1;
  }
}

export const dataOption = ['--data <dir>', 'the data directory holding the store (store.sqlite)', process.env.CCHC_DATA || 'data'] as const;

const schemaOption = ['--schema <id|file>', 'criteria schema to check against: a bundled id or a .json/.tsv file, read here and sent with the jobs (default: picked from each header)'] as const;
const noSchemaOption = ['--no-schema', 'check arithmetic only, against no criteria schema'] as const;

export function registerBatch(program: Command): void {
  program
    .command('submit')
    .description('Record PDF reports in the store and queue them for the workers (REDIS_URL). The job id is the file\'s sha256: a file submitted twice is processed once. With --wait, show progress, land the results in the store and print a summary; exit 2 when any report failed.')
    .argument('<pdf|dir...>', 'PDF files, or folders whose *.pdf files are submitted')
    .option(...dataOption)
    .option(...schemaOption)
    .option(...noSchemaOption)
    .option('--evidence <dir>', 'folder of the report\'s attached documents (PDFs, page images), checked as `extract --evidence` does; with one PDF only')
    .option('--wait', 'wait for the results, with a progress bar and a closing summary')
    .option('-q, --quiet', 'no per-file lines and no progress bar')
    .action((paths: string[], options: BatchOptions) => batchCommand(() => run(paths, options)));

  program
    .command('ingest')
    .description('Submit every *.pdf of a folder (a province\'s batch of reports) as one batch. With --wait, show progress (reports and pages done, failed, ETA), land results in the store, print the summary table; exit 2 when any report failed.')
    .argument('<dir>', 'the folder of PDF reports')
    .option(...dataOption)
    .option(...schemaOption)
    .option(...noSchemaOption)
    .option('--evidence', 'check each report\'s citations against its attached documents, in the folder beside it named as the report without .pdf (2018/bim-son.pdf → 2018/bim-son/); a report without that folder refuses the whole batch')
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
