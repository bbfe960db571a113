// After the build: every task file and every report file of the dataset a site was built from is in the
// published data and has its place on a page (real build: content/; demo build: content/ plus
// examples/demo/reports/; the base-path scenario: its copy of content/).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { resolveFile } from '../../src/server/static-server.ts';
import { reportAnchor } from '../../src/site/url-scheme.ts';
import { DEMO, planFolderOf, REAL, SECOND, SUBPATH } from './sites.ts';

const taskFiles = (planDir: string) => readdirSync(join(planDir, 'tasks')).filter((n) => /^\d+\.yaml$/.test(n));
/** Every report file under a reports folder (quarter folders only; content/reports/README.md is not one). */
const reportFiles = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((quarter) => quarter.isDirectory())
    .flatMap((quarter) =>
      readdirSync(join(dir, quarter.name))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => ({ period: quarter.name, path: join(dir, quarter.name, name) })),
    );

// The real build's reports: none are published yet, and when staff add them this test covers them.
describe.each([REAL, DEMO, SUBPATH, SECOND])('$root', (site) => {
  const { root, urls, contentDir } = site;
  const planDir = join(contentDir, planFolderOf(contentDir));
  const reports = reportFiles(site.reportsDir ?? join(planDir, 'reports'));
  const taskPage = (id: number) => resolveFile(root, urls.base, site.plan().task(id));

  test('every task file: in data/tasks.json and a page of its own', () => {
    const files = taskFiles(planDir);
    const published = JSON.parse(readFileSync(join(root, 'data/tasks.json'), 'utf8')).tasks as { id: number }[];
    const lost = files.filter((name) => {
      const { id } = parse(readFileSync(join(planDir, 'tasks', name), 'utf8')) as { id: number };
      return !published.some((t) => t.id === id) || taskPage(id) === undefined;
    });
    expect(files.length).toBe(site.dataset().tasks.length);
    expect(lost).toEqual([]);
    expect(published.length).toBe(files.length);
  });

  test('every report file: in data/reports.json and a section on its task page', () => {
    const published = JSON.parse(readFileSync(join(root, 'data/reports.json'), 'utf8')).reports as { task: number; period: string }[];
    const lost = reports.filter(({ path, period }) => {
      const { task } = parse(readFileSync(path, 'utf8')) as { task: number };
      const page = readFileSync(taskPage(task)!, 'utf8');
      return !published.some((r) => r.task === task && r.period === period) || !page.includes(`id="${reportAnchor(period)}"`);
    });
    expect(lost).toEqual([]);
    expect(published.length).toBe(reports.length);
  });
});
