// 序时进度 over the labelled demo dataset (examples/demo/reports, as-of 2025-01-20), with values checked
// by hand against the task files and the demo reports.
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/content/load.ts';
import { claimDisagreements, halfYearByYear, scheduleByPeriod, scheduleRollups, withSharedIndexes, type PeriodSchedule } from '../../../src/derive/index.ts';

const loaded = loadDataset({ contentDir: 'content', reportsDir: 'examples/demo/reports', demo: true });
if (!loaded.ok) throw new Error('the demo dataset does not load');
const dataset = withSharedIndexes(loaded.dataset);
const periods = scheduleByPeriod(dataset);
const quarter = (period: string): PeriodSchedule => periods.find((p) => p.period === period)!;
const targetIn = (period: string, task: number, target: string) => quarter(period).tasks.find((t) => t.task === task)!.targets.find((t) => t.target === target)!;

describe('the demo dataset', () => {
  test('nine quarters, each judged at its last day', () => {
    expect(periods.map((p) => p.judgedOn)).toEqual(['2022-12-31', '2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31', '2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
  });

  test('task 36: 406 households by 2022-12-31, reported as 406 on that day: completed, not early', () => {
    expect(targetIn('2022-Q4', 36, 'home-adaptation-households')).toMatchObject({
      start: '2022-10-13',
      deadline: '2022-12-31',
      expected: 100,
      actual: 100,
      gap: 0,
      class: 'completed',
      reading: { value: 406, as_of: '2022-12-31' },
    });
  });

  test('task 38: 1G by 2023-10-31, 0.5 at 2023-06-30 = 260 of 383 days (67.9) against 50.0: behind', () => {
    expect(targetIn('2023-Q2', 38, 'city-township-bandwidth')).toMatchObject({ expected: 67.9, actual: 50, gap: -17.9, class: 'behind' });
    expect(targetIn('2023-Q4', 38, 'city-township-bandwidth').class).toBe('completed_early');
  });

  test('task 31: a yearly 3 exhibitions restarts each year: none by 2024-03-31 = 90 of 365 days behind', () => {
    expect(targetIn('2024-Q1', 31, 'temporary-exhibitions')).toMatchObject({ start: '2024-01-01', deadline: '2024-12-31', expected: 24.7, actual: 0, class: 'behind' });
  });

  test('2024-Q4 for the plan: every task counted once, the behind list newest first', () => {
    const rollup = scheduleRollups(dataset, quarter('2024-Q4')).plan;
    expect(rollup.tasks).toEqual({ completed_early: 1, completed: 12, ahead: 0, on_schedule: 12, behind: 0, overdue: 8, no_data: 0, unscheduled: 3, no_report: 4 });
    expect(rollup.behind.slice(0, 5).map((b) => [b.task, b.class, b.behindSince])).toEqual([
      [11, 'no_report', '2024-Q4'],
      [15, 'no_report', '2024-Q4'],
      [16, 'no_report', '2024-Q4'],
      [34, 'no_report', '2024-Q4'],
      [23, 'overdue', '2023-Q2'],
    ]);
  });

  test('双过半 in 2023: 5 of the 9 targets due that year half done by June 30', () => {
    expect(halfYearByYear(dataset).map((y) => [y.year, y.due, y.halfDone, y.share])).toEqual([
      [2023, 9, 5, 55.6],
      [2024, 5, 0, 0],
    ]);
  });

  test('claims that disagree with the numbers, per kind', () => {
    const claims = claimDisagreements(dataset);
    const count = (kind: string) => claims.filter((c) => c.kind === kind).length;
    expect([count('on_track_behind'), count('completed_unmet'), count('completed_without_evidence')]).toEqual([14, 0, 29]);
    expect(claims.find((c) => c.kind === 'on_track_behind')).toEqual({ task: 31, period: '2023-Q1', kind: 'on_track_behind', targets: ['temporary-exhibitions'] });
  });
});
