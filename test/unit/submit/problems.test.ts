// Where a problem shows in the form, and what a bug while checking looks like.
import { expect, test, vi } from 'vitest';
import { CHECK_FAILED, checkSafely, fieldProblem, planProblem, taskProblem, type ProblemPlaces } from '../../../src/client/submit/problems.ts';

const places: ProblemPlaces = {
  metricTargets: [{ id: 'beds', label: '养老床位', unit: '张' }],
  evidenceRows: ['f-e3'],
  evidenceNumber: (row) => (row === 'f-e3' ? 2 : 0),
};
const issue = (path: PropertyKey[], code = 'x') => ({ path, code, message: '不是数字', fix: '只写数字', severity: 'error' as const });

test('a reading\'s problem: at its target\'s box, named by the target', () => {
  expect(fieldProblem(issue(['metrics', 0, 'value']), places)).toEqual({
    control: 'f-m-beds-value', slot: 'f-m-beds-value-error', label: '养老床位:实际值(单位:张)', text: '不是数字,只写数字', severity: 'error',
  });
  expect(fieldProblem(issue(['metrics', 0, 'as_of']), places).control).toBe('f-m-beds-as_of');
  expect(fieldProblem(issue(['metrics', 0]), places).control).toBe('f-m-beds-value');
});

test('an evidence problem: at its row, numbered as the form shows it', () => {
  const p = fieldProblem(issue(['evidence', 0, 'url']), places);
  expect([p.control, p.slot, p.label]).toEqual(['f-e3-url', 'f-e3-url-error', '材料 2:网址']);
  expect(fieldProblem(issue(['evidence', 0, 'title']), places).label).toBe('材料 2:材料名称');
});

test('status: the first choice is linked, the group\'s slot shows it', () => {
  const p = fieldProblem(issue(['status']), places);
  expect([p.control, p.slot, p.label]).toEqual(['f-status-completed', 'f-status-error', '进展状态']);
});

test('a missing field reads as 必填; a field the form has no box for goes to the task', () => {
  expect(fieldProblem(issue(['summary'], 'missing-field'), places)).toMatchObject({ control: 'f-summary', label: '进展摘要', text: '必填,请填写' });
  expect(fieldProblem({ path: ['reported_on'], code: 'r', message: '晚于今天', severity: 'warning' }, places)).toMatchObject({ control: 'f-reported-on', text: '晚于今天', severity: 'warning' });
  expect(fieldProblem(issue(['nonsense']), places).control).toBe('f-task');
});

test('an exception while checking is the form\'s error: no file, a message that says so, the error reported', () => {
  const report = vi.fn();
  const bug = new TypeError('x is undefined');
  const result = checkSafely(() => {
    throw bug;
  }, report);
  expect(result).toEqual({ problems: [taskProblem(CHECK_FAILED, '表单')] });
  expect(result.problems[0]).toMatchObject({ control: 'f-task', slot: 'f-task-error', label: '表单', severity: 'error' });
  expect(CHECK_FAILED).toContain('不是网络问题');
  expect(report).toHaveBeenCalledWith(bug);
  expect(checkSafely(() => ({ problems: [], yaml: 'a: 1\n' }), report)).toEqual({ problems: [], yaml: 'a: 1\n' });
  expect(report).toHaveBeenCalledTimes(1);
});

test('no plan chosen on a site of several: at the plan select, which comes before the task', () => {
  expect(planProblem('请选择方案')).toEqual({ control: 'f-plan', slot: 'f-plan-error', label: '方案', text: '请选择方案', severity: 'error' });
});
