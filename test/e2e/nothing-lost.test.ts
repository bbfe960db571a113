// After the build: every task file and every report file of the dataset is in the published data and
// has its place on a page (real build: content/; demo build: content/ plus examples/demo/reports/).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';

const taskFiles = readdirSync('content/tasks').filter((n) => /^\d+\.yaml$/.test(n));
/** Every report file under a reports folder (quarter folders only; content/reports/README.md is not one). */
const reportFiles = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((quarter) => quarter.isDirectory())
    .flatMap((quarter) =>
      readdirSync(join(dir, quarter.name))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => ({ period: quarter.name, path: join(dir, quarter.name, name) })),
    );
const demoReports = reportFiles('examples/demo/reports');
// The real build's reports: none are published yet, and when staff add them this test covers them.
const realReports = reportFiles('content/reports');

describe.each([
  { root: 'dist', reports: realReports },
  { root: 'dist-demo', reports: demoReports },
])('$root', ({ root, reports }) => {
  test('every task file: in data/tasks.json and a page of its own', () => {
    const published = JSON.parse(readFileSync(join(root, 'data/tasks.json'), 'utf8')).tasks as { id: number }[];
    const lost = taskFiles.filter((name) => {
      const { id } = parse(readFileSync(join('content/tasks', name), 'utf8')) as { id: number };
      return !published.some((t) => t.id === id) || !existsSync(join(root, 'tasks', String(id), 'index.html'));
    });
    expect(taskFiles.length).toBe(40);
    expect(lost).toEqual([]);
    expect(published.length).toBe(taskFiles.length);
  });

  test('every report file: in data/reports.json and a section on its task page', () => {
    const published = JSON.parse(readFileSync(join(root, 'data/reports.json'), 'utf8')).reports as { task: number; period: string }[];
    const lost = reports.filter(({ path, period }) => {
      const { task } = parse(readFileSync(path, 'utf8')) as { task: number };
      const page = readFileSync(join(root, 'tasks', String(task), 'index.html'), 'utf8');
      return !published.some((r) => r.task === task && r.period === period) || !page.includes(`id="update-${period}"`);
    });
    expect(lost).toEqual([]);
    expect(published.length).toBe(reports.length);
  });
});
