import { expect, test, describe } from 'vitest';
import { changesByPeriod, movementBetween, type PeriodChanges } from '../../../src/derive/index.ts';
import { makeDataset, noReports } from './fixture.ts';

const movements = (p: PeriodChanges) => p.tasks.map((t) => `${t.task} ${t.from}>${t.to} ${t.movement}`);

describe('changes between quarters', () => {
  const changes = changesByPeriod(makeDataset());

  test('one entry per covered quarter, each compared with the one before', () => {
    expect(changes.map((c) => [c.period, c.previous])).toEqual([
      ['2022-Q4', null],
      ['2023-Q1', '2022-Q4'],
      ['2023-Q2', '2023-Q1'],
      ['2023-Q3', '2023-Q2'],
    ]);
  });

  test('first reports, stopped, resumed, moved up, moved down, unchanged', () => {
    expect(changes.map(movements)).toEqual([
      ['1 no_report>on_track first_report', '2 no_report>no_report no_report', '3 no_report>on_track first_report', '4 no_report>not_started first_report'],
      ['1 on_track>no_report stopped_reporting', '2 no_report>no_report no_report', '3 on_track>no_report stopped_reporting', '4 not_started>no_report stopped_reporting'],
      ['1 no_report>on_track resumed_reporting', '2 no_report>at_risk first_report', '3 no_report>completed resumed_reporting', '4 no_report>on_track resumed_reporting'],
      ['1 on_track>completed up', '2 at_risk>on_track up', '3 completed>ongoing down', '4 on_track>on_track unchanged'],
    ]);
  });

  test('movement counts per quarter', () => {
    expect(changes[3]!.counts).toEqual({ up: 2, down: 1, unchanged: 1, first_report: 0, resumed_reporting: 0, stopped_reporting: 0, no_report: 0 });
    expect(changes[1]!.counts).toEqual({ up: 0, down: 0, unchanged: 0, first_report: 0, resumed_reporting: 0, stopped_reporting: 3, no_report: 1 });
  });

  test('new readings in the quarter, each with the reading before it', () => {
    const q3 = changes[3]!;
    const summary = q3.tasks.map((t) => [t.task, t.newReadings.map((n) => `${n.reading.target} ${n.previous?.value ?? '-'}→${n.reading.value}`)]);
    expect(summary).toEqual([
      [1, ['clinics 10→8', 'review-days 7→4']],
      [2, ['outage-cut 4→7']],
      [3, []],
      [4, []],
    ]);
    const q4 = changes[0]!.tasks.find((t) => t.task === 3)!;
    expect(q4.newReadings.map((n) => [n.reading.value, n.previous])).toEqual([[300, null]]);
  });

  test('movementBetween follows the status order', () => {
    expect(movementBetween('ongoing', 'completed', true)).toBe('up');
    expect(movementBetween('completed', 'ongoing', true)).toBe('down');
    expect(movementBetween('at_risk', 'not_started', true)).toBe('down');
    expect(movementBetween('no_report', 'at_risk', false)).toBe('first_report');
    expect(movementBetween('no_report', 'at_risk', true)).toBe('resumed_reporting');
  });

  test('no reports at all: no changes', () => {
    expect(changesByPeriod(noReports())).toEqual([]);
  });
});
