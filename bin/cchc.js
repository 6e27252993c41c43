#!/usr/bin/env node
// Runs the CLI from dist/cchc.mjs, the sources bundled by `npm run build` (which `npm ci` runs),
// when it is newer than every source file; else the TypeScript sources themselves, through tsx.
// Both give the same results: the bundle only spares each run tsx's loading work (its compiler
// thread, a source map of every module kept in memory): about 2 s of CPU on a 20-page report.
import { readdirSync, statSync } from 'node:fs';
import { register as registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time of the files under `dir`. */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs);
  }
  return time;
}

const bundle = `${root}dist/cchc.mjs`;
const built = (() => {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return 0;
  }
})();
if (built > Math.max(newest(`${root}src`), newest(`${root}pipelines`))) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  // After tsx, so it runs first: installed packages load as plain Node loads them (load-packages.mjs).
  registerHooks('./load-packages.mjs', import.meta.url);
  await import('../src/cli/main.ts');
}
