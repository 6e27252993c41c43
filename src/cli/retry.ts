import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { ReportError } from '../report/index.ts';
import type { ReportSummary, Store } from '../store/index.ts';
import { batchCommand, dataOption, open, waitAndSummarise } from './batch.ts';

interface RetryOptions { data: string; inputErrors?: boolean; wait?: boolean; quiet?: boolean }

/** A report named on the command line: a PDF file (by its bytes), or its sha256 or a unique prefix of it (8 or more hex digits). */
async function reportNamed(store: Store, name: string): Promise<ReportSummary> {
  const isFile = await stat(name).then((s) => s.isFile(), () => false);
  if (isFile) {
    const sha256 = createHash('sha256').update(await readFile(name)).digest('hex');
    const report = store.getReport(sha256);
    if (!report) throw new ReportError('NOT_FOUND', name, 'never submitted: not in the store');
    return report;
  }
  if (!/^[0-9a-f]{8,64}$/.test(name)) throw new ReportError('NOT_FOUND', name, 'neither a file nor a report\'s sha256');
  const matches = store.listReports().filter((r) => r.sha256.startsWith(name));
  if (matches.length !== 1) throw new ReportError('NOT_FOUND', name, matches.length ? `${matches.length} reports have a sha256 starting so` : 'no report in the store has this sha256');
  return matches[0]!;
}

export function registerRetry(program: Command): void {
  program
    .command('retry')
    .description('Queue failed reports again, each read as first submitted (schema, attached documents). With no report named: every report whose work failed (a crash, a timeout, attempts used up), not those refused as unreadable input (corrupt, encrypted, no table: the same bytes fail the same way) unless --input-errors. A report named is retried whatever its failure; one that is not failed is left alone. With --wait, as `submit --wait`.')
    .argument('[report...]', 'reports to retry: PDF files, or their sha256 (a prefix of 8 or more digits will do)')
    .option(...dataOption)
    .option('--input-errors', 'with no report named, retry those refused as unreadable input too (after an upgrade of cchc, say)')
    .option('--wait', 'wait for the results, with a progress bar and a closing summary')
    .option('-q, --quiet', 'no per-report lines and no progress bar')
    .action((names: string[], options: RetryOptions) => batchCommand(async () => {
      const { store, client, queue } = await open(options.data);
      try {
        const say = (line: string) => { if (!options.quiet) process.stderr.write(`${line}\n`); };
        let chosen: ReportSummary[];
        if (names.length > 0) {
          chosen = [];
          for (const name of names) {
            const report = await reportNamed(store, name);
            if (report.status === 'failed') chosen.push(report);
            else say(`${report.sha256.slice(0, 12)}  ${report.file}: ${report.status}, not failed: left alone`);
          }
        } else {
          const failed = store.listReports({ status: 'failed' });
          chosen = options.inputErrors ? failed : failed.filter((r) => !queue.failedOnInput(r));
          const refused = failed.length - chosen.length;
          if (refused > 0) say(`${refused} reports refused as unreadable input are left alone (--input-errors retries them too)`);
        }
        const failures = new Map(chosen.map((r) => [r.sha256, r.failure]));
        const retried = await queue.retryReports(store, client, [...new Set(chosen.map((r) => r.sha256))]);
        for (const r of retried) say(`${r.sha256.slice(0, 12)}  ${r.file}: queued again (it had failed: ${failures.get(r.sha256)?.code})`);
        if (retried.length === 0) say('no failed report to retry');
        if (options.wait && retried.length > 0) await waitAndSummarise(store, client, retried.map((r) => r.sha256), options.quiet ?? false);
      } finally {
        await client.close();
        store.close();
      }
    }));
}
