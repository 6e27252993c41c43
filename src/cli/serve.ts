import { InvalidArgumentError, type Command } from 'commander';

const port = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port number 0–65535');
  return n;
};

interface ServeCliOptions { port: number; host: string; data: string; queue?: boolean; schema?: string; maxUploadMb: number }

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('The reviewers\' web application on the store: reports with their flags beside the page image, confirm / dismiss / correct, appraised scores, districts side by side, Excel and CSV export. Uploads are read in this process, or go to the queue when REDIS_URL is set (or --queue; run `cchc worker` too), with the queues at /admin/queues. Listens on 127.0.0.1 unless --host says otherwise; REVIEW_TOKEN, when set, is required on every request.')
    .option('--port <n>', 'the port to listen on', port, 8080)
    .option('--host <address>', 'the address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--data <dir>', 'the data directory holding the store (store.sqlite)', process.env.CCHC_DATA || 'data')
    .option('--queue', 'send uploads to the BullMQ queue (REDIS_URL, default redis://127.0.0.1:6379) even when REDIS_URL is not set')
    .option('--schema <id|file>', 'check uploads read in this process against this criteria schema')
    .option('--max-upload-mb <n>', 'the largest accepted upload, in MB', port, 50)
    .action(async (options: ServeCliOptions) => {
      const [{ startServer }, { queueConfig }, { resolveSchema }, { exitOnInputError }] = await Promise.all([
        import('../server/index.ts'), import('../queue/index.ts'), import('../schema/index.ts'), import('./errors.ts'),
      ]);
      await exitOnInputError(async () => {
        const useQueue = options.queue || Boolean(process.env.REDIS_URL);
        let server;
        try {
          server = await startServer({
            data: options.data, port: options.port, host: options.host,
            queue: useQueue ? queueConfig() : undefined,
            schema: options.schema ? resolveSchema(options.schema) : undefined,
            token: process.env.REVIEW_TOKEN || null,
            maxUploadBytes: options.maxUploadMb * 1024 * 1024,
          });
        } catch (error) {
          if (!(error instanceof Error && error.name === 'QueueError')) throw error;
          process.stderr.write(`cchc: ${error.message}\n`);
          process.exitCode = 1;
          return;
        }
        process.stderr.write(`cchc serve: ${server.url} (data ${options.data}; uploads ${useQueue ? 'to the queue' : 'read in this process'}${process.env.REVIEW_TOKEN ? '; REVIEW_TOKEN required' : ''})\n`);
        const stop = () => void server.close().then(() => process.exit(0));
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
    });
}
