// npm run import:plan as a city runs it (a child process): the second plan, a Word document in
// full-width punctuation, imports, is refused while its review note stands, and loads once it is settled.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/content/load.ts';
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
    [[], '缺少方案文件;用法: npm run import:plan -- 方案文件(.txt 或 .docx) --out 内容文件夹\n'],
    [['plan.txt'], '缺少 --out 内容文件夹;用法: npm run import:plan -- 方案文件(.txt 或 .docx) --out 内容文件夹\n'],
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
