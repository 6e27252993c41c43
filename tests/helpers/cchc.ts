import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

const BIN = join(ROOT, 'bin/cchc.js');

/** A `cchc` process of a test: its output so far (stdout and stderr together) and its exit. */
export interface Proc { child: ChildProcess; out: () => string; exited: Promise<number | null> }

/** Starts `cchc <args>` niced, in the repository, with `env` over the test's own environment. */
export function run(args: string[], env: NodeJS.ProcessEnv): Proc {
  const child = spawn('nice', ['-n', '10', 'node', BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (b: Buffer) => { text += b.toString(); });
  child.stderr!.on('data', (b: Buffer) => { text += b.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, out: () => text, exited };
}
