import type { BatchProgress } from '../queue/index.ts';
import type { ReportSummary } from '../store/index.ts';

const duration = (seconds: number) => {
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

/**
 * One line about a batch: reports and pages done and failed, the page rate since the start,
 * and the time left at that rate (pages of reports not yet opened are estimated from the others).
 */
export function progressLine(progress: BatchProgress, elapsedMs: number, width = 24): string {
  const { reports, pages } = progress;
  const finished = reports.done + reports.failed;
  const unopened = Math.max(0, reports.total - reports.failed - pages.reports);
  const estimated = pages.total + (pages.reports ? Math.round((pages.total / pages.reports) * unopened) : 0);
  const share = reports.total === 0 ? 1 : finished / reports.total;
  const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '-');
  const perMinute = elapsedMs > 0 ? (pages.done / elapsedMs) * 60_000 : 0;
  const left = estimated - pages.done;
  const eta = finished === reports.total ? 'done' : perMinute > 0 ? `ETA ${duration((left / perMinute) * 60)}` : 'ETA ?';
  return `[${bar}] reports ${finished}/${reports.total} (${reports.done} done, ${reports.failed} failed) · pages ${pages.done}/${estimated || '?'} · ${perMinute.toFixed(1)} pages/min · ${eta}${progress.requeued ? ` · ${progress.requeued} re-queued` : ''}`;
}

/** A progress display: redrawn in place on a terminal, a line every few seconds otherwise. */
export function progressDisplay(stream: NodeJS.WriteStream = process.stderr): { update(p: BatchProgress): void; end(): void } {
  const started = Date.now();
  let lastLine = '';
  let lastPrinted = 0;
  return {
    update(progress) {
      const line = progressLine(progress, Date.now() - started);
      if (stream.isTTY) {
        if (line !== lastLine) stream.write(`\r${line.padEnd(lastLine.length)}`);
      } else if (line !== lastLine && Date.now() - lastPrinted > 5000) {
        stream.write(`${line}\n`);
        lastPrinted = Date.now();
      }
      lastLine = line;
    },
    end() {
      stream.write(stream.isTTY ? '\n' : `${lastLine}\n`);
    },
  };
}

const number = (value: number | null) => (value === null ? '–' : String(value).replace('.', ','));

/** The closing table of a batch: one row per report, failures with their reason. */
export function summaryTable(reports: ReportSummary[]): string {
  const header = ['file', 'unit', 'number', 'pages', 'self total', 'errors', 'warnings', 'info', 'status'];
  const rows = reports.map((r) => [
    r.file, r.unit ?? '–', r.number ?? '–', number(r.pages), number(r.selfTotal),
    ...(r.status === 'done' ? [String(r.flags.error), String(r.flags.warning), String(r.flags.info)] : ['–', '–', '–']),
    r.status === 'failed' ? `failed (${r.failure?.code ?? '?'})` : r.status,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]! + c.length - [...c].length)).join('  ').trimEnd();
  const failures = reports.filter((r) => r.status === 'failed').map((r) => `failed: ${r.failure?.reason ?? r.file}`);
  const done = reports.filter((r) => r.status === 'done').length;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', ...failures,
    `${reports.length} reports: ${done} done, ${failures.length} failed, ${reports.length - done - failures.length} pending`].join('\n');
}
