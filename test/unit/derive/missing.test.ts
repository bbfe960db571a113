import { expect, test, describe } from 'vitest';
import { missingReportsByPeriod, missingReportsByUnit, totalMissingReports } from '../../../src/derive/index.ts';
import { makeDataset, noReports } from './fixture.ts';

describe('missing reports', () => {
  test('per quarter, with lead units and counts; a task with two lead units is listed under both', () => {
    expect(missingReportsByPeriod(makeDataset())).toEqual([
      {
        period: '2022-Q4',
        tasks: [2],
        byLeadUnit: [
          { unit: 'health-bureau', tasks: [2] },
          { unit: 'transport-bureau', tasks: [2] },
        ],
        expected: 4,
        reported: 3,
        missing: 1,
        dueOn: '2023-01-10',
        state: 'late',
      },
      {
        period: '2023-Q1',
        tasks: [1, 2, 3, 4],
        byLeadUnit: [
          { unit: 'health-bureau', tasks: [1, 2] },
          { unit: 'transport-bureau', tasks: [2, 3, 4] },
        ],
        expected: 4,
        reported: 0,
        missing: 4,
        dueOn: '2023-04-10',
        state: 'late',
      },
      { period: '2023-Q2', tasks: [], byLeadUnit: [], expected: 4, reported: 4, missing: 0, dueOn: '2023-07-10', state: 'late' },
      // The as-of date (2023-10-08) is before 2023-Q3's deadline.
      { period: '2023-Q3', tasks: [], byLeadUnit: [], expected: 4, reported: 4, missing: 0, dueOn: '2023-10-10', state: 'pending' },
    ]);
  });

  test('per unit: every unit listed, the quarters it owes reports for', () => {
    expect(missingReportsByUnit(makeDataset())).toEqual(
      new Map([
        [
          'health-bureau',
          [
            { period: '2022-Q4', tasks: [2], state: 'late' },
            { period: '2023-Q1', tasks: [1, 2], state: 'late' },
          ],
        ],
        [
          'transport-bureau',
          [
            { period: '2022-Q4', tasks: [2], state: 'late' },
            { period: '2023-Q1', tasks: [2, 3, 4], state: 'late' },
          ],
        ],
        ['finance-bureau', []],
        ['towns', []],
      ]),
    );
    expect(totalMissingReports(makeDataset())).toBe(5);
  });

  test('the quarter still within its deadline at the as-of date is 待报送; a plan may give more days', () => {
    const dataset = makeDataset();
    const patient = { ...dataset, plan: { ...dataset.plan, reporting: { due_days_after_quarter: 7 } } };
    expect(missingReportsByPeriod(patient).map((p) => [p.dueOn, p.state])).toEqual([
      ['2023-01-07', 'late'],
      ['2023-04-07', 'late'],
      ['2023-07-07', 'late'],
      ['2023-10-07', 'late'],
    ]);
  });

  test('no reports at all: no quarter is covered, so nothing is missing yet', () => {
    expect(missingReportsByPeriod(noReports())).toEqual([]);
    expect(totalMissingReports(noReports())).toBe(0);
  });
});
