import { fileURLToPath } from 'node:url';

/** The repository root, and `../shared` beside it (the read-only domain files, also beside CI's checkout). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SEED = `${ROOT}fixtures/seed/seed-report.txt`;
