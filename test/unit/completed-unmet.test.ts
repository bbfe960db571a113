import { expect, test, describe } from 'vitest';
import { completedWithUnmetTargets } from '../../src/content/completed-unmet.ts';
import { makeDataset, makeReport, makeTarget, makeTask, noReports } from './derive/fixture.ts';

describe('completed with unmet targets', () => {
  test('lists a completed report whose targets are not all met as of that report', () => {
    // Task 1 says completed in 2023-Q3 while clinics fell to 8 (< 10); task 3's completion had roads at 406.
    expect(completedWithUnmetTargets(makeDataset())).toEqual([{ task: 1, period: '2023-Q3', targetIds: ['clinics'] }]);
  });

  const task = makeTask({
    id: 9,
    area: 'health',
    lead: ['health-bureau'],
    targets: [
      makeTarget({ id: 'a', value: 10, comparator: 'at_least' }),
      makeTarget({ id: 'b', value: 5, comparator: 'at_most' }),
    ],
  });

  test('a target never read counts as not met', () => {
    const reports = [makeReport(9, '2023-Q1', 'completed', '2023-03-20', [['a', 10, '2023-03-15']])];
    expect(completedWithUnmetTargets(makeDataset([task], reports))).toEqual([{ task: 9, period: '2023-Q1', targetIds: ['b'] }]);
  });

  test('readings from earlier reports count; readings from later reports do not', () => {
    const reports = [
      makeReport(9, '2023-Q1', 'on_track', '2023-03-20', [['a', 10, '2023-03-15'], ['b', 4, '2023-03-15']]),
      makeReport(9, '2023-Q2', 'completed', '2023-06-20'),
      makeReport(9, '2023-Q3', 'completed', '2023-09-20', [['a', 9, '2023-09-15'], ['b', 6, '2023-09-15']]),
    ];
    expect(completedWithUnmetTargets(makeDataset([task], reports))).toEqual([{ task: 9, period: '2023-Q3', targetIds: ['a', 'b'] }]);
  });

  test('a completed task without targets is fine', () => {
    const plain = makeTask({ id: 8, area: 'health', lead: ['health-bureau'] });
    expect(completedWithUnmetTargets(makeDataset([plain], [makeReport(8, '2023-Q1', 'completed', '2023-03-01')]))).toEqual([]);
  });

  test('no reports at all: nothing to warn about', () => {
    expect(completedWithUnmetTargets(noReports())).toEqual([]);
  });
});
