// 序时进度: a golden table of single targets (exact class and shares, points to 0.1), then the fixture's
// tasks per quarter, roll-ups, 双过半 and the reports whose status disagrees with the numbers.
import { describe, expect, test } from 'vitest';
import { periodOfDate } from '../../../src/schema/period.ts';
import type { Target } from '../../../src/schema/index.ts';
import {
  claimDisagreements,
  claimWarnings,
  classFromReport,
  currentSchedule,
  halfYearByYear,
  judgingDate,
  roundPoints,
  scheduleByPeriod,
  scheduleRollups,
  targetSchedule,
  type Reading,
  type TargetScheduleClass,
} from '../../../src/derive/index.ts';
import { makeDataset, makeReport, makeTarget, makeTask, noReports } from './fixture.ts';

const SETTINGS = { planDate: '2022-10-13', tolerance: 5 };

const reading = (value: number, as_of: string): Reading => ({ task: 9, target: 't', value, as_of, note: null, period: periodOfDate(as_of), reportPeriod: periodOfDate(as_of) });

// Task 36's shape: 406 households by 2022-12-31, the clock from the plan's date (79 days).
const households = makeTarget({ id: 't', value: 406, comparator: 'reach', unit: '户', deadline: '2022-12-31' });
// A 10-day clock, so the expected share on 2023-01-06 is exactly 50.0.
const tenDays = makeTarget({ id: 't', value: 100, comparator: 'reach', start: '2023-01-01', deadline: '2023-01-11' });
const coverage = makeTarget({ id: 't', value: 85, comparator: 'at_least', unit: '%', start: '2023-01-01', deadline: '2024-12-31', baseline: { value: 80, source: '2022年统计' } });
const outage = makeTarget({ id: 't', value: 10, comparator: 'reduce_by', unit: '%', start: '2023-01-01', deadline: '2023-12-31' });
const reviewDays = makeTarget({ id: 't', value: 5, comparator: 'at_most', unit: '个工作日', deadline: '2023-06-30' });
const villages = makeTarget({ id: 't', value: 10, comparator: 'reach', recurring: 'yearly' });
const villagesTo2023 = makeTarget({ id: 't', value: 10, comparator: 'reach', recurring: 'yearly', deadline: '2023-12-31' });
const dailyHours = makeTarget({ id: 't', value: 2, comparator: 'at_least', unit: '小时', recurring: 'daily' });
const schools = makeTarget({ id: 't', value: 14, comparator: 'reach', unit: '所' });
const backwards = makeTarget({ id: 't', value: 10, comparator: 'reach', start: '2023-06-01', deadline: '2023-03-31' });

interface Case {
  name: string;
  target: Target;
  readings: Reading[];
  date: string;
  tolerance?: number;
  expect: { class: TargetScheduleClass; expected: number | null; actual: number | null; gap: number | null; dataOverdue?: boolean };
}

const CASES: Case[] = [
  // reach, before the start, on the deadline, after it
  { name: 'reach: before the start, no reading', target: households, readings: [], date: '2022-10-01', expect: { class: 'no_data', expected: 0, actual: null, gap: null, dataOverdue: false } },
  { name: 'reach: before the start, work already begun', target: households, readings: [reading(10, '2022-10-01')], date: '2022-10-10', expect: { class: 'on_schedule', expected: 0, actual: 2.5, gap: 2.5 } },
  { name: 'reach: 48 of 79 days, half done: behind', target: households, readings: [reading(203, '2022-11-30')], date: '2022-11-30', expect: { class: 'behind', expected: 60.8, actual: 50, gap: -10.8 } },
  { name: 'reach: 48 of 79 days, within tolerance', target: households, readings: [reading(260, '2022-11-30')], date: '2022-11-30', expect: { class: 'on_schedule', expected: 60.8, actual: 64, gap: 3.2 } },
  { name: 'reach: 48 of 79 days, well ahead', target: households, readings: [reading(300, '2022-11-30')], date: '2022-11-30', expect: { class: 'ahead', expected: 60.8, actual: 73.9, gap: 13.1 } },
  { name: 'reach: met on the deadline', target: households, readings: [reading(406, '2022-12-31')], date: '2022-12-31', expect: { class: 'completed', expected: 100, actual: 100, gap: 0 } },
  { name: 'reach: met before the deadline', target: households, readings: [reading(406, '2022-12-20')], date: '2022-12-31', expect: { class: 'completed_early', expected: 100, actual: 100, gap: 0 } },
  { name: 'reach: short on the deadline: the deadline has arrived', target: households, readings: [reading(400, '2022-12-31')], date: '2022-12-31', expect: { class: 'overdue', expected: 100, actual: 98.5, gap: -1.5 } },
  { name: 'reach: after the deadline, met only later: judged at the deadline', target: households, readings: [reading(300, '2022-12-31'), reading(406, '2023-02-28')], date: '2023-03-31', expect: { class: 'overdue', expected: 100, actual: 73.9, gap: -26.1 } },
  { name: 'reach: only a reading after the deadline', target: households, readings: [reading(406, '2023-01-15')], date: '2023-03-31', expect: { class: 'overdue', expected: 100, actual: 100, gap: 0 } },
  { name: 'reach: no reading, deadline passed', target: households, readings: [], date: '2023-03-31', expect: { class: 'no_data', expected: 100, actual: null, gap: null, dataOverdue: true } },
  { name: 'reach: a reading dated after the judging date is not known yet', target: households, readings: [reading(406, '2022-12-31')], date: '2022-11-30', expect: { class: 'no_data', expected: 60.8, actual: null, gap: null, dataOverdue: false } },
  // the tolerance edges: exactly ±5 is on schedule
  { name: 'tolerance: -5.0 is on schedule', target: tenDays, readings: [reading(45, '2023-01-06')], date: '2023-01-06', expect: { class: 'on_schedule', expected: 50, actual: 45, gap: -5 } },
  { name: 'tolerance: -5.1 is behind', target: tenDays, readings: [reading(44.9, '2023-01-06')], date: '2023-01-06', expect: { class: 'behind', expected: 50, actual: 44.9, gap: -5.1 } },
  { name: 'tolerance: +5.0 is on schedule', target: tenDays, readings: [reading(55, '2023-01-06')], date: '2023-01-06', expect: { class: 'on_schedule', expected: 50, actual: 55, gap: 5 } },
  { name: 'tolerance: +5.1 is ahead', target: tenDays, readings: [reading(55.1, '2023-01-06')], date: '2023-01-06', expect: { class: 'ahead', expected: 50, actual: 55.1, gap: 5.1 } },
  { name: 'tolerance: 44.95 shows as 45.0, so it is judged as 45.0', target: tenDays, readings: [reading(44.95, '2023-01-06')], date: '2023-01-06', expect: { class: 'on_schedule', expected: 50, actual: 45, gap: -5 } },
  { name: 'tolerance from the plan: 10 points', target: tenDays, readings: [reading(41, '2023-01-06')], date: '2023-01-06', tolerance: 10, expect: { class: 'on_schedule', expected: 50, actual: 41, gap: -9 } },
  // at_least from a stated baseline: 80% -> 85% over 730 days
  { name: 'at_least from a baseline: half the distance after 364 days', target: coverage, readings: [reading(82.5, '2023-12-31')], date: '2023-12-31', expect: { class: 'on_schedule', expected: 49.9, actual: 50, gap: 0.1 } },
  { name: 'at_least from a baseline: 82 of 80..85', target: coverage, readings: [reading(82, '2023-12-31')], date: '2023-12-31', expect: { class: 'behind', expected: 49.9, actual: 40, gap: -9.9 } },
  // reduce_by: the reading is the reduction achieved
  { name: 'reduce_by: half the cut at half the year', target: outage, readings: [reading(5, '2023-07-02')], date: '2023-07-02', expect: { class: 'on_schedule', expected: 50, actual: 50, gap: 0 } },
  { name: 'reduce_by: it went up instead', target: outage, readings: [reading(-1, '2023-07-02')], date: '2023-07-02', expect: { class: 'behind', expected: 50, actual: -10, gap: -60 } },
  { name: 'reduce_by: cut reached early', target: outage, readings: [reading(12, '2023-07-02')], date: '2023-07-02', expect: { class: 'completed_early', expected: 50, actual: 120, gap: 70 } },
  // at_most: a limit is met or not
  { name: 'at_most: not met before the deadline is on schedule (no partial progress)', target: reviewDays, readings: [reading(7, '2023-03-31')], date: '2023-03-31', expect: { class: 'on_schedule', expected: 65, actual: 0, gap: -65 } },
  { name: 'at_most: met before the deadline is completed, never early', target: reviewDays, readings: [reading(4, '2023-03-31')], date: '2023-03-31', expect: { class: 'completed', expected: 65, actual: 100, gap: 35 } },
  { name: 'at_most: not met at the deadline', target: reviewDays, readings: [reading(7, '2023-06-30')], date: '2023-07-01', expect: { class: 'overdue', expected: 100, actual: 0, gap: -100 } },
  // a yearly target across two years: Jan 1 to Dec 31, only that year's readings
  { name: 'yearly: mid-2023, 4 of 10', target: villages, readings: [reading(4, '2023-06-30')], date: '2023-06-30', expect: { class: 'behind', expected: 49.5, actual: 40, gap: -9.5 } },
  { name: 'yearly: 2023 met on Dec 31', target: villages, readings: [reading(4, '2023-06-30'), reading(10, '2023-12-31')], date: '2023-12-31', expect: { class: 'completed', expected: 100, actual: 100, gap: 0 } },
  { name: 'yearly: 2023 short on Dec 31', target: villages, readings: [reading(8, '2023-12-31')], date: '2023-12-31', expect: { class: 'overdue', expected: 100, actual: 80, gap: -20 } },
  { name: 'yearly: 2024 restarts, 2023 figures do not count', target: villages, readings: [reading(10, '2023-12-31')], date: '2024-03-31', expect: { class: 'no_data', expected: 24.7, actual: null, gap: null, dataOverdue: false } },
  { name: 'yearly: 2024, 3 by March', target: villages, readings: [reading(10, '2023-12-31'), reading(3, '2024-03-31')], date: '2024-03-31', expect: { class: 'ahead', expected: 24.7, actual: 30, gap: 5.3 } },
  { name: 'yearly with a deadline: after its last year, that year stays judged', target: villagesTo2023, readings: [reading(10, '2023-09-30')], date: '2024-06-30', expect: { class: 'completed_early', expected: 100, actual: 100, gap: 0 } },
  // no clock
  { name: 'daily level met', target: dailyHours, readings: [reading(2, '2023-03-31')], date: '2023-03-31', expect: { class: 'completed', expected: null, actual: 100, gap: null } },
  { name: 'daily level not met, no deadline: not judged on schedule', target: dailyHours, readings: [reading(1.5, '2023-03-31')], date: '2023-03-31', expect: { class: 'unscheduled', expected: null, actual: 0, gap: null } },
  { name: 'no deadline, half done: unscheduled', target: schools, readings: [reading(7, '2023-03-31')], date: '2023-03-31', expect: { class: 'unscheduled', expected: null, actual: 50, gap: null } },
  { name: 'no deadline, no reading', target: schools, readings: [], date: '2030-01-01', expect: { class: 'no_data', expected: null, actual: null, gap: null, dataOverdue: false } },
  // a deadline before the start: everything is due from the deadline on
  { name: 'deadline before the start: before the deadline nothing is expected', target: backwards, readings: [reading(5, '2023-03-01')], date: '2023-03-01', expect: { class: 'ahead', expected: 0, actual: 50, gap: 50 } },
  { name: 'deadline before the start: after it, all of it', target: backwards, readings: [reading(5, '2023-03-01')], date: '2023-04-30', expect: { class: 'overdue', expected: 100, actual: 50, gap: -50 } },
];

describe('one target at one date (golden table)', () => {
  test.each(CASES)('$name', ({ target, readings, date, tolerance, expect: want }) => {
    const got = targetSchedule(9, target, readings, date, { ...SETTINGS, tolerance: tolerance ?? SETTINGS.tolerance });
    expect({ class: got.class, expected: got.expected, actual: got.actual, gap: got.gap, dataOverdue: got.dataOverdue }).toEqual({ dataOverdue: false, ...want });
  });

  test('the clock judged is reported with the class', () => {
    const got = targetSchedule(9, villages, [], '2024-03-31', SETTINGS);
    expect([got.start, got.deadline, got.judgedOn]).toEqual(['2024-01-01', '2024-12-31', '2024-03-31']);
    expect(targetSchedule(9, households, [], '2022-11-30', SETTINGS)).toMatchObject({ start: '2022-10-13', deadline: '2022-12-31' });
    expect(targetSchedule(9, schools, [], '2022-11-30', SETTINGS)).toMatchObject({ start: null, deadline: null });
  });

  test('points round half away from zero, without float noise or -0', () => {
    expect([roundPoints(0.15), roundPoints(-0.15), roundPoints(60.759), roundPoints(-0.04)]).toEqual([0.2, -0.2, 60.8, 0]);
    expect(Object.is(roundPoints(-0.04), 0)).toBe(true);
  });
});

// The fixture (plan date 2022-10-13, as-of 2023-10-08), by quarter: see fixture.ts for the story.
describe('tasks per quarter in the fixture', () => {
  const periods = scheduleByPeriod(makeDataset());
  const classes = (i: number) => periods[i]!.tasks.map((t) => t.class);

  test('quarters are judged at their last day', () => {
    expect(periods.map((p) => [p.period, p.judgedOn])).toEqual([
      ['2022-Q4', '2022-12-31'],
      ['2023-Q1', '2023-03-31'],
      ['2023-Q2', '2023-06-30'],
      ['2023-Q3', '2023-09-30'],
    ]);
    expect(judgingDate('2023-Q4', '2023-10-08')).toBe('2023-10-08');
  });

  test('each task: worst of its targets, or from its report without targets', () => {
    expect(classes(0)).toEqual(['no_data', 'no_data', 'overdue', 'on_schedule']);
    expect(classes(1)).toEqual(['no_data', 'no_data', 'overdue', 'no_report']);
    // task 1: clinics completed early, review-days 7 > 5 with no deadline: unscheduled is the worse.
    expect(classes(2)).toEqual(['unscheduled', 'behind', 'overdue', 'on_schedule']);
    expect(classes(3)).toEqual(['completed', 'behind', 'overdue', 'on_schedule']);
  });

  test('a task carries its worst target\'s gap, its targets, the unit\'s status and since when it is behind', () => {
    const q3 = periods[3]!.tasks;
    expect(q3[1]).toMatchObject({ class: 'behind', basis: 'targets', gap: -9.3, reportedStatus: 'on_track', behindSince: '2023-Q2' });
    expect(q3[1]!.targets.map((t) => [t.target, t.class, t.expected, t.actual])).toEqual([
      ['outage-cut', 'behind', 79.3, 70],
      ['backup-lines', 'no_data', null, null],
    ]);
    expect(q3[2]).toMatchObject({ class: 'overdue', gap: -26.1, reportedStatus: 'ongoing', behindSince: '2022-Q4' });
    expect(q3[0]!.targets.map((t) => t.class)).toEqual(['completed_early', 'completed']);
    expect(q3[3]).toMatchObject({ class: 'on_schedule', basis: 'report', gap: null, behindSince: null });
    expect(periods[1]!.tasks[3]).toMatchObject({ class: 'no_report', reportedStatus: null, behindSince: '2023-Q1' });
    expect(periods[2]!.tasks[3]!.behindSince).toBeNull();
  });

  test('the current view is the latest quarter\'s', () => {
    expect(currentSchedule(makeDataset())).toEqual(periods[3]);
    expect(currentSchedule(noReports())).toBeNull();
    expect(scheduleByPeriod(noReports())).toEqual([]);
  });

  test('reports map to classes for tasks without targets', () => {
    expect([classFromReport({ status: 'at_risk' }), classFromReport({ status: 'completed' }), classFromReport({ status: 'not_started' }), classFromReport({ status: 'ongoing' }), classFromReport(null)]).toEqual([
      'behind',
      'completed',
      'on_schedule',
      'on_schedule',
      'no_report',
    ]);
  });
});

describe('roll-ups', () => {
  const dataset = makeDataset();
  const q3 = scheduleRollups(dataset, scheduleByPeriod(dataset)[3]!);

  test('the plan: tasks and targets per class, shares of tasks, the behind list newest first', () => {
    expect(q3.plan.tasks).toEqual({ completed_early: 0, completed: 1, ahead: 0, on_schedule: 1, behind: 1, overdue: 1, no_data: 0, unscheduled: 0, no_report: 0 });
    expect(q3.plan.taskShares).toEqual({ completed_early: 0, completed: 25, ahead: 0, on_schedule: 25, behind: 25, overdue: 25, no_data: 0, unscheduled: 0, no_report: 0 });
    expect(q3.plan.targets).toEqual({ completed_early: 1, completed: 1, ahead: 0, on_schedule: 0, behind: 1, overdue: 1, no_data: 1, unscheduled: 0, no_report: 0 });
    expect(q3.plan.behind).toEqual([
      { task: 2, class: 'behind', lead: ['health-bureau', 'transport-bureau'], gap: -9.3, behindSince: '2023-Q2', targets: [{ target: 'outage-cut', class: 'behind', gap: -9.3 }] },
      { task: 3, class: 'overdue', lead: ['transport-bureau'], gap: -26.1, behindSince: '2022-Q4', targets: [{ target: 'roads', class: 'overdue', gap: -26.1 }] },
    ]);
  });

  test('per lead unit (a task with two leads under both) and per area, in file order', () => {
    expect(q3.byLeadUnit.map((u) => [u.unit, u.rollup.behind.map((b) => b.task)])).toEqual([
      ['health-bureau', [2]],
      ['transport-bureau', [2, 3]],
      ['finance-bureau', []],
      ['towns', []],
    ]);
    expect(q3.byLeadUnit[1]!.rollup.tasks).toMatchObject({ behind: 1, overdue: 1, on_schedule: 1 });
    expect(q3.byLeadUnit[2]!.rollup.taskShares.behind).toBe(0);
    expect(q3.byArea.map((a) => [a.area, a.rollup.taskShares.completed, a.rollup.taskShares.overdue])).toEqual([
      ['health', 50, 0],
      ['transport', 0, 50],
    ]);
  });

  test('no_report items have no gap and come after those with one in the same quarter', () => {
    const q1 = scheduleRollups(dataset, scheduleByPeriod(dataset)[1]!);
    expect(q1.plan.behind.map((b) => [b.task, b.class, b.gap, b.behindSince])).toEqual([
      [4, 'no_report', null, '2023-Q1'],
      [3, 'overdue', -26.1, '2022-Q4'],
    ]);
  });
});

describe('双过半', () => {
  test('June 30 of each year the data reached after the plan\'s date; targets due that year', () => {
    expect(halfYearByYear(makeDataset())).toEqual([
      {
        year: 2023,
        judgedOn: '2023-06-30',
        targets: [
          { task: 1, target: 'clinics', actual: 100, half: true },
          { task: 2, target: 'outage-cut', actual: 40, half: false },
        ],
        due: 2,
        halfDone: 1,
        share: 50,
        allHalf: false,
      },
    ]);
    expect(halfYearByYear(noReports())).toEqual([]);
  });

  test('a yearly target is due every year, with that year\'s readings only', () => {
    const task = makeTask({ id: 9, area: 'health', lead: ['health-bureau'], targets: [villages] });
    const reports = [
      makeReport(9, '2023-Q2', 'on_track', '2023-07-05', [['t', 6, '2023-06-30']]),
      makeReport(9, '2024-Q2', 'on_track', '2024-07-05', [['t', 4, '2024-06-30']]),
    ];
    expect(halfYearByYear(makeDataset([task], reports)).map((y) => [y.year, y.targets[0]?.actual, y.share, y.allHalf])).toEqual([
      [2023, 60, 100, true],
      [2024, 40, 0, false],
    ]);
  });
});

describe('claims that disagree with the numbers', () => {
  test('on_track while behind or overdue; completed while unmet or without evidence', () => {
    expect(claimDisagreements(makeDataset())).toEqual([
      { task: 3, period: '2022-Q4', kind: 'on_track_behind', targets: ['roads'] },
      { task: 3, period: '2023-Q2', kind: 'completed_without_evidence', targets: [] },
      { task: 1, period: '2023-Q3', kind: 'completed_unmet', targets: ['clinics'] },
      { task: 1, period: '2023-Q3', kind: 'completed_without_evidence', targets: [] },
      { task: 2, period: '2023-Q3', kind: 'on_track_behind', targets: ['outage-cut'] },
    ]);
  });

  test('a report is judged with the figures sent up to it, not later ones', () => {
    const task = makeTask({ id: 9, area: 'health', lead: ['health-bureau'], targets: [households] });
    // The Q4 report has no figure; a Q1 report brings a short year-end figure afterwards.
    const reports = [makeReport(9, '2022-Q4', 'on_track', '2022-12-28'), makeReport(9, '2023-Q1', 'at_risk', '2023-01-10', [['t', 300, '2022-12-31']])];
    expect(claimDisagreements(makeDataset([task], reports))).toEqual([]);
  });

  test('the validator\'s warnings name the field, the gap and the fix', () => {
    const warnings = claimWarnings(makeDataset());
    expect(warnings.map((w) => [w.task, w.period, w.code, w.path.join('.')])).toEqual([
      [3, '2022-Q4', 'report.on-track-behind-schedule', 'status'],
      [3, '2023-Q2', 'report.completed-no-evidence', 'evidence'],
      [1, '2023-Q3', 'report.completed-unmet', 'status'],
      [1, '2023-Q3', 'report.completed-no-evidence', 'evidence'],
      [2, '2023-Q3', 'report.on-track-behind-schedule', 'status'],
    ]);
    expect(warnings[4]!.message).toBe('状态为"按计划推进",但按截至 2023-09-30 的数据,目标 outage-cut 为慢序时(落后序时进度 9.3 个百分点)');
    expect(warnings[4]!.fix).toBe('请核对 metrics 中的数值;如确实落后,请把 status 改为 at_risk(进度滞后)');
    expect(warnings[0]!.message).toBe('状态为"按计划推进",但按截至 2022-12-31 的数据,目标 roads 为逾期未完成(落后序时进度 26.1 个百分点)');
    expect(warnings[2]!.message).toBe('状态为"已完成",但目标 clinics 尚未达标');
    expect(warnings[1]!.fix).toBe('请在 evidence 中补充能证明已完成的公开材料(title 和以 https:// 开头的 url)');
  });
});
