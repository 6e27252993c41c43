import { Command } from 'commander';
import { registerBatch } from './batch.ts';
import { registerExtract } from './extract.ts';
import { registerReadHeader } from './read-header.ts';
import { registerRetry } from './retry.ts';
import { registerSchema } from './schema.ts';
import { registerServe } from './serve.ts';
import { registerWorker } from './worker.ts';

const program = new Command()
  .name('cchc')
  .description('Reads Vietnamese CCHC self-assessment reports (scanned PDFs or OCR transcripts) into checked score tables.')
  .showHelpAfterError();

registerExtract(program);
registerReadHeader(program);
registerSchema(program);
registerBatch(program);
registerRetry(program);
registerWorker(program);
registerServe(program);

await program.parseAsync(process.argv);
