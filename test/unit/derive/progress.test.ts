import { expect, test, describe } from 'vitest';
import {
  betterDirection,
  displayPercent,
  percentOfTarget,
  readingsByTarget,
  targetProgress,
  targetProgressByTask,
  type Reading,
  type TargetProgress,
} from '../../../src/derive/index.ts';
import { meetsTarget } from '../../../src/schema/index.ts';
import { makeDataset, makeReport, makeTarget, makeTask, noReports } from './fixture.ts';

const progressOf = (task: number, target: string, dataset = makeDataset()): TargetProgress => {
  const found = targetProgressByTask(dataset).get(task)?.find((p) => p.target.id === target);
  if (!found) throw new Error(`no target ${task}/${target}`);
  return found;
};

const reading = (value: number, as_of: string, reportPeriod: string, period = reportPeriod): Reading => ({
  task: 9,
  target: 't',
  value,
  as_of,
  note: null,
  period,
  reportPeriod,
});

describe('readings', () => {
  test('each target\'s series, oldest first, with the quarter it describes and the quarter that reported it', () => {
    expect(readingsByTarget(makeDataset()).get('3/roads')).toEqual([
      { task: 3, target: 'roads', value: 300, as_of: '2022-12-31', note: null, period: '2022-Q4', reportPeriod: '2022-Q4' },
      { task: 3, target: 'roads', value: 406, as_of: '2023-06-10', note: null, period: '2023-Q2', reportPeriod: '2023-Q2' },
    ]);
  });

  test('a year-end figure reported in Q1 describes Q4; a later report with the same as_of wins the tie', () => {
    const task = makeTask({ id: 9, area: 'health', lead: ['health-bureau'], targets: [makeTarget({ id: 't', value: 10, comparator: 'at_least' })] });
    const reports = [
      makeReport(9, '2023-Q1', 'on_track', '2023-01-10', [['t', 5, '2022-12-31']]),
      makeReport(9, '2023-Q2', 'on_track', '2023-04-10', [['t', 6, '2022-12-31']]),
    ];
    reports[1]!.metrics[0]!.note = '更正 2022 年底数据';
    const series = readingsByTarget(makeDataset([task], reports)).get('9/t')!;
    expect(series.map((r) => [r.value, r.period, r.reportPeriod, r.note])).toEqual([
      [5, '2022-Q4', '2023-Q1', null],
      [6, '2022-Q4', '2023-Q2', '更正 2022 年底数据'],
    ]);
    expect(progressOf(9, 't', makeDataset([task], reports)).latest?.value).toBe(6);
  });
});

describe('comparators', () => {
  test('at_least / reach: percent = value / target; met at or above the target', () => {
    const t = makeTarget({ id: 't', value: 406, comparator: 'reach' });
    expect(percentOfTarget(t, 203)).toBe(50);
    expect(meetsTarget(t, 405)).toBe(false);
    expect(meetsTarget(t, 406)).toBe(true);
    expect(percentOfTarget(t, 609)).toBe(150);
    expect(displayPercent(t, 609)).toBe(100);
  });

  test('at_most: met at or below the target (percent 100); above it percent = target / value', () => {
    const t = makeTarget({ id: 't', value: 5, comparator: 'at_most' });
    expect(meetsTarget(t, 5)).toBe(true);
    expect(meetsTarget(t, 0)).toBe(true);
    expect(percentOfTarget(t, 3)).toBe(100);
    expect(meetsTarget(t, 8)).toBe(false);
    expect(percentOfTarget(t, 8)).toBe(62.5);
    expect(displayPercent(t, 7)).toBe(71);
  });

  test('reduce_by: the reading is the reduction achieved; percent = reduction / target', () => {
    const t = makeTarget({ id: 't', value: 10, comparator: 'reduce_by' });
    expect(percentOfTarget(t, 7)).toBe(70);
    expect(meetsTarget(t, 7)).toBe(false);
    expect(meetsTarget(t, 10)).toBe(true);
    expect(percentOfTarget(t, 12)).toBe(120);
    expect(displayPercent(t, 12)).toBe(100);
    // It went up instead: raw percent keeps the sign, the display stops at 0.
    expect(percentOfTarget(t, -2)).toBe(-20);
    expect(displayPercent(t, -2)).toBe(0);
  });

  test('the display never shows 100 for a target not met', () => {
    const t = makeTarget({ id: 't', value: 100, comparator: 'at_least' });
    expect(percentOfTarget(t, 99.6)).toBeCloseTo(99.6, 10);
    expect(displayPercent(t, 99.6)).toBe(99);
    expect(displayPercent(t, 100)).toBe(100);
    // 0.29 * 100 is 28.999999999999996 in floating point; the display must still say 29.
    expect(displayPercent(makeTarget({ id: 't', value: 1, comparator: 'at_least' }), 0.29)).toBe(29);
  });

  test('a target of 0 is 100% when met', () => {
    expect(percentOfTarget(makeTarget({ id: 't', value: 0, comparator: 'at_least' }), 0)).toBe(100);
    expect(percentOfTarget(makeTarget({ id: 't', value: 0, comparator: 'at_most' }), 0)).toBe(100);
    expect(percentOfTarget(makeTarget({ id: 't', value: 0, comparator: 'at_most' }), 2)).toBe(0);
  });

  test('higher is better except for at_most', () => {
    expect(betterDirection('at_least')).toBe('higher');
    expect(betterDirection('reach')).toBe('higher');
    expect(betterDirection('reduce_by')).toBe('higher');
    expect(betterDirection('at_most')).toBe('lower');
  });
});

describe('progress in the fixture (as-of 2023-10-08)', () => {
  test('met early, missed later: judged at the deadline by the last reading on or before it', () => {
    const p = progressOf(1, 'clinics');
    expect(p.readings.map((r) => r.value)).toEqual([10, 8]);
    expect(p.latest?.value).toBe(8);
    expect(p.percent).toBe(80);
    expect(p.displayPercent).toBe(80);
    expect(p.met).toBe(false);
    expect(p.metEver).toBe(true);
    expect(p.deadlineReading?.as_of).toBe('2023-06-15');
    expect(p.metAtDeadline).toBe(true);
    expect(p.state).toBe('met');
    expect(p.better).toBe('higher');
  });

  test('at_most without a deadline: met once the value drops to the limit', () => {
    const p = progressOf(1, 'review-days');
    expect(p.readings.map((r) => r.value)).toEqual([7, 4]);
    expect(p.percent).toBe(100);
    expect(p.displayPercent).toBe(100);
    expect(p.met).toBe(true);
    expect(p.metEver).toBe(true);
    expect(p.deadlineReading).toBeNull();
    expect(p.metAtDeadline).toBe(false);
    expect(p.state).toBe('met');
    expect(p.better).toBe('lower');
  });

  test('reduce_by before its deadline: on the way', () => {
    const p = progressOf(2, 'outage-cut');
    expect(p.latest?.value).toBe(7);
    expect(p.percent).toBe(70);
    expect(p.displayPercent).toBe(70);
    expect(p.met).toBe(false);
    expect(p.metEver).toBe(false);
    expect(p.deadlineReading?.value).toBe(7);
    expect(p.metAtDeadline).toBe(false);
    expect(p.state).toBe('on_the_way');
  });

  test('never read: no data', () => {
    const p = progressOf(2, 'backup-lines');
    expect(p).toMatchObject({ readings: [], latest: null, percent: null, displayPercent: null, met: false, metEver: false, deadlineReading: null, metAtDeadline: false, state: 'no_data' });
  });

  test('met only after the deadline: overdue, though met now', () => {
    const p = progressOf(3, 'roads');
    expect(p.deadlineReading?.value).toBe(300);
    expect(p.metAtDeadline).toBe(false);
    expect(p.met).toBe(true);
    expect(p.metEver).toBe(true);
    expect(p.percent).toBe(100);
    expect(p.state).toBe('overdue');
  });

  test('targets keep the task file\'s order, and tasks without targets have an empty list', () => {
    const byTask = targetProgressByTask(makeDataset());
    expect([...byTask].map(([task, list]) => [task, list.map((p) => p.target.id)])).toEqual([
      [1, ['clinics', 'review-days']],
      [2, ['outage-cut', 'backup-lines']],
      [3, ['roads']],
      [4, []],
    ]);
  });

  test('no reports at all: every target has no data', () => {
    const states = [...targetProgressByTask(noReports()).values()].flat().map((p) => p.state);
    expect(states).toEqual(['no_data', 'no_data', 'no_data', 'no_data', 'no_data']);
  });
});

describe('deadline edge cases', () => {
  const target = makeTarget({ id: 't', value: 10, comparator: 'at_least', deadline: '2023-06-30' });

  test('a deadline on the as-of date has not passed', () => {
    expect(targetProgress(9, target, [reading(5, '2023-06-01', '2023-Q2')], '2023-06-30').state).toBe('on_the_way');
    expect(targetProgress(9, target, [reading(5, '2023-06-01', '2023-Q2')], '2023-07-01').state).toBe('overdue');
  });

  test('readings only after a passed deadline cannot show it was met on time', () => {
    const p = targetProgress(9, target, [reading(12, '2023-08-01', '2023-Q3')], '2023-09-01');
    expect(p.deadlineReading).toBeNull();
    expect(p.met).toBe(true);
    expect(p.state).toBe('overdue');
  });

  test('no readings past the deadline is no data, not overdue', () => {
    expect(targetProgress(9, target, [], '2024-01-01').state).toBe('no_data');
  });

  test('a target without a deadline is never overdue', () => {
    const open = makeTarget({ id: 't', value: 10, comparator: 'at_least' });
    expect(targetProgress(9, open, [reading(1, '2022-12-01', '2022-Q4')], '2030-01-01').state).toBe('on_the_way');
  });
});
