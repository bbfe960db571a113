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
      },
      { period: '2023-Q2', tasks: [], byLeadUnit: [], expected: 4, reported: 4, missing: 0 },
      { period: '2023-Q3', tasks: [], byLeadUnit: [], expected: 4, reported: 4, missing: 0 },
    ]);
  });

  test('per unit: every unit listed, the quarters it owes reports for', () => {
    expect(missingReportsByUnit(makeDataset())).toEqual(
      new Map([
        [
          'health-bureau',
          [
            { period: '2022-Q4', tasks: [2] },
            { period: '2023-Q1', tasks: [1, 2] },
          ],
        ],
        [
          'transport-bureau',
          [
            { period: '2022-Q4', tasks: [2] },
            { period: '2023-Q1', tasks: [2, 3, 4] },
          ],
        ],
        ['finance-bureau', []],
        ['towns', []],
      ]),
    );
    expect(totalMissingReports(makeDataset())).toBe(5);
  });

  test('no reports at all: no quarter is covered, so nothing is missing yet', () => {
    expect(missingReportsByPeriod(noReports())).toEqual([]);
    expect(totalMissingReports(noReports())).toBe(0);
  });
});
