// Several plans in one content folder (issue #25): the plans layout built here from the two plans the repo
// already has (Tianmen's content/ and the fixture Qingshan), so it follows them whenever they change. It
// loads as two plans sharing one site and one unit list, each equal to the plan loaded on its own; the
// mistakes only a site of several plans can make are located like every other problem.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { loadContent, loadDataset, type ContentResult, type Dataset } from '../../src/content/load.ts';
import { problemLine } from '../../src/content/report-problems.ts';
import { FIXTURES, REPO_ROOT, TODAY } from './fixture-corpus.ts';
import { writeTwoPlansContent } from '../scenarios/two-plans.ts';

const TIANMEN = join(REPO_ROOT, 'content');
/** content/ is itself in the plans layout, with its one plan here. */
const TIANMEN_PLAN = join(TIANMEN, 'plans', 'ggfw-2022');
const QINGSHAN = join(FIXTURES, 'plans/qingshan/content');
const PLAN_FILES = ['plan.yaml', 'areas.yaml', 'tasks', 'reports', 'source'];
const NODE = Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : join(REPO_ROOT, 'node_modules/.bin/node');

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** content/{site.yaml,units.yaml,plans/ggfw-2022/,plans/qingshan-2024/}: the two-plan scenario, in a temporary folder. */
function twoPlans(): string {
  const root = mkdtempSync(join(tmpdir(), 'two-plans-'));
  temps.push(root);
  writeTwoPlansContent(join(root, 'content'), { tianmen: TIANMEN, qingshan: QINGSHAN });
  return root;
}

const load = (root: string): ContentResult => loadContent({ contentDir: join(root, 'content'), displayRoot: root, today: TODAY });
const lines = (result: { problems: Parameters<typeof problemLine>[0][] }) => result.problems.map(problemLine);
const errorLines = (result: { problems: Parameters<typeof problemLine>[0][] }) => result.problems.filter((p) => p.severity === 'error').map(problemLine);
const at = (root: string, path: string) => join(root, 'content', path);
const edit = (root: string, path: string, change: (text: string) => string) => writeFileSync(at(root, path), change(readFileSync(at(root, path), 'utf8')));

/** What a plan is, whichever folder it was read from. */
const comparable = ({ folder: _folder, taskFiles: _t, reportFiles: _r, units: _u, site: _s, ...rest }: Dataset) => rest;

describe('a folder of two plans', () => {
  test('loads as two plans sharing the site and one unit list, each as it loads on its own', () => {
    const root = twoPlans();
    const result = load(root);
    expect(errorLines(result)).toEqual([]);
    if (!result.ok) throw new Error('not ok');
    const { content } = result;
    expect(content.layout).toBe('plans');
    expect(content.plans.map((p) => [p.id, p.folder])).toEqual([
      ['ggfw-2022', 'plans/ggfw-2022/'],
      ['qingshan-2024', 'plans/qingshan-2024/'],
    ]);
    const [tianmen, qingshan] = content.plans as [Dataset, Dataset];
    expect(tianmen.units).toBe(content.units);
    expect(qingshan.units).toBe(content.units);
    expect(content.units).toHaveLength(34);
    expect(content.units.find((u) => u.id === 'market-regulation')).toEqual({ id: 'market-regulation', name: '市市场监督管理局', kind: 'department', aliases: ['市市场监管局'] });
    expect(tianmen.site).toBe(content.site);
    expect(qingshan.site).toBe(content.site);

    // content/ is a plans-layout folder of one plan; Qingshan's fixture keeps the one-plan shape.
    const alone = [loadDataset({ contentDir: TIANMEN, today: TODAY }), loadDataset({ contentDir: QINGSHAN, today: TODAY })];
    for (const [i, single] of alone.entries()) {
      if (!single.ok) throw new Error(`plan ${i} does not load alone`);
      expect(single.dataset.folder).toBe(['plans/ggfw-2022/', ''][i]);
      expect(comparable(content.plans[i]!)).toEqual(comparable(single.dataset));
    }
    expect(qingshan.taskFiles.get(1)).toBe('content/plans/qingshan-2024/tasks/01.yaml');
    expect(qingshan.reportFiles.get('2024-Q2/5')).toBe('content/plans/qingshan-2024/reports/2024-Q2/05.yaml');
    expect(result.fileCount).toBe(alone.reduce((n, r) => n + r.fileCount, 0) - 2);

    // The overlap the fixture exists for: units leading tasks in both plans, quarters both report.
    const leads = (d: Dataset) => new Set(d.tasks.flatMap((t) => t.lead));
    expect([...leads(qingshan)].filter((u) => leads(tianmen).has(u)).sort()).toEqual(['civil-affairs', 'hrss']);
    expect(qingshan.reports.map((r) => r.period).filter((p, i, all) => all.indexOf(p) === i)).toEqual(['2024-Q1', '2024-Q2']);
  });

  test('loadDataset needs --plan to choose one of them, and returns the one chosen', () => {
    const root = twoPlans();
    const options = { contentDir: join(root, 'content'), displayRoot: root, today: TODAY };
    expect(lines(loadDataset(options))).toEqual([
      'content/plans:1:1 error 内容文件夹中有 2 个方案(ggfw-2022、qingshan-2024),这里一次只能用一个,请用 --plan 指定方案,可选: ggfw-2022, qingshan-2024',
    ]);
    const chosen = loadDataset({ ...options, plan: 'qingshan-2024' });
    expect(chosen.ok && chosen.dataset.plan.title).toBe('青山市便民服务提升三年行动方案');
    expect(lines(loadDataset({ ...options, plan: 'qingshan' }))).toEqual(['content/plans:1:1 error 没有方案 qingshan,请用 --plan 指定方案,可选: ggfw-2022, qingshan-2024']);
  });

  test('--reports replaces the chosen plan’s reports only', () => {
    const root = twoPlans();
    const reports = join(root, 'demo-reports');
    cpSync(join(QINGSHAN, 'reports'), reports, { recursive: true });
    rmSync(join(reports, '2024-Q2'), { recursive: true });
    const options = { contentDir: join(root, 'content'), displayRoot: root, today: TODAY, reportsDir: reports, demo: true };
    expect(errorLines(loadContent(options))).toEqual([
      'demo-reports:1:1 error 内容文件夹中有 2 个方案,不知道这些报告属于哪一个,请用 --plan 指定方案,可选: ggfw-2022, qingshan-2024',
    ]);
    const result = loadContent({ ...options, plan: 'qingshan-2024' });
    if (!result.ok) throw new Error(errorLines(result).join('\n'));
    expect(result.content.plans.map((p) => [p.id, p.demo, p.reports.length])).toEqual([
      ['ggfw-2022', false, 0],
      ['qingshan-2024', true, 4],
    ]);
  });
});

/** A mistake made in the two-plan folder, and every line the validator prints for it. */
const MISTAKES: { name: string; make: (root: string) => void; expected: string[] }[] = [
  {
    name: 'a plan folder named otherwise than its id',
    make: (root) => renameSync(at(root, 'plans/qingshan-2024'), at(root, 'plans/qingshan')),
    expected: [
      'content/plans/qingshan/plan.yaml:24:5 error id: 方案标识 qingshan-2024 与所在文件夹 plans/qingshan/ 不一致,把文件夹改名为 content/plans/qingshan-2024/,或把 id 改为 qingshan',
    ],
  },
  {
    name: 'a plan id taken by a section of the site',
    make: (root) => {
      renameSync(at(root, 'plans/qingshan-2024'), at(root, 'plans/units'));
      edit(root, 'plans/units/plan.yaml', (t) => t.replace('id: qingshan-2024', 'id: units'));
    },
    expected: [
      'content/plans/units/plan.yaml:24:5 error id: 方案标识 units 已被网站自身的栏目占用,请换一个标识,例如 units-2024;不能用: 404, about, accessibility, archive, areas, copyright, data, elderly, pagefind, plan, plans, privacy, reports, schemas, search, sitemap, submit, tasks, units',
    ],
  },
  {
    name: 'two plans with one id',
    make: (root) => {
      cpSync(at(root, 'plans/qingshan-2024'), at(root, 'plans/qingshan-2025'), { recursive: true });
    },
    expected: [
      'content/plans/qingshan-2025/plan.yaml:24:5 error id: 方案标识 "qingshan-2024" 重复(已用于 content/plans/qingshan-2024/plan.yaml),每个方案的标识只能出现一次',
      'content/plans/qingshan-2025/plan.yaml:24:5 error id: 方案标识 qingshan-2024 与所在文件夹 plans/qingshan-2025/ 不一致,把文件夹改名为 content/plans/qingshan-2024/,或把 id 改为 qingshan-2025',
    ],
  },
  {
    name: 'a report filed under the wrong plan',
    make: (root) => {
      mkdirSync(at(root, 'plans/ggfw-2022/reports/2024-Q1'), { recursive: true });
      renameSync(at(root, 'plans/qingshan-2024/reports/2024-Q1/01.yaml'), at(root, 'plans/ggfw-2022/reports/2024-Q1/01.yaml'));
    },
    expected: [
      'content/plans/ggfw-2022/reports/2024-Q1/01.yaml:1:7 error task: 这份报告与本方案(ggfw-2022)的任务 1 不符,却符合方案 qingshan-2024(青山市便民服务提升三年行动方案)的任务 1,看来放错了方案的文件夹:把文件移到 content/plans/qingshan-2024/reports/2024-Q1/01.yaml',
      'content/plans/ggfw-2022/reports/2024-Q1/01.yaml:6:13 error metrics[0].target: 任务 1 没有目标 "canteens-2024",可选: inclusive-coverage(普惠性幼儿园覆盖率), new-schools(新(改、扩)建义务教育学校)',
      'content/plans/ggfw-2022/reports/2024-Q1/01.yaml:10:14 error reported_by: "civil-affairs" 不是任务 1 的牵头单位,该任务的牵头单位: edu(市教育局)',
    ],
  },
  {
    name: 'a unit id the shared list does not have',
    make: (root) => edit(root, 'plans/qingshan-2024/tasks/04.yaml', (t) => t.replace('lead: [', 'lead: [job-centre, ')),
    expected: [
      'content/plans/qingshan-2024/tasks/04.yaml:5:7 error lead: 牵头单位与方案原文不一致,方案原文为: 市政务服务中心',
      'content/plans/qingshan-2024/tasks/04.yaml:5:8 error lead[0]: 单位 "job-centre" 不存在,单位标识见 content/units.yaml,例如 edu(市教育局), drc(市发改委), finance(市财政局), housing(市住建局) ……',
    ],
  },
  {
    name: 'a plan’s own spelling of a unit, without the alias',
    make: (root) => edit(root, 'units.yaml', (t) => t.replace(/\n\s*aliases:\n\s*- 市市场监管局/, '')),
    expected: [
      'content/plans/qingshan-2024/tasks/02.yaml:6:14 error responsible: 责任单位与方案原文不一致,方案原文为: 市市场监管局',
      'content/plans/qingshan-2024/tasks/03.yaml:6:14 error responsible: 责任单位与方案原文不一致,方案原文为: 市市场监管局、市税务局',
    ],
  },
  {
    name: 'an alias that is another unit’s name',
    make: (root) => edit(root, 'units.yaml', (t) => t.replace('- 市市场监管局', '- 市财政局')),
    expected: [
      'content/plans/qingshan-2024/tasks/02.yaml:6:14 error responsible: 责任单位与方案原文不一致,方案原文为: 市市场监管局',
      'content/plans/qingshan-2024/tasks/03.yaml:6:14 error responsible: 责任单位与方案原文不一致,方案原文为: 市市场监管局、市税务局',
      'content/units.yaml:28:9 error units[6].aliases[0]: 单位名称“市财政局”重复(已用于 finance),每个单位只写一次;引用该单位时都用 finance',
    ],
  },
  {
    name: 'plan files at the root beside plans/, and a stray file',
    make: (root) => {
      cpSync(at(root, 'plans/ggfw-2022/plan.yaml'), at(root, 'plan.yaml'));
      writeFileSync(at(root, 'notes.txt'), '备忘\n');
      writeFileSync(at(root, 'plans/README.txt'), '说明\n');
    },
    expected: [
      'content/notes.txt:1:1 error 文件名或位置不符合规范,该文件不会被读取,content/ 中只能有 site.yaml、units.yaml、plans;每个方案的文件放在 content/plans/{方案标识}/ 中',
      'content/plan.yaml:1:1 error 文件名或位置不符合规范,该文件不会被读取,有 plans/ 文件夹时,方案的文件都放在 content/plans/{方案标识}/ 中:把 plan.yaml 移到它所属方案的文件夹',
      'content/plans/README.txt:1:1 error 文件名或位置不符合规范,该文件不会被读取,每个方案一个文件夹,以方案标识命名,例如 content/plans/ggfw-2022/plan.yaml',
    ],
  },
  {
    name: 'site.yaml and units.yaml inside a plan folder',
    make: (root) => {
      cpSync(at(root, 'site.yaml'), at(root, 'plans/qingshan-2024/site.yaml'));
      cpSync(join(QINGSHAN, 'units.yaml'), at(root, 'plans/qingshan-2024/units.yaml'));
    },
    expected: [
      'content/plans/qingshan-2024/site.yaml:1:1 error 文件名或位置不符合规范,该文件不会被读取,网站设置和单位是各方案共用的,放在 content/site.yaml 和 content/units.yaml 中;请把 site.yaml 的内容合并到 content/site.yaml 后删除此文件',
      'content/plans/qingshan-2024/units.yaml:1:1 error 文件名或位置不符合规范,该文件不会被读取,网站设置和单位是各方案共用的,放在 content/site.yaml 和 content/units.yaml 中;请把 units.yaml 的内容合并到 content/units.yaml 后删除此文件',
    ],
  },
];

describe('mistakes only a site of several plans can make', () => {
  test.each(MISTAKES)('$name', ({ make, expected }) => {
    const root = twoPlans();
    make(root);
    const result = load(root);
    expect(result.ok).toBe(false);
    expect(errorLines(result)).toEqual(expected);
  });
});

test('npm run validate -- DIR prints every plan’s problems in one run', () => {
  const root = twoPlans();
  // One mistake in each plan: a report that belongs to Qingshan in Tianmen's folder, and Qingshan's folder misnamed.
  for (const mistake of [MISTAKES[3]!, MISTAKES[0]!]) mistake.make(root);
  const run = spawnSync(NODE, [join(REPO_ROOT, 'scripts/validate.ts'), 'content'], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  const printed = run.stdout.trimEnd().split('\n');
  expect(printed.filter((l) => l.includes(' error '))).toEqual([
    'content/plans/ggfw-2022/reports/2024-Q1/01.yaml:1:7 error task: 这份报告与本方案(ggfw-2022)的任务 1 不符,却符合方案 qingshan-2024(青山市便民服务提升三年行动方案)的任务 1,看来放错了方案的文件夹:把文件移到 content/plans/qingshan/reports/2024-Q1/01.yaml',
    'content/plans/ggfw-2022/reports/2024-Q1/01.yaml:6:13 error metrics[0].target: 任务 1 没有目标 "canteens-2024",可选: inclusive-coverage(普惠性幼儿园覆盖率), new-schools(新(改、扩)建义务教育学校)',
    'content/plans/ggfw-2022/reports/2024-Q1/01.yaml:10:14 error reported_by: "civil-affairs" 不是任务 1 的牵头单位,该任务的牵头单位: edu(市教育局)',
    'content/plans/qingshan/plan.yaml:24:5 error id: 方案标识 qingshan-2024 与所在文件夹 plans/qingshan/ 不一致,把文件夹改名为 content/plans/qingshan-2024/,或把 id 改为 qingshan',
  ]);
  expect(printed.at(-1)).toMatch(/^\d+ files, 4 errors, \d+ warnings$/);
});
