/** Loads the shared real sample documents (`../shared/samples/real`), once per test process. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './paths.ts';

/** The folder of real scanned and born-digital documents. */
export const REAL_SAMPLES_DIR = join(SHARED, 'samples', 'real');

const cache = new Map<string, Buffer>();

/** The bytes of a file in `samples/real`, read once and shared (do not mutate). */
export function realSample(name: string): Buffer {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = readFileSync(join(REAL_SAMPLES_DIR, name));
    cache.set(name, bytes);
  }
  return bytes;
}

/** Names of the real samples with the given extension ('.pdf', '.jpg'), sorted. */
export function realSampleNames(extension: string): string[] {
  return readdirSync(REAL_SAMPLES_DIR)
    .filter((name) => name.toLowerCase().endsWith(extension))
    .sort();
}
