// npm run import:plan as a city runs it (a child process): the second plan, a Word document in
// full-width punctuation, imports, is refused while its review note stands, and loads once it is settled.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadContent, loadDataset } from '../../src/content/load.ts';
import { writeTwoPlansContent } from '../scenarios/two-plans.ts';
import { readPlanFile } from '../../src/import/plan-document.ts';
import { planDocx } from '../fixtures/import/write-docx.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const SCRIPT = join(ROOT, 'scripts', 'import-plan.ts');
const PLAN = join(ROOT, 'test', 'fixtures', 'import', 'qinglan');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-plan-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const run = (...args: string[]) => spawnSync(NODE, [SCRIPT, ...args], { cwd: dir, encoding: 'utf8' });

describe('the .docx path', () => {
  test('the committed plan.docx reads as its plan.txt, Word indentation trimmed', async () => {
    expect(await readPlanFile(join(PLAN, 'plan.docx'))).toBe(readFileSync(join(PLAN, 'plan.txt'), 'utf8'));
  });

  test('a freshly written .docx imports; the folder is refused while a review note stands, and loads once settled', async () => {
    writeFileSync(join(dir, 'plan.docx'), await planDocx(readFileSync(join(PLAN, 'plan.txt'), 'utf8')));
    const result = run('plan.docx', '--out', 'qinglan');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(0, 5)).toEqual([
      '方案:青岚市便民服务提升行动方案(青政办发〔2024〕8号,2024-03-15),方案标识 2024-8(plan.yaml 中的 id,请核对,定下后不再改)',
      '已写入 qinglan:任务 6 项,领域 3 个,单位 12 个(部门 10 个,集合性表述 2 个),数量目标候选 12 个',
      '',
      '需要人工决定的目标:1 个(有 review 的任务文件校验不通过,核对后删除 review 这一行)',
      '  qinglan/tasks/06.yaml 目标 qi-ye-fu-wu-man-yi(企业服务满意度92%):比例没有写明“以上”“不低于”“不超过”等,已按完成(reach)处理:请确认比较方式',
    ]);
    expect(result.stdout).toContain('不是数量目标的数字:1 处(已写入 non_targets)\n  qinglan/tasks/02.yaml “完善12345政务服务便民热线运行机制”:服务热线或电话号码,不是数量目标\n');
    expect(result.stdout).toContain('未能判断的数字:0 处');

    const out = join(dir, 'qinglan');
    const refused = loadDataset({ contentDir: out, displayRoot: dir });
    expect(refused.problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.code} ${p.message}`)).toEqual([
      'qinglan/tasks/06.yaml:24 error target.review 目标“企业服务满意度”待人工核对: 比例没有写明“以上”“不低于”“不超过”等,已按完成(reach)处理:请确认比较方式',
    ]);

    const task = join(out, 'tasks', '06.yaml');
    writeFileSync(task, readFileSync(task, 'utf8').replace(/^ {4}review: .*\n/m, '').replace('comparator: reach', 'comparator: at_least'));
    const settled = loadDataset({ contentDir: out });
    expect(settled.problems).toEqual([]);
    expect(settled.ok && settled.dataset.tasks[0]!.lead).toEqual(['zheng-wu-fu-wu-he-shu-ju-guan-li-ju', 'market-regulation']);
    expect(settled.ok && settled.dataset.areas.map((a) => a.number)).toEqual(['一', '二', '三']);
  });
});

describe('the command line', () => {
  test('refuses a --out folder that already has files, in Chinese, writing nothing', () => {
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content', 'keep.txt'), 'x');
    const result = run(join(PLAN, 'plan.txt'), '--out', 'content');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('content 已存在且不是空文件夹:导入不会覆盖已有内容,请换一个新的文件夹\n');
    expect(result.stdout).toBe('');
  });

  test.each([
    [[], '缺少方案文件;用法: npm run import:plan -- 方案文件(.txt 或 .docx) --out 内容文件夹  或  --into 网站内容文件夹 [--id 方案标识]\n'],
    [['plan.txt'], '缺少 --out 内容文件夹;用法: npm run import:plan -- 方案文件(.txt 或 .docx) --out 内容文件夹  或  --into 网站内容文件夹 [--id 方案标识]\n'],
    [['missing.txt', '--out', 'x'], '方案文件不存在: missing.txt\n'],
  ])('%j → %s', (args, message) => {
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(message);
  });

  test('refuses a document type it cannot read, and a text with no tasks', () => {
    writeFileSync(join(dir, 'plan.pdf'), 'x');
    expect(run('plan.pdf', '--out', 'x').stderr).toBe('不支持的文件类型: plan.pdf;请给出 .txt 或 .docx 文件\n');
    writeFileSync(join(dir, 'empty.txt'), '某市某某行动方案\n一、总体要求\n没有任务。\n');
    expect(run('empty.txt', '--out', 'x').stderr).toBe('导入失败: 没有找到任务段落:任务以序号加点开头(1. 或 1．),以单位括注结尾,如“(牵头单位:市教育局;责任单位:市财政局)”\n');
  });
});

describe('adding a plan to a site (--into)', () => {
  /** The two-plan site, with the third plan's review note settled as staff would. */
  const settle = (planDir: string) => {
    const task = join(planDir, 'tasks', '06.yaml');
    writeFileSync(task, readFileSync(task, 'utf8').replace(/^ {4}review: .*\n/m, '').replace('comparator: reach', 'comparator: at_least'));
  };
  const units = (site: string) => (parse(readFileSync(join(site, 'units.yaml'), 'utf8')) as { units: { id: string; name: string }[] }).units;

  test('writes plans/<id>/ beside the others, reuses the units the site has, appends the others, and the site loads', () => {
    const site = writeTwoPlansContent(join(dir, 'content'));
    const before = units(site);
    const unitsText = readFileSync(join(site, 'units.yaml'), 'utf8');
    const result = run(join(PLAN, 'plan.txt'), '--into', 'content');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^方案:青岚市便民服务提升行动方案\(青政办发〔2024〕8号,2024-03-15\),方案标识 2024-8/);
    expect(result.stdout).toMatch(/已写入 content\/plans\/2024-8:任务 6 项,领域 3 个,数量目标候选 12 个;单位沿用 content\/units\.yaml 中已有的 \d+ 个,新增 \d+ 个/);
    expect(result.stdout).toContain('  3. npm run validate -- content,然后 npm run codeowners');
    expect(readdirSync(join(site, 'plans')).sort()).toEqual(['2024-8', 'ggfw-2022', 'qingshan-2024']);
    expect(readdirSync(join(site, 'plans', '2024-8')).sort()).toEqual(['areas.yaml', 'plan.yaml', 'source', 'tasks']);
    // units.yaml only grows: what was there is kept as written, comments included.
    const after = units(site);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(readFileSync(join(site, 'units.yaml'), 'utf8').startsWith(unitsText.trimEnd().split('\n').slice(0, 3).join('\n'))).toBe(true);
    const added = after.slice(before.length);
    expect(added.length).toBeGreaterThan(0);
    expect(new Set(after.map((u) => u.id)).size).toBe(after.length);
    for (const unit of added) expect(before.some((b) => b.name === unit.name)).toBe(false);

    settle(join(site, 'plans', '2024-8'));
    const loaded = loadContent({ contentDir: site });
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    if (!loaded.ok) throw new Error('not ok');
    expect(loaded.content.plans.map((p) => p.id)).toEqual(['2024-8', 'ggfw-2022', 'qingshan-2024']);
    // A department both cities name alike is one unit: its tasks in the new plan point at the site's id.
    const shared = before.find((u) => loaded.content.plans[0]!.tasks.some((t) => t.lead.includes(u.id)));
    expect(shared).toBeDefined();
  });

  test('refuses an id the site has, a reserved id and a site of the one-plan shape, writing nothing; --id chooses another', () => {
    const site = writeTwoPlansContent(join(dir, 'content'));
    const unitsText = readFileSync(join(site, 'units.yaml'), 'utf8');
    const taken = run(join(PLAN, 'plan.txt'), '--into', 'content', '--id', 'qingshan-2024');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toBe('方案标识 qingshan-2024 已被 content/plans/qingshan-2024/ 使用,导入不会覆盖已有方案。如果这是另一个方案,请用 --id 另定方案标识\n');
    const reserved = run(join(PLAN, 'plan.txt'), '--into', 'content', '--id', 'units');
    expect(reserved.stderr).toBe('方案标识 units 是网站栏目的网址,不能用作方案标识。请用 --id 另定\n');
    expect(readFileSync(join(site, 'units.yaml'), 'utf8')).toBe(unitsText);
    expect(readdirSync(join(site, 'plans')).sort()).toEqual(['ggfw-2022', 'qingshan-2024']);
    const other = run(join(PLAN, 'plan.txt'), '--into', 'content', '--id', 'qinglan-2024');
    expect(other.status).toBe(0);
    expect(parse(readFileSync(join(site, 'plans', 'qinglan-2024', 'plan.yaml'), 'utf8')).id).toBe('qinglan-2024');

    const single = join(dir, 'single');
    expect(run(join(PLAN, 'plan.txt'), '--out', 'single').status).toBe(0);
    const refused = run(join(PLAN, 'plan.txt'), '--into', 'single');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      'single 是一个方案的结构(plan.yaml 在 single/ 中),第二个方案无处可放。请先把现有方案移到 single/plans/2024-8/,例如:mkdir -p single/plans/2024-8 && git mv single/plan.yaml single/areas.yaml single/tasks single/source single/plans/2024-8/,再重新导入\n',
    );
    expect(existsSync(join(single, 'plans'))).toBe(false);
    // --out on a site says to use --into.
    expect(run(join(PLAN, 'plan.txt'), '--out', 'content').stderr).toBe('content 已存在且不是空文件夹:导入不会覆盖已有内容;要把方案加入这个网站,请用 --into content\n');
  });
});
