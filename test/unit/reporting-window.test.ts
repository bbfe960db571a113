import { expect, test } from 'vitest';
import { isAfterWindow, isBeforeWindow, isInWindow, missingState, reportDueDate, reportingWindow, windowLabel, windowPeriodsUpTo } from '../../src/schema/reporting-window.ts';

test('the window opens with the quarter the plan was issued in and closes with its last_period', () => {
  expect(reportingWindow({ date: '2022-10-13' })).toEqual({ first: '2022-Q4', last: undefined });
  expect(reportingWindow({ date: '2024-03-31', reporting: { last_period: '2025-Q4' } })).toEqual({ first: '2024-Q1', last: '2025-Q4' });
});

test('before, inside and after the window', () => {
  const window = reportingWindow({ date: '2024-05-20', reporting: { last_period: '2024-Q4' } });
  expect(['2024-Q1', '2024-Q2', '2024-Q4', '2025-Q1'].map((p) => [isBeforeWindow(p, window), isInWindow(p, window), isAfterWindow(p, window)])).toEqual([
    [true, false, false],
    [false, true, false],
    [false, true, false],
    [false, false, true],
  ]);
  expect(isAfterWindow('2099-Q4', reportingWindow({ date: '2024-05-20' }))).toBe(false);
});

test('the window\'s quarters up to a quarter stop at its end and are empty before it opens', () => {
  const window = reportingWindow({ date: '2024-05-20', reporting: { last_period: '2024-Q4' } });
  expect(windowPeriodsUpTo(window, '2024-Q3')).toEqual(['2024-Q2', '2024-Q3']);
  expect(windowPeriodsUpTo(window, '2026-Q1')).toEqual(['2024-Q2', '2024-Q3', '2024-Q4']);
  expect(windowPeriodsUpTo(window, '2024-Q1')).toEqual([]);
});

test('labels say where the window starts and, when it ends, where', () => {
  expect(windowLabel(reportingWindow({ date: '2022-10-13' }))).toBe('2022年第四季度起');
  expect(windowLabel(reportingWindow({ date: '2022-10-13', reporting: { last_period: '2025-Q4' } }))).toBe('2022年第四季度至2025年第四季度');
});

test('a quarter is due a set number of days after it ends (10 by default), across month and year ends', () => {
  expect(reportDueDate('2024-Q4', {})).toBe('2025-01-10');
  expect(reportDueDate('2024-Q1', { reporting: { due_days_after_quarter: 30 } })).toBe('2024-04-30');
  expect(reportDueDate('2024-Q3', { reporting: { due_days_after_quarter: 31 } })).toBe('2024-10-31');
  expect(reportDueDate('2023-Q4', { reporting: { due_days_after_quarter: 60 } })).toBe('2024-02-29');
});

test('a missing report is 待报送 up to and on its deadline and 逾期未报 after it', () => {
  expect(['2025-01-09', '2025-01-10', '2025-01-11'].map((date) => missingState('2024-Q4', date, {}))).toEqual(['pending', 'pending', 'late']);
  expect(missingState('2024-Q4', '2025-01-11', { reporting: { due_days_after_quarter: 15 } })).toBe('pending');
});
