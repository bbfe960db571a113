import { expect, test, describe } from 'vitest';
import {
  countTotal,
  latestStatusCounts,
  latestStatusCountsByArea,
  latestStatusCountsByUnit,
  statusCountsByPeriod,
  targetStateCounts,
  targetStateCountsByArea,
  type StatusCounts,
  type TargetStateCounts,
} from '../../../src/derive/index.ts';
import { makeDataset, noReports } from './fixture.ts';

const sc = (counts: Partial<StatusCounts>): StatusCounts => ({
  not_started: 0,
  at_risk: 0,
  on_track: 0,
  ongoing: 0,
  completed: 0,
  no_report: 0,
  ...counts,
});
const tc = (counts: Partial<TargetStateCounts>): TargetStateCounts => ({ met: 0, on_the_way: 0, overdue: 0, no_data: 0, ...counts });

describe('status counts', () => {
  test('latest, overall', () => {
    const counts = latestStatusCounts(makeDataset());
    expect(counts).toEqual(sc({ on_track: 2, ongoing: 1, completed: 1 }));
    expect(countTotal(counts)).toBe(4);
  });

  test('latest, by area in areas.yaml order', () => {
    expect(latestStatusCountsByArea(makeDataset())).toEqual([
      { area: 'health', counts: sc({ completed: 1, on_track: 1 }) },
      { area: 'transport', counts: sc({ ongoing: 1, on_track: 1 }) },
    ]);
  });

  test('latest, by unit, lead and responsible counted separately', () => {
    expect(latestStatusCountsByUnit(makeDataset())).toEqual([
      { unit: 'health-bureau', lead: sc({ completed: 1, on_track: 1 }), responsible: sc({}) },
      { unit: 'transport-bureau', lead: sc({ on_track: 2, ongoing: 1 }), responsible: sc({}) },
      { unit: 'finance-bureau', lead: sc({}), responsible: sc({ completed: 1, ongoing: 1 }) },
      { unit: 'towns', lead: sc({}), responsible: sc({ ongoing: 1 }) },
    ]);
  });

  test('by quarter, no_report included', () => {
    expect(statusCountsByPeriod(makeDataset())).toEqual([
      { period: '2022-Q4', counts: sc({ on_track: 2, not_started: 1, no_report: 1 }) },
      { period: '2023-Q1', counts: sc({ no_report: 4 }) },
      { period: '2023-Q2', counts: sc({ at_risk: 1, on_track: 2, completed: 1 }) },
      { period: '2023-Q3', counts: sc({ on_track: 2, ongoing: 1, completed: 1 }) },
    ]);
  });

  test('no reports at all: every task no_report, no quarters', () => {
    expect(latestStatusCounts(noReports())).toEqual(sc({ no_report: 4 }));
    expect(latestStatusCountsByArea(noReports())).toEqual([
      { area: 'health', counts: sc({ no_report: 2 }) },
      { area: 'transport', counts: sc({ no_report: 2 }) },
    ]);
    expect(statusCountsByPeriod(noReports())).toEqual([]);
  });
});

describe('target state counts', () => {
  test('overall and by area', () => {
    expect(targetStateCounts(makeDataset())).toEqual(tc({ met: 2, on_the_way: 1, overdue: 1, no_data: 1 }));
    expect(targetStateCountsByArea(makeDataset())).toEqual([
      { area: 'health', counts: tc({ met: 2, on_the_way: 1, no_data: 1 }) },
      { area: 'transport', counts: tc({ overdue: 1 }) },
    ]);
  });

  test('no reports at all: every target has no data', () => {
    expect(targetStateCounts(noReports())).toEqual(tc({ no_data: 5 }));
  });
});
