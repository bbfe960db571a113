// The form's check: the validator's schema messages and rules at report paths, and the file when nothing stops it.
import { expect, test } from 'vitest';
import { checkReport, type CheckContext, type TypedReport } from '../../../src/client/submit/check.ts';
import { filledReportYamlOptions, reportToYaml } from '../../../src/content/report-yaml.ts';

const task = { id: 5, title: '测试任务', lead: ['hrss'], targets: [{ id: 'jobs', label: '新增就业', quote: '新增就业', value: 100, unit: '人', comparator: 'at_least' as const }] };
const context: CheckContext = { task, files: {}, maxTaskId: 40, today: '2025-04-10', unitName: (id) => (id === 'hrss' ? '市人社局' : id), window: { first: '2024-Q2', last: '2025-Q4' }, planDate: '2024-05-20' };
const typed: TypedReport = {
  task: 5, period: '2025-Q1', status: 'on_track', summary: '新增就业 80 人。',
  metrics: [{ target: 'jobs', value: 80, as_of: '2025-03-31' }], evidence: [], reported_by: 'hrss', reported_on: '2025-04-10',
};

test('a valid report: no issues, and the file the serializer writes for it', () => {
  expect(checkReport(typed, context)).toEqual({ issues: [], yaml: reportToYaml({ ...typed, status: 'on_track', metrics: [{ target: 'jobs', value: 80, as_of: '2025-03-31' }], reported_by: 'hrss', reported_on: '2025-04-10' }, filledReportYamlOptions(task, '2025-Q1')) });
});

test('a schema problem at its path, in the validator\'s words; no file', () => {
  const result = checkReport({ ...typed, metrics: [{ target: 'jobs', value: '80人', as_of: '2025-03-31' }] }, context);
  expect(result.yaml).toBeUndefined();
  expect(result.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['metrics.0.value', '"80人" 不是数字']]);
});

test('a rule across files: a quarter already reported is an error at the period', () => {
  const result = checkReport(typed, { ...context, files: { '2025-Q1': 'content/reports/2025-Q1/05.yaml' } });
  expect(result.yaml).toBeUndefined();
  expect(result.issues).toEqual([{
    path: ['period'], code: 'report.duplicate', message: '任务 5 在 2025-Q1 已有报告(content/reports/2025-Q1/05.yaml)', fix: '同一任务每季度只报送一份;更正请直接修改原文件', severity: 'error',
  }]);
});

test('a rule that needs only valid fields is checked while others are still wrong', () => {
  const result = checkReport({ ...typed, summary: '', reported_by: 'edu' }, context);
  expect(result.issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual(expect.arrayContaining(['reported_by report.reported-by']));
  expect(result.issues.some((i) => i.path[0] === 'summary')).toBe(true);
});

test('a quarter outside the plan\'s reporting window is refused, with the window in the fix', () => {
  const late = checkReport({ ...typed, period: '2026-Q1', reported_on: '2026-04-10', metrics: [] }, { ...context, today: '2026-04-10' });
  expect(late.issues).toEqual([{
    path: ['period'], code: 'report.period-late', message: '季度 2026-Q1 晚于方案的最后一个报送季度,不在报送期内', fix: '报送期为2024年第二季度至2025年第四季度,最晚为 2025-Q4', severity: 'error',
  }]);
  const early = checkReport({ ...typed, period: '2024-Q1', reported_on: '2024-04-10', metrics: [] }, context);
  expect(early.issues.map((i) => [i.code, i.fix])).toEqual([['report.period-early', '报送期为2024年第二季度至2025年第四季度,最早为 2024-Q2']]);
});
