import { expect, test, describe } from 'vitest';
import { deriveAll } from '../../../src/derive/index.ts';
import { makeDataset, noReports } from './fixture.ts';

describe('deriveAll', () => {
  test('gathers every derivation from one Dataset', () => {
    const d = deriveAll(makeDataset());
    expect(d.asOf).toBe('2023-10-08');
    expect(d.latestPeriod).toBe('2023-Q3');
    expect(d.periods).toEqual(['2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3']);
    expect(d.latestStatus.get(1)).toBe('completed');
    expect(d.latestReport.get(2)?.reported_on).toBe('2023-10-08');
    expect(d.statusByTask.get(2)?.map((q) => q.status)).toEqual(['no_report', 'no_report', 'at_risk', 'on_track']);
    expect(d.progress.get(3)?.[0]?.state).toBe('overdue');
    expect(d.missing.map((m) => m.missing)).toEqual([1, 4, 0, 0]);
    expect(d.missingByUnit.get('transport-bureau')?.length).toBe(2);
    expect(d.changes[3]?.counts.up).toBe(2);
    expect(d.counts.latest.on_track).toBe(2);
    expect(d.counts.byArea.map((a) => a.area)).toEqual(['health', 'transport']);
    expect(d.counts.byUnit.map((u) => u.unit)).toEqual(['health-bureau', 'transport-bureau', 'finance-bureau', 'towns']);
    expect(d.counts.byPeriod[1]?.counts.no_report).toBe(4);
    expect(d.counts.targetStates).toEqual({ met: 2, on_the_way: 1, overdue: 1, no_data: 1 });
    expect(d.counts.targetStatesByArea[1]).toEqual({ area: 'transport', counts: { met: 0, on_the_way: 0, overdue: 1, no_data: 0 } });
    expect(d.completedWithUnmetTargets).toEqual([{ task: 1, period: '2023-Q3', targetIds: ['clinics'] }]);
  });

  test('gathers the 序时进度: per quarter, the current view, roll-ups, 双过半 and disagreeing claims', () => {
    const { schedule } = deriveAll(makeDataset());
    expect(schedule.byPeriod.map((p) => [p.period, p.judgedOn, p.tasks.map((t) => t.class)])).toEqual([
      ['2022-Q4', '2022-12-31', ['no_data', 'no_data', 'overdue', 'on_schedule']],
      ['2023-Q1', '2023-03-31', ['no_data', 'no_data', 'overdue', 'no_report']],
      ['2023-Q2', '2023-06-30', ['unscheduled', 'behind', 'overdue', 'on_schedule']],
      ['2023-Q3', '2023-09-30', ['completed', 'behind', 'overdue', 'on_schedule']],
    ]);
    expect(schedule.current).toBe(schedule.byPeriod[3]);
    expect(schedule.rollups.map((r) => r.period)).toEqual(['2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3']);
    expect(schedule.rollups[3]!.plan.tasks).toEqual({ completed_early: 0, completed: 1, ahead: 0, on_schedule: 1, behind: 1, overdue: 1, no_data: 0, unscheduled: 0, no_report: 0 });
    expect(schedule.rollups[3]!.plan.behind.map((b) => [b.task, b.gap])).toEqual([
      [2, -9.3],
      [3, -26.1],
    ]);
    expect(schedule.rollups[1]!.byLeadUnit.find((u) => u.unit === 'transport-bureau')!.rollup.behind.map((b) => [b.task, b.class])).toEqual([
      [4, 'no_report'],
      [3, 'overdue'],
    ]);
    expect(schedule.halfYears.map((y) => [y.year, y.due, y.halfDone, y.share])).toEqual([[2023, 2, 1, 50]]);
    expect(schedule.claims.map((c) => `${c.period}/${c.task}/${c.kind}`)).toEqual([
      '2022-Q4/3/on_track_behind',
      '2023-Q2/3/completed_without_evidence',
      '2023-Q3/1/completed_unmet',
      '2023-Q3/1/completed_without_evidence',
      '2023-Q3/2/on_track_behind',
    ]);
  });

  test('no reports at all', () => {
    const d = deriveAll(noReports());
    expect(d.asOf).toBeNull();
    expect(d.latestPeriod).toBeNull();
    expect(d.periods).toEqual([]);
    expect([...d.latestStatus.values()]).toEqual(['no_report', 'no_report', 'no_report', 'no_report']);
    expect([...d.statusByTask.values()]).toEqual([[], [], [], []]);
    expect(d.latestReport.size).toBe(0);
    expect(d.missing).toEqual([]);
    expect([...d.missingByUnit.values()]).toEqual([[], [], [], []]);
    expect(d.changes).toEqual([]);
    expect(d.counts.byPeriod).toEqual([]);
    expect(d.counts.targetStates).toEqual({ met: 0, on_the_way: 0, overdue: 0, no_data: 5 });
    expect(d.completedWithUnmetTargets).toEqual([]);
    expect(d.schedule).toEqual({ byPeriod: [], current: null, rollups: [], halfYears: [], claims: [] });
  });

  test('does not modify the dataset', () => {
    const dataset = makeDataset();
    const before = JSON.stringify({ tasks: dataset.tasks, reports: dataset.reports });
    deriveAll(dataset);
    expect(JSON.stringify({ tasks: dataset.tasks, reports: dataset.reports })).toBe(before);
  });
});
