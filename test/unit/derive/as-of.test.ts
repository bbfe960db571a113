import { expect, test, describe } from 'vitest';
import { asOfDate, latestReportedPeriod, periodsCovered } from '../../../src/derive/index.ts';
import { makeDataset, makeReport, noReports, TASKS } from './fixture.ts';

describe('as-of', () => {
  test('the as-of date is the latest reported_on, even when it falls after the latest period', () => {
    // Task 2's 2023-Q3 report was filed on 2023-10-08, in Q4.
    expect(asOfDate(makeDataset())).toBe('2023-10-08');
    expect(latestReportedPeriod(makeDataset())).toBe('2023-Q3');
  });

  test('periods run from 2022-Q4 to the latest reported period, including a quarter nobody reported', () => {
    expect(periodsCovered(makeDataset())).toEqual(['2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3']);
  });

  test('periods start at 2022-Q4 even when the first report is later', () => {
    const dataset = makeDataset(TASKS, [makeReport(1, '2023-Q2', 'on_track', '2023-05-01')]);
    expect(periodsCovered(dataset)).toEqual(['2022-Q4', '2023-Q1', '2023-Q2']);
  });

  test('no reports at all: as-of null, latest period null, no periods', () => {
    expect(asOfDate(noReports())).toBeNull();
    expect(latestReportedPeriod(noReports())).toBeNull();
    expect(periodsCovered(noReports())).toEqual([]);
  });
});
