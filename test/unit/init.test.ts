// npm run init -- --from DIR: a new site from another city's content. Run in a copy of the repository's
// files: the content is replaced, the published-address list starts empty, CODEOWNERS and the files that
// name the plan are written for the new plan.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { readPublishedList } from '../../src/site/published-urls.ts';
import { writePlanFiles } from '../../scripts/plan-files.ts';

const REPO = resolve(import.meta.dirname, '../..');
const NODE = Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : join(REPO, 'node_modules/.bin/node');
const root = mkdtempSync(join(tmpdir(), 'init-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const path of ['content', 'templates', 'urls', '.github', 'README.md', 'CONTRIBUTING.md']) cpSync(join(REPO, path), join(root, path), { recursive: true });

const init = (...args: string[]) => spawnSync(NODE, [join(REPO, 'scripts/init.ts'), ...args], { cwd: root, encoding: 'utf8' });

test('another city\'s content becomes the site: content replaced, nothing published yet, its own owners and guide', () => {
  const run = init('--from', join(REPO, 'test/fixtures/plans/qingshan/content'));
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(readFileSync(join(root, 'content/plan.yaml'), 'utf8')).toContain('number: 青政办发〔2024〕12号');
  expect(readPublishedList(join(root, 'urls/published.txt'))).toEqual([]);
  expect(readFileSync(join(root, 'urls/redirects.yaml'), 'utf8')).toContain('redirects: {}');
  expect(readFileSync(join(root, '.github/CODEOWNERS'), 'utf8')).toContain('@qingshan-city/maintainers');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  expect(readme).toContain('# 青山市便民服务提升行动进展\n\n把《青山市便民服务提升三年行动方案》(青政办发〔2024〕12号)的 3 个领域、5 项重点任务');
  expect(readme).toContain('## 快速开始');
  const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
  expect(contributing).toContain('npm run new:report -- --task 1 --period 2024-Q2');
  expect(contributing).toContain('(如任务 2 由市商务局、市人社局共同牵头)');
  expect(readFileSync(join(root, '.github/ISSUE_TEMPLATE/config.yml'), 'utf8')).toContain('url: https://github.com/qingshan-city/progress/blob/main/CONTRIBUTING.md');
  for (const file of ['README.md', 'CONTRIBUTING.md', '.github/CODEOWNERS', '.github/ISSUE_TEMPLATE/new-task.yml', '.github/pull_request_template.md', 'content/reports/README.md']) {
    expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(/天门|tianmen/i);
  }
  expect(run.stdout).toContain('接下来:');
});

test('invalid content given with --from is refused and content/ is left as it was', () => {
  const before = readFileSync(join(root, 'content/plan.yaml'), 'utf8');
  const run = init('--from', join(REPO, 'test/fixtures/invalid'));
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('未通过校验,content/ 没有改动');
  expect(readFileSync(join(root, 'content/plan.yaml'), 'utf8')).toBe(before);
});

test('--empty: a site with no plan that validates, to which import:plan --into adds the first plan', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'init-empty-'));
  try {
    for (const path of ['content', 'templates', 'urls', '.github', 'README.md', 'CONTRIBUTING.md']) cpSync(join(REPO, path), join(fresh, path), { recursive: true });
    const run = spawnSync(NODE, [join(REPO, 'scripts/init.ts'), '--empty'], { cwd: fresh, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('content/ 已换成一个还没有方案的网站');
    expect(run.stdout).toContain('npm run import:plan -- 方案文件(.docx 或 .txt) --into content');
    expect(readdirSync(join(fresh, 'content')).sort()).toEqual(['plans', 'site.yaml', 'units.yaml']);
    expect(readdirSync(join(fresh, 'content', 'plans'))).toEqual(['.gitkeep']);
    expect(readPublishedList(join(fresh, 'urls/published.txt'))).toEqual([]);
    const empty = loadContent({ contentDir: join(fresh, 'content') });
    expect(empty.problems).toEqual([]);
    expect(empty.ok && [empty.content.layout, empty.content.plans, empty.content.units]).toEqual(['plans', [], []]);
    const validate = spawnSync(NODE, [join(REPO, 'scripts/validate.ts'), 'content'], { cwd: fresh, encoding: 'utf8' });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);

    const imported = spawnSync(NODE, [join(REPO, 'scripts/import-plan.ts'), join(REPO, 'test/fixtures/import/qinglan/plan.txt'), '--into', 'content'], { cwd: fresh, encoding: 'utf8' });
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const task = join(fresh, 'content/plans/2024-8/tasks/06.yaml');
    writeFileSync(task, readFileSync(task, 'utf8').replace(/^ {4}review: .*\n/m, '').replace('comparator: reach', 'comparator: at_least'));
    const one = loadContent({ contentDir: join(fresh, 'content') });
    expect(one.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(one.ok && one.content.plans.map((p) => p.id)).toEqual(['2024-8']);
    // Every unit of the plan came into the empty list, written as a block list.
    expect(one.ok && one.content.units.length).toBeGreaterThan(5);
    expect(readFileSync(join(fresh, 'content/units.yaml'), 'utf8')).toMatch(/^units:\n  - id: /m);
    expect(writePlanFiles(fresh, false).problems).toEqual([]);
    expect(readFileSync(join(fresh, 'README.md'), 'utf8')).toContain('青岚市');
    expect(existsSync(join(fresh, 'content/plans/2024-8/reports/README.md'))).toBe(true);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});
