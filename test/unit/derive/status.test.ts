import { expect, test, describe } from 'vitest';
import {
  latestReportByTask,
  latestStatusByTask,
  STATUS_ORDER,
  statusByTaskByPeriod,
  statusRank,
} from '../../../src/derive/index.ts';
import { makeDataset, noReports } from './fixture.ts';

const statuses = (dataset = makeDataset()) =>
  new Map([...statusByTaskByPeriod(dataset)].map(([task, quarters]) => [task, quarters.map((q) => `${q.period} ${q.status}`)]));

describe('status per quarter', () => {
  test('every task has every covered quarter; unreported quarters are no_report', () => {
    expect(statuses()).toEqual(
      new Map([
        [1, ['2022-Q4 on_track', '2023-Q1 no_report', '2023-Q2 on_track', '2023-Q3 completed']],
        [2, ['2022-Q4 no_report', '2023-Q1 no_report', '2023-Q2 at_risk', '2023-Q3 on_track']],
        [3, ['2022-Q4 on_track', '2023-Q1 no_report', '2023-Q2 completed', '2023-Q3 ongoing']],
        [4, ['2022-Q4 not_started', '2023-Q1 no_report', '2023-Q2 on_track', '2023-Q3 on_track']],
      ]),
    );
  });

  test('each quarter carries its report, or null', () => {
    const task3 = statusByTaskByPeriod(makeDataset()).get(3)!;
    expect(task3.map((q) => q.report?.reported_on ?? null)).toEqual(['2023-01-05', null, '2023-06-12', '2023-09-30']);
  });

  test('no reports at all: every task has an empty list', () => {
    expect(statuses(noReports())).toEqual(new Map([[1, []], [2, []], [3, []], [4, []]]));
  });
});

describe('latest status', () => {
  test('is the status of the task\'s latest report', () => {
    expect(latestStatusByTask(makeDataset())).toEqual(
      new Map([
        [1, 'completed'],
        [2, 'on_track'],
        [3, 'ongoing'],
        [4, 'on_track'],
      ]),
    );
  });

  test('comes from an older quarter when the task skipped the latest one', () => {
    const reports = makeDataset().reports.filter((r) => !(r.task === 3 && r.period === '2023-Q3'));
    const dataset = { ...makeDataset(), reports };
    expect(latestStatusByTask(dataset).get(3)).toBe('completed');
    expect(latestReportByTask(dataset).get(3)?.period).toBe('2023-Q2');
  });

  test('no reports at all: every task is no_report and has no latest report', () => {
    expect(latestStatusByTask(noReports())).toEqual(
      new Map([
        [1, 'no_report'],
        [2, 'no_report'],
        [3, 'no_report'],
        [4, 'no_report'],
      ]),
    );
    expect(latestReportByTask(noReports()).size).toBe(0);
  });
});

describe('status order', () => {
  test('not_started < at_risk < on_track < ongoing < completed', () => {
    expect(STATUS_ORDER).toEqual(['not_started', 'at_risk', 'on_track', 'ongoing', 'completed']);
    expect(statusRank('not_started')).toBe(0);
    expect(statusRank('ongoing')).toBe(3);
    expect(statusRank('completed')).toBe(4);
  });
});
