// The plan as data is the plan's own words and numbers: checked against the project's copy of the
// document (content/source/plan.txt), task by task.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/content/load.ts';
import { unitsInPlanText } from '../../src/content/plan-text.ts';

const result = loadDataset({ contentDir: 'content' });
if (!result.ok) throw new Error(`content does not load: ${JSON.stringify(result.problems)}`);
const { dataset } = result;
const planText = readFileSync(`content/${dataset.folder}source/plan.txt`, 'utf8');
const unitName = (id: string) => dataset.units.find((u) => u.id === id)!.name;

// The received document, committed byte for byte (test/fixtures/received/README.md says where it came from),
// so the project's copy is checked against it in every checkout; where the team's shared folder sits beside
// the project (../shared on team machines and in CI), the committed copy is checked against it too.
const RECEIVED_NAME = '000_7a3d59a0f508c9aa.txt';
const RECEIVED = join('test/fixtures/received', RECEIVED_NAME);
const RECEIVED_SHA256 = 'ab9b0cefc473a51cca0d2419a48c29c3fa2d47c1f2bfbca0b1c25e4e071cdee1';
const SHARED = join('..', 'shared', 'source', RECEIVED_NAME);

test('the project copy of the document is the received full text (lines 8 onward)', () => {
  const received = readFileSync(RECEIVED, 'utf8').split('\n').slice(7).join('\n');
  expect(planText.trimEnd()).toBe(received.trimEnd());
});

test('the committed received document is the one recorded in its README (sha256)', () => {
  expect(createHash('sha256').update(readFileSync(RECEIVED)).digest('hex')).toBe(RECEIVED_SHA256);
});

test.runIf(existsSync(SHARED))('the committed received document is byte for byte the one in ../shared/source', () => {
  expect(readFileSync(RECEIVED).equals(readFileSync(SHARED))).toBe(true);
});

test('12 areas and 40 tasks, numbered 1 to 40, in plan order', () => {
  expect(dataset.areas.map((a) => a.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']);
  expect(dataset.tasks.map((t) => t.id)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  for (const area of dataset.areas) expect(planText).toContain(`(${area.number})${area.name}。`);
});

test('plan.yaml holds the document facts word for word', () => {
  const { plan } = dataset;
  expect([plan.number, plan.issuer, plan.date, plan.title]).toEqual(['天政办发〔2022〕37号', '天门市人民政府办公室', '2022-10-13', '天门市公共服务质量提升行动实施方案']);
  for (const text of [plan.recipients, plan.preamble, plan.general_requirements.text, plan.general_requirements.goal]) expect(planText).toContain(text);
  expect(plan.general_requirements.goal.startsWith('到2023年底')).toBe(true);
  expect(planText).toContain(`附件:${plan.attachment}`);
  expect(plan.safeguards.map((s) => s.title)).toEqual(['加强组织领导', '创新管理方式', '加强正面宣传', '强化监督考评']);
  for (const s of plan.safeguards) expect(planText).toContain(`(${s.number})${s.text}`);
});

const parenthesis = unitsInPlanText(planText);

describe.each(dataset.tasks.map((t) => [t.id, t] as const))('task %i', (id, task) => {
  test('text is the plan paragraph without the unit parenthesis, title its first sentence', () => {
    const line = planText.split('\n').find((l) => l.startsWith(`${id}.`))!;
    expect(line).toBe(`${id}.${task.text}${line.slice(`${id}.`.length + task.text.length)}`);
    expect(line.slice(`${id}.`.length + task.text.length)).toMatch(/^\(牵头单位:[^)]*\)$/);
    expect(task.text.split('。')[0]).toBe(task.title);
  });
  test('lead and responsible units are the plan parenthesis, in order', () => {
    expect(task.lead.map(unitName)).toEqual(parenthesis.get(id)!.lead);
    expect(task.responsible.map(unitName)).toEqual(parenthesis.get(id)!.responsible);
  });
  test('every target quote is in the text', () => {
    for (const target of task.targets) expect(task.text).toContain(target.quote);
  });
});

test('every number in a task text is a structured target or one of the reviewed non-commitments', () => {
  // The validator warns (plan.number-uncovered) about any other number; content loads with no warning.
  expect(result.problems).toEqual([]);
  const reviewed = dataset.tasks.flatMap((t) => (t.non_targets ?? []).map((n) => `${t.id}: ${n.quote}`));
  expect(reviewed).toEqual([
    '2: 课后服务“5+2”模式',
    '5: 进一步优化12333热线',
    '5: 推行人工智能7×24小时服务',
    '17: 推广10千伏和0.4千伏不停电作业',
    '29: 通过96110三方通话机制',
    '37: 开展2022年度养老机构等级评定工作',
    '39: 完善12345平台智能化升级',
  ]);
});

test('the tasks without numeric targets are the reviewed list', () => {
  expect(dataset.tasks.filter((t) => t.targets.length === 0).map((t) => t.id)).toEqual([3, 4, 11, 12, 15, 16, 18, 24, 25, 27, 28, 29, 34, 37, 39, 40]);
});

test('spot checks of values, units and deadlines', () => {
  const target = (task: number, quotePart: string) => dataset.tasks[task - 1]!.targets.find((t) => t.quote.includes(quotePart))!;
  expect(target(1, '85%')).toMatchObject({ value: 85, unit: '%', comparator: 'at_least', deadline: '2025-12-31' });
  expect(target(7, '1.5万')).toMatchObject({ value: 15000, deadline: '2022-12-31' });
  expect(target(14, '182家')).toMatchObject({ value: 182, unit: '家', deadline: '2022-12-31' });
  expect(target(17, '10%')).toMatchObject({ value: 10, comparator: 'reduce_by' });
  expect(target(36, '406户')).toMatchObject({ value: 406, unit: '户', deadline: '2022-12-31' });
  expect(dataset.tasks[37]!.targets.map((t) => [t.value, t.unit, t.deadline])).toEqual([[1, 'G', '2023-10-31'], [200, 'M', '2023-10-31']]);
});
