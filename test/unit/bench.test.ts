// The benchmark's own parts (npm run bench is never part of npm test): its synthetic datasets are
// deterministic and valid for the real loader, and its measurements and tables read as intended.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/content/load.ts';
import { problemLine } from '../../src/content/report-problems.ts';
import { walkEntries } from '../../src/fs/walk.ts';
import { parseGnuTime } from '../../bench/measure.ts';
import { spliceResults } from '../../bench/run.ts';
import { quartersFrom, writeSyntheticContent } from '../../bench/synthetic.ts';
import { bytes, markdownTable, rate, ratio, seconds } from '../../bench/table.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function generate(spec: { tasks: number; quarters: number; seed?: number }): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-synthetic-'));
  temps.push(dir);
  writeSyntheticContent(dir, spec);
  return dir;
}

function snapshot(dir: string): Map<string, string> {
  return new Map(walkEntries(dir).filter(({ entry }) => entry.isFile()).map(({ path }) => [path, readFileSync(join(dir, path), 'utf8')]));
}

describe('synthetic datasets', () => {
  test('the same seed writes the same files; another seed other reports', () => {
    const a = snapshot(generate({ tasks: 45, quarters: 8 }));
    const b = snapshot(generate({ tasks: 45, quarters: 8 }));
    expect(b).toEqual(a);
    expect(a.size).toBe(4 + 1 + 45 + 45 * 8);
    const other = snapshot(generate({ tasks: 45, quarters: 8, seed: 7 }));
    expect(other.get('tasks/45.yaml')).toBe(a.get('tasks/45.yaml'));
    expect(other.get('reports/2023-Q3/45.yaml')).not.toBe(a.get('reports/2023-Q3/45.yaml'));
  });

  test('validate with 0 errors and 0 warnings-as-errors against their own plan text', () => {
    const dir = generate({ tasks: 85, quarters: 12 });
    const result = loadDataset({ contentDir: dir, today: '2026-01-01' });
    expect(result.problems.filter((p) => p.severity === 'error').map(problemLine)).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.tasks.map((t) => t.id)).toEqual(Array.from({ length: 85 }, (_, i) => i + 1));
    expect(result.dataset.reports).toHaveLength(85 * 12);
    // Every copy is its own text: the search index and pages see distinct tasks.
    expect(new Set(result.dataset.tasks.map((t) => t.text)).size).toBe(85);
    expect(result.dataset.tasks[44]!.text).toContain('【样本45】');
  });

  test('quarters run from the plan\'s first quarter', () => {
    expect(quartersFrom(8)).toEqual(['2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3']);
    expect(quartersFrom(12).at(-1)).toBe('2025-Q3');
  });
});

describe('measuring', () => {
  test('reads CPU time and peak memory from GNU time -v', () => {
    const report = [
      '\tCommand being timed: "node scripts/validate.ts"',
      '\tUser time (seconds): 1.25',
      '\tSystem time (seconds): 0.30',
      '\tMaximum resident set size (kbytes): 131072',
    ].join('\n');
    expect(parseGnuTime(report)).toEqual({ cpuMs: 1550, peakRss: 128 * 1024 * 1024 });
    expect(parseGnuTime('Command exited with non-zero status 1')).toBeNull();
  });
});

describe('tables', () => {
  test('numbers read as people write them', () => {
    expect(seconds(850)).toBe('0.85 s');
    expect(seconds(12_345)).toBe('12.3 s');
    expect(seconds(254_000)).toBe('254 s');
    expect(bytes(512)).toBe('512 B');
    expect(bytes(1536)).toBe('1.5 KiB');
    expect(bytes(3 * 1024 * 1024)).toBe('3.0 MiB');
    expect(ratio(3, 2)).toBe('1.50x');
    expect(ratio(1, 0)).toBe('–');
    expect(rate(24_000, 8000)).toBe('3,000/s');
  });

  test('a Markdown table with padded columns, numbers right-aligned, CJK counted double width', () => {
    expect(markdownTable(['set', 'time', 'note'], [['a', '1.5 s', '快'], ['bb', '12.0 s', 'ok']])).toBe(
      ['| set |   time | note |', '|-----|-------:|------|', '| a   |  1.5 s | 快   |', '| bb  | 12.0 s | ok   |'].join('\n'),
    );
  });

  test('results replace only the generated block of docs/benchmarks.md', () => {
    const doc = '# Benchmarks\n\nNotes before.\n\n<!-- bench:results -->\nold\n<!-- /bench:results -->\n\nNotes after.\n';
    expect(spliceResults(doc, 'new')).toBe('# Benchmarks\n\nNotes before.\n\n<!-- bench:results -->\nnew\n<!-- /bench:results -->\n\nNotes after.\n');
    expect(spliceResults('# Benchmarks\n', 'first')).toBe('# Benchmarks\n\n<!-- bench:results -->\nfirst\n<!-- /bench:results -->\n');
  });
});
