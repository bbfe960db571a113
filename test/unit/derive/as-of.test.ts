import { expect, test, describe } from 'vitest';
import { asOfDate, latestReportedPeriod, periodsCovered } from '../../../src/derive/index.ts';
import { makeDataset, makeReport, noReports, TASKS } from './fixture.ts';

describe('as-of', () => {
  test('the as-of date is the latest reported_on, even when it falls after the latest period', () => {
    // Task 2's 2023-Q3 report was filed on 2023-10-08, in Q4.
    expect(asOfDate(makeDataset())).toBe('2023-10-08');
    expect(latestReportedPeriod(makeDataset())).toBe('2023-Q3');
  });

  test('periods run from the quarter the plan was issued in (2022-10-13: 2022-Q4) to the latest reported period, including a quarter nobody reported', () => {
    expect(periodsCovered(makeDataset())).toEqual(['2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3']);
  });

  test('periods start at 2022-Q4 even when the first report is later', () => {
    const dataset = makeDataset(TASKS, [makeReport(1, '2023-Q2', 'on_track', '2023-05-01')]);
    expect(periodsCovered(dataset)).toEqual(['2022-Q4', '2023-Q1', '2023-Q2']);
  });

  test('a plan issued in 2024 expects nothing before 2024-Q2', () => {
    const dataset = { ...makeDataset(TASKS, [makeReport(1, '2024-Q3', 'on_track', '2024-08-01')]), plan: { ...makeDataset().plan, date: '2024-05-20' } };
    expect(periodsCovered(dataset)).toEqual(['2024-Q2', '2024-Q3']);
  });

  test('a plan that ended expects nothing after its last quarter, however late the reports run', () => {
    const base = makeDataset(TASKS, [makeReport(1, '2023-Q3', 'on_track', '2023-08-01')]);
    const dataset = { ...base, plan: { ...base.plan, reporting: { last_period: '2023-Q1', due_days_after_quarter: 10 } } };
    expect(periodsCovered(dataset)).toEqual(['2022-Q4', '2023-Q1']);
  });

  test('no reports at all: as-of null, latest period null, no periods', () => {
    expect(asOfDate(noReports())).toBeNull();
    expect(latestReportedPeriod(noReports())).toBeNull();
    expect(periodsCovered(noReports())).toEqual([]);
  });
});
