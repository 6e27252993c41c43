/**
 * A load hook for `cchc.js`, registered after tsx so that it runs first: the ES modules of
 * installed packages load as Node loads them, not through tsx. tsx rewrites every dynamic
 * `import()` of an ES module and inlines a source map of the whole file, which Node then parses:
 * for pdf.js's legacy build (pdf.mjs and its 2 MB worker module) about 2.5 s of CPU in every
 * process, against 0.3 s plain. Our TypeScript sources still go through tsx.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export async function load(url, context, nextLoad) {
  if (context.format === 'module' && url.startsWith('file:') && url.includes('/node_modules/')) {
    return { format: 'module', source: await readFile(fileURLToPath(url)), shortCircuit: true };
  }
  return nextLoad(url, context);
}
