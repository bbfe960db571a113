// The validator's fidelity checks for any plan, on the second plan (full-width punctuation, 2024): each
// mistake a clerk could make while transcribing is located where it is fixed, with the exact words.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadDataset } from '../../src/content/load.ts';
import { problemLine } from '../../src/content/report-problems.ts';
import { firstDifference } from '../../src/content/plan-fidelity.ts';
import { readPlanDocument } from '../../src/content/plan-text.ts';

const SECOND = 'test/fixtures/plans/qingshan/content';
const root = mkdtempSync(join(tmpdir(), 'plan-fidelity-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Problem lines (paths relative to the copy) after `change` edits a fresh copy of the second plan. */
function problemsAfter(change: (dir: string) => void): string[] {
  const dir = mkdtempSync(join(root, 'case-'));
  cpSync(SECOND, dir, { recursive: true });
  change(dir);
  return loadDataset({ contentDir: dir, displayRoot: dir, today: '2026-12-01' }).problems.map(problemLine);
}
const edit = (dir: string, file: string, from: string, to: string) => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to));

test('the full-width plan is read: three areas, five tasks, units split at 、', () => {
  const text = readFileSync(join(SECOND, 'source/plan.txt'), 'utf8');
  const document = readPlanDocument(text, '青山市便民服务提升三年行动方案');
  expect(document.areas.map((a) => `${a.number}:${a.name}`)).toEqual(['一:完善社区便民设施。', '二:优化政务服务。', '三:加强民生保障。']);
  expect(document.tasks.map((t) => [t.id, t.area, t.lead.join('、'), t.responsible.join('、')])).toEqual([
    [1, '一', '市民政局', '各区人民政府'],
    [2, '一', '市商务局、市人社局', '市市场监管局'],
    [3, '二', '市政务服务中心', '市市场监管局、市税务局'],
    [4, '二', '市政务服务中心', ''],
    [5, '三', '市人社局', '市财政局'],
  ]);
  expect(problemsAfter(() => {})).toEqual([]);
});

test('a task text that differs is located at its first differing character, both versions shown', () => {
  expect(problemsAfter((dir) => edit(dir, 'tasks/01.yaml', '新建社区食堂20个', '新建社区食堂25个'))).toEqual([
    'tasks/01.yaml:4:7 error text: 任务原文与方案原文(source/plan.txt 第 13 行)从第 22 个字起不一致:本文件为“5个，2025年底前累计…”,方案原文为“0个，2025年底前累计…”,请从方案原文逐字复制,不要改动标点',
    'tasks/01.yaml:10:12 error targets[0].quote: 目标引文不在任务原文中,引文必须是任务原文中连续的一段文字,一字不差',
  ]);
  expect(firstDifference('abc', 'abd')).toEqual({ index: 2, written: 'c', original: 'd' });
  expect(firstDifference('ab', 'abc')).toEqual({ index: 2, written: '(到此结束)', original: 'c' });
});

test('a task of the text without its file, and a file without its task', () => {
  expect(problemsAfter((dir) => rmSync(join(dir, 'tasks/05.yaml')))).toEqual(
    expect.arrayContaining(['source/plan.txt:19:1 error 方案原文第 5 项任务没有任务文件,新建 content/tasks/05.yaml,原文见本行']),
  );
  const extra = problemsAfter((dir) => writeFileSync(join(dir, 'tasks/06.yaml'), readFileSync(join(dir, 'tasks/04.yaml'), 'utf8').replace('id: 4', 'id: 6')));
  expect(extra).toContain('tasks/06.yaml:1:5 error id: 方案原文中没有第 6 项任务,方案原文中的任务序号为 1、2、3、4、5');
});

test('a text in which no area or task is found is an error, never a silent pass', () => {
  const problems = problemsAfter((dir) => writeFileSync(join(dir, 'source/plan.txt'), '青政办发〔2024〕12号\n青山市便民服务提升三年行动方案\n2024年3月15日\n全文另见附件。\n'));
  expect(problems.filter((p) => p.startsWith('source/plan.txt'))).toEqual([
    'source/plan.txt:1:1 error 方案原文中没有找到领域标题(如“(一)开展公共教育服务质量提升行动。”),请确认这是方案全文;领域标题以 (一) 或 (一) 开头,位于含任务段落的那一部分',
    'source/plan.txt:1:1 error 方案原文中没有找到任务段落(如“1.……(牵头单位:……;责任单位:……)”),任务段落以序号加点(1. 或 1.)开头、以单位括注结尾,全角或半角标点均可',
  ]);
});

test('the plan\'s number, date and area must be the document\'s', () => {
  expect(problemsAfter((dir) => edit(dir, 'plan.yaml', 'number: 青政办发〔2024〕12号', 'number: 青政办发〔2024〕13号'))).toEqual([
    'plan.yaml:3:9 error number: 方案原文中没有文号“青政办发〔2024〕13号”,number 应与 source/plan.txt 中的文号一字不差(包括〔〕)',
  ]);
  expect(problemsAfter((dir) => edit(dir, 'plan.yaml', 'date: 2024-03-15', 'date: 2024-03-16'))).toEqual(
    expect.arrayContaining(['plan.yaml:5:7 error date: 方案原文中没有成文日期“2024年3月16日”,date 应为原文落款的日期,写作 YYYY-MM-DD']),
  );
  expect(problemsAfter((dir) => edit(dir, 'tasks/05.yaml', 'area: livelihood', 'area: community'))).toEqual([
    'tasks/05.yaml:2:7 error area: 方案原文中第 5 项任务在领域(三)之下,area 应为 livelihood',
  ]);
});

test('a number that is neither a target nor listed as no commitment is a warning', () => {
  expect(problemsAfter((dir) => edit(dir, 'tasks/04.yaml', /non_targets:[\s\S]*$/.exec(readFileSync(join(SECOND, 'tasks/04.yaml'), 'utf8'))![0], ''))).toEqual([
    'tasks/04.yaml:4:7 warning text: 任务原文中的数字 12345 既不在数量目标(targets)中,也没有列为非数量目标(non_targets),是数量目标的,在 targets 中添加;不是的(电话号码、型号、年度名称等),在 non_targets 中写明引文和原因',
  ]);
});
