// The labelled demo dataset (examples/demo/reports): reproducible, valid, unmistakably not official,
// and varied enough to show every state the site can show.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDataset, type Dataset } from '../../src/content/load.ts';
import { problemLine } from '../../src/content/report-problems.ts';
import { listFiles, walkEntries } from '../../src/fs/walk.ts';
import { deriveAll, type Derived } from '../../src/derive/index.ts';
import { periodEnd } from '../../src/schema/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const SCRIPT = join(ROOT, 'scripts', 'generate-demo.ts');
const COMMITTED = join(ROOT, 'examples', 'demo', 'reports');
const MARK = '【演示】';

/** Every file under a folder, relative path → bytes. */
function snapshot(dir: string): Map<string, string> {
  return new Map(walkEntries(dir).filter(({ entry }) => entry.isFile()).map(({ path }) => [path, readFileSync(join(dir, path), 'latin1')]));
}

function generate(out: string) {
  const run = spawnSync(NODE, [SCRIPT, '--out', out], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('demo generator', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test('is deterministic, and the committed demo is exactly what it generates', () => {
    const a = mkdtempSync(join(tmpdir(), 'demo-a-'));
    const b = mkdtempSync(join(tmpdir(), 'demo-b-'));
    dirs.push(a, b);
    expect(generate(a)).toContain('0 errors, 0 warnings');
    generate(b);
    const first = snapshot(a);
    expect(first.size).toBeGreaterThan(300);
    expect(snapshot(b)).toEqual(first);
    // If this fails after a change to the generator or to content/tasks: run `npm run demo:generate` and commit.
    expect(snapshot(COMMITTED)).toEqual(first);
  });

  test('regenerating into the same folder replaces the old files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-c-'));
    dirs.push(dir);
    generate(dir);
    // A report the current generation leaves out (a missing one) must not survive a regeneration.
    mkdirSync(join(dir, '2021-Q1'), { recursive: true });
    writeFileSync(join(dir, '2021-Q1', '01.yaml'), 'stale');
    writeFileSync(join(dir, '2024-Q4', '99.yaml'), 'stale');
    generate(dir);
    expect(snapshot(dir)).toEqual(snapshot(COMMITTED));
  });

  test('refuses to write into content/', () => {
    const run = spawnSync(NODE, [SCRIPT, '--out', join(ROOT, 'content', 'reports')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('演示数据不能写入 content/');
  });
});

describe('the committed demo dataset', () => {
  let dataset: Dataset;
  let derived: Derived;

  beforeAll(() => {
    const result = loadDataset({ contentDir: join(ROOT, 'content'), reportsDir: COMMITTED, demo: true, displayRoot: ROOT });
    expect(result.problems.map(problemLine)).toEqual([]);
    if (!result.ok) throw new Error('demo dataset does not load');
    dataset = result.dataset;
    derived = deriveAll(dataset);
  });

  test('covers the 40 real tasks, 2022-Q4 to 2024-Q4, about 330 reports', () => {
    expect(dataset.demo).toBe(true);
    expect(new Set(dataset.reports.map((r) => r.task)).size).toBe(40);
    expect(derived.periods).toEqual(['2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(dataset.reports.length).toBeGreaterThanOrEqual(310);
    expect(dataset.reports.length).toBeLessThanOrEqual(345);
  });

  test('every text says 【演示】 and every link is on the demo host', () => {
    for (const report of dataset.reports) {
      expect(report.summary).toContain(MARK);
      if (report.details !== undefined) expect(report.details).toContain(MARK);
      for (const metric of report.metrics) if (metric.note !== undefined) expect(metric.note).toContain(MARK);
      for (const evidence of report.evidence) {
        expect(evidence.title).toContain(MARK);
        expect(evidence.url).toMatch(/^https:\/\/example\.org\/demo\//);
      }
    }
    for (const file of listFiles(COMMITTED)) {
      if (file.endsWith('.yaml')) expect(readFileSync(join(COMMITTED, file), 'utf8')).toContain('【演示数据】非官方进展');
    }
  });

  test('dates, units and values are plausible', () => {
    const tasks = new Map(dataset.tasks.map((t) => [t.id, t]));
    for (const report of dataset.reports) {
      const task = tasks.get(report.task)!;
      const end = periodEnd(report.period);
      const days = (Date.parse(report.reported_on) - Date.parse(end)) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(5);
      expect(days).toBeLessThanOrEqual(20);
      expect(report.reported_on <= '2025-01-20').toBe(true);
      expect(report.reported_by).toBe(task.lead[0]);
      expect(report.metrics.map((m) => m.target)).toEqual(task.targets.map((t) => t.id));
      for (const metric of report.metrics) {
        const target = task.targets.find((t) => t.id === metric.target)!;
        expect(metric.as_of).toBe(end);
        expect(metric.value).toBeGreaterThanOrEqual(0);
        if (target.unit === '%') expect(metric.value).toBeLessThanOrEqual(100);
      }
    }
  });

  test('shows every state: met and overdue targets, at-risk tasks, missing reports, no false "completed"', () => {
    const states = [...derived.progress.values()].flat().map((p) => p.state);
    expect(states).toContain('met');
    expect(states).toContain('overdue');
    expect(states).toContain('on_the_way');
    expect([...derived.latestStatus.values()]).toContain('at_risk');
    expect([...derived.latestStatus.values()]).toContain('completed');
    expect([...derived.latestStatus.values()]).toContain('ongoing');
    const missing = derived.missing.reduce((sum, p) => sum + p.missing, 0);
    expect(missing).toBeGreaterThan(0);
    expect(missing + dataset.reports.length).toBe(40 * derived.periods.length);
    expect(derived.completedWithUnmetTargets).toEqual([]);
  });
});
