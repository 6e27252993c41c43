/** Small generated scanned reports (3 pages each, 150 dpi) for queue tests and the batch benchmark. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport } from '../../fixtures/generator/index.ts';
import { resolveSchema } from '../../src/schema/index.ts';

/**
 * Writes `count` reports to `dir` as `report-<seed>.pdf`, from consecutive seeds; sections 6
 * and 3 alternate (the second's last page does not repeat the table header). Returns the paths.
 */
export async function writeSmallReports(dir: string, count: number, firstSeed: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const base = resolveSchema('thanh-hoa-2018-huyen');
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = firstSeed + i;
    const { pdf } = await generateReport(base, { seed, sections: i % 2 === 0 ? ['6'] : ['3'], dpi: 150, orientation: 'portrait' });
    const path = join(dir, `report-${seed}.pdf`);
    writeFileSync(path, pdf);
    paths.push(path);
  }
  return paths;
}
