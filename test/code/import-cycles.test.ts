import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// No module in the SDK or the site imports itself round a circle, type imports and lazy imports
// included: a circle means two modules that cannot be read, tested or loaded one without the other.
const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return ['node_modules', 'dist'].includes(entry.name) ? [] : sources(path);
    return /\.(ts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every circle of relative imports among the files, each as the path round it. */
function importCycles(files: string[]): string[][] {
  const known = new Set(files);
  const resolveImport = (from: string, spec: string) =>
    [spec, spec.replace(/\.js$/, '.ts'), `${spec}.ts`, `${spec}/index.ts`]
      .map((s) => resolve(dirname(from), s))
      .find((path) => known.has(path));
  const graph = new Map(
    files.map((file) => [
      file,
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)]
        .map((m) => resolveImport(file, m[1]!))
        .filter((path): path is string => path !== undefined),
    ]),
  );
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file)!) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles.map((cycle) => cycle.map((file) => relative(root, file)));
}

describe('imports', () => {
  it('finds a circle when there is one, through a type import or a lazy one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const files = [
      write('a.ts', "import type { B } from './b.js';\nexport type A = B;\n"),
      write('b.ts', "export const load = () => import('./a');\nexport type B = string;\n"),
      write('c.ts', "import { load } from './b.js';\nexport const c = load;\n"),
    ];
    expect(importCycles(files).map((cycle) => cycle.map((f) => f.split('/').pop()))).toEqual([
      ['a.ts', 'b.ts', 'a.ts'],
    ]);
  });

  it('go round no circle in sdk/ or site/', () => {
    const files = [...sources(join(root, 'sdk')), ...sources(join(root, 'site'))];
    expect(files.length).toBeGreaterThan(100);
    expect(importCycles(files)).toEqual([]);
  });
});
