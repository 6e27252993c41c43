import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const STAGES = ['contract', 'text', 'pdf', 'image', 'ocr', 'table', 'report', 'references', 'schema', 'validate', 'header', 'evidence'];
const FORBIDDEN = /\b(bullmq|ioredis|better-sqlite3|queue|store|server)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('dependency direction', () => {
  it('keeps the stages free of the queue, the store and the web server', () => {
    const offenders = STAGES.flatMap((stage) => {
      const dir = join(ROOT, 'src', stage);
      try {
        statSync(dir);
      } catch {
        return [];
      }
      return sourceFiles(dir).flatMap((file) => importsOf(file).filter((spec) => FORBIDDEN.test(spec)).map((spec) => `${relative(ROOT, file)} → ${spec}`));
    });
    expect(offenders).toEqual([]);
  });

  it('has no import cycle between stages', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const from = relative(join(ROOT, 'src'), file).split('/')[0]!;
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const to = relative(join(ROOT, 'src'), resolve(dirname(file), spec)).split('/')[0]!;
        if (to !== from && !to.startsWith('..')) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (path.includes(node)) {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
