// What changed from one quarter to the next, per task: for the quarter pages and the feed.
import { NO_REPORT, type TaskStatus } from '../schema/vocabulary.ts';
import { periodsCovered } from './as-of.ts';
import { readingsByTarget, readingsOf, type Reading } from './progress.ts';
import { statusByTaskByPeriod, statusRank } from './status.ts';
import type { DerivationInput } from './input.ts';

export type Movement =
  | 'up' // reported both quarters, status better than before
  | 'down' // reported both quarters, status worse than before
  | 'unchanged' // reported both quarters, same status
  | 'first_report' // reported now, never before
  | 'resumed_reporting' // reported now, not in the previous quarter, but in some earlier one
  | 'stopped_reporting' // reported in the previous quarter, not now
  | 'no_report'; // reported in neither quarter

export const MOVEMENTS: readonly Movement[] = ['up', 'down', 'unchanged', 'first_report', 'resumed_reporting', 'stopped_reporting', 'no_report'];

export interface NewReading {
  reading: Reading;
  /** The target's reading just before this one (by as_of), for "from X to Y"; null for its first. */
  previous: Reading | null;
}

export interface TaskChange {
  task: number;
  from: TaskStatus;
  to: TaskStatus;
  movement: Movement;
  /** Readings carried by this quarter's report, in the report's order. */
  newReadings: NewReading[];
}

export interface PeriodChanges {
  period: string;
  /** The quarter compared with; null for the first covered quarter. */
  previous: string | null;
  /** One entry per task, in task order, including 'no_report' ones (filter as needed). */
  tasks: TaskChange[];
  counts: Record<Movement, number>;
}

/**
 * Up/down compares only two consecutive reported quarters. After a gap the task is 'resumed_reporting'
 * rather than compared with its last status before the gap: the change happened over an unknown span.
 */
export function movementBetween(from: TaskStatus, to: TaskStatus, reportedBefore: boolean): Movement {
  if (to === NO_REPORT.key) return from === NO_REPORT.key ? 'no_report' : 'stopped_reporting';
  if (from === NO_REPORT.key) return reportedBefore ? 'resumed_reporting' : 'first_report';
  const diff = statusRank(to) - statusRank(from);
  return diff > 0 ? 'up' : diff < 0 ? 'down' : 'unchanged';
}

function emptyMovementCounts(): Record<Movement, number> {
  return { up: 0, down: 0, unchanged: 0, first_report: 0, resumed_reporting: 0, stopped_reporting: 0, no_report: 0 };
}

/** For every covered quarter (oldest first), each task's movement from the quarter before and its new readings. */
export function changesByPeriod(dataset: Pick<DerivationInput, 'plan' | 'tasks' | 'reports'>): PeriodChanges[] {
  const periods = periodsCovered(dataset);
  const readings = readingsByTarget(dataset);
  const out: PeriodChanges[] = periods.map((period, p) => ({
    period,
    previous: p === 0 ? null : (periods[p - 1] ?? null),
    tasks: [],
    counts: emptyMovementCounts(),
  }));
  for (const [task, quarters] of statusByTaskByPeriod(dataset)) {
    let from: TaskStatus = NO_REPORT.key;
    let reportedBefore = false;
    quarters.forEach(({ status: to, report }, p) => {
      const movement = movementBetween(from, to, reportedBefore);
      const newReadings = report ? report.metrics.flatMap((m) => newReading(readingsOf(readings, task, m.target), report.period)) : [];
      const period = out[p]!;
      period.tasks.push({ task, from, to, movement, newReadings });
      period.counts[movement]++;
      from = to;
      reportedBefore ||= report !== null;
    });
  }
  return out;
}

function newReading(series: readonly Reading[], reportPeriod: string): NewReading[] {
  const i = series.findIndex((r) => r.reportPeriod === reportPeriod);
  const reading = series[i];
  return reading ? [{ reading, previous: series[i - 1] ?? null }] : [];
}
