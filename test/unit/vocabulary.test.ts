import { expect, test } from 'vitest';
import { DEMO_LABEL, DEMO_MARK, DEMO_MARK_OPENING, NO_REPORT, STATUS, TASK_STATUS_KEYS, taskStatusInfo } from '../../src/schema/index.ts';

test('a task state is one of the five statuses or no report, in that order', () => {
  expect(TASK_STATUS_KEYS).toEqual(['completed', 'on_track', 'ongoing', 'at_risk', 'not_started', 'no_report']);
});

test('no report has its own label, never a status a unit could choose', () => {
  expect(taskStatusInfo('no_report')).toBe(NO_REPORT);
  expect(taskStatusInfo('no_report').label).toBe('未报送');
  expect(taskStatusInfo('not_started')).toBe(STATUS.not_started);
  expect(TASK_STATUS_KEYS.map((key) => taskStatusInfo(key).label)).toEqual(['已完成', '按计划推进', '常态化推进', '进度滞后', '未启动', '未报送']);
});

test('the demo label and mark, and what the validator looks for: the opening of both bracketed forms', () => {
  expect([DEMO_LABEL, DEMO_MARK, DEMO_MARK_OPENING]).toEqual(['演示数据', '【演示】', '【演示']);
  expect(`${DEMO_MARK}本季度完成`.includes(DEMO_MARK_OPENING)).toBe(true);
  expect(`【${DEMO_LABEL}】非官方进展`.includes(DEMO_MARK_OPENING)).toBe(true);
  expect('演示活动已完成'.includes(DEMO_MARK_OPENING)).toBe(false);
});
