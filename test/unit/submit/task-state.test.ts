// The chosen task's state: a file not read is a network matter, a draft that throws is the form's bug.
import { expect, test } from 'vitest';
import { draftedState, draftNote, notReadyText } from '../../../src/client/submit/task-state.ts';
import { draftReport, type SubmitTaskData } from '../../../src/content/report-yaml.ts';

const data: SubmitTaskData = { task: { id: 7, title: '测试', lead: ['u'], targets: [] }, reports: [], files: {} };
const build = (read: SubmitTaskData) => draftReport({ task: read.task, period: '2025-Q1', reportedOn: '2025-04-10', earlier: read.reports });

test('read and drafted: ready, with the draft', () => {
  const state = draftedState(7, data, build);
  expect(state).toMatchObject({ kind: 'ready', id: 7, data });
  expect(draftNote(state)).toBe('该任务此前没有报送,状态默认为“未启动”,请按实际情况填写。');
  expect(notReadyText(state)).toBeUndefined();
});

test('not read, or another task\'s file: unreadable, and reading again is offered as the fix', () => {
  for (const read of [null, { ...data, task: { ...data.task, id: 8 } }, {} as SubmitTaskData]) {
    const state = draftedState(7, read, build);
    expect(state).toEqual({ kind: 'unreadable', id: 7 });
    expect(draftNote(state)).toBe('未能读取本任务的目标和此前的报送(网络问题),暂时无法填写;请点“重新读取”再试。');
    expect(notReadyText(state)).toBe('未能读取本任务的资料,请点“重新读取”');
  }
});

test('a draft that throws: broken, never shown as a network problem', () => {
  const bug = new TypeError('input.earlier is not iterable');
  const state = draftedState(7, data, () => {
    throw bug;
  });
  expect(state).toEqual({ kind: 'broken', id: 7, error: bug });
  expect(draftNote(state)).toBe('表单程序出错,未能为本任务生成报告草稿(不是网络问题,重新读取也无法解决)。请按下面“不用表单报送”的步骤报送,并告知网站维护人员。');
  expect(notReadyText(state)).toBe('表单程序出错,无法为本任务生成报告,请按“不用表单报送”的步骤报送');
  // The real drafter on a file whose reports are not a list.
  expect(draftedState(7, { ...data, reports: 5 as unknown as [] }, build).kind).toBe('broken');
});

test('before a task is read', () => {
  expect(draftNote({ kind: 'none' })).toBe('');
  expect(notReadyText({ kind: 'none' })).toBe('请选择任务');
  expect(draftNote({ kind: 'reading', id: 7 })).toBe('正在读取本任务的目标和此前的报送……');
  expect(notReadyText({ kind: 'reading', id: 7 })).toBe('正在读取本任务的资料,请稍候');
});

test('a draft carried from an earlier quarter says from which, and whether values came too', () => {
  const earlier = [{ task: 7, period: '2024-Q4', status: 'on_track' as const, evidence: [], metrics: [] }];
  const state = draftedState(7, { ...data, reports: earlier }, build);
  expect(draftNote(state)).toBe('已按 2024-Q4 的报送预填状态和佐证材料,请按本季度实际情况修改。');
});
