// The layers, as the import statements draw them: the loader (src/content) reads and validates and never
// needs a derivation (src/derive works on what the loader returns), and browser code (src/client) ships to
// phones, so nothing it pulls in may need Node. Each check follows relative imports, so a layer cannot
// reach what it must not through a module in between.
import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../src/fs/walk.ts';

const SOURCE = /\.(ts|mts|js|mjs)$/;

/** Every module specifier in the text: static import/export … from, side-effect imports, dynamic import(). */
function importSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const patterns = [/\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1]!));
}

const toSlash = (path: string) => path.split(sep).join('/');

/** Each module reached from `start` by relative imports (start included), with the specifiers it imports. */
function reachable(start: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const specifiers = importSpecifiers(readFileSync(file, 'utf8'));
    seen.set(file, specifiers);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.') && SOURCE.test(specifier)) queue.push(toSlash(normalize(join(dirname(file), specifier))));
    }
  }
  return seen;
}

const filesIn = (dir: string) => listFiles(dir).filter((path) => SOURCE.test(path)).map((path) => `${dir}/${path}`);

describe('importSpecifiers', () => {
  test('finds static, type-only, re-export, side-effect and dynamic imports, not commented ones', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../derive/b.ts';",
      'import {\n  c,\n  d,\n} from "node:fs";',
      "export * from './e.ts';",
      "import './f.ts';",
      "const g = await import('./g.ts');",
      "// import { h } from './h.ts';",
      "/* import { i } from './i.ts'; */",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a.ts', '../derive/b.ts', 'node:fs', './e.ts', './f.ts', './g.ts']);
  });
});

describe('layers', () => {
  test('src/content never imports from src/derive, directly or through another module', () => {
    const modules = reachable(filesIn('src/content'));
    expect(modules.size).toBeGreaterThan(10);
    expect([...modules.keys()].filter((file) => file.startsWith('src/derive/'))).toEqual([]);
  });

  test('nothing src/client pulls in imports a Node built-in (node:fs, fs, …)', () => {
    const modules = reachable(filesIn('src/client'));
    expect(modules.size).toBeGreaterThan(5);
    const nodeImports = [...modules].flatMap(([file, specifiers]) => specifiers.filter((s) => isBuiltin(s)).map((s) => `${file}: ${s}`));
    expect(nodeImports).toEqual([]);
  });
});
