// Progress toward each numeric target, from the readings units submit in their reports.
import type { ComparatorKey } from '../schema/vocabulary.ts';
import { periodOfDate } from '../schema/period.ts';
import { compareReadings, meetsTarget } from '../schema/reading.ts';
import type { Target, Task } from '../schema/index.ts';
import { asOfDate } from './as-of.ts';
import { shared, type DerivationInput } from './input.ts';

/** One submitted value of one target. */
export interface Reading {
  task: number;
  target: string;
  value: number;
  /** The date the value describes (the metric's as_of). */
  as_of: string;
  note: string | null;
  /** The quarter the value describes (the quarter of as_of). */
  period: string;
  /** The quarter of the report that carried it; may be later than `period` (year-end figures reported in Q1). */
  reportPeriod: string;
}

export type TargetState = 'met' | 'on_the_way' | 'overdue' | 'no_data';
export const TARGET_STATES: readonly TargetState[] = ['met', 'on_the_way', 'overdue', 'no_data'];

export type BetterDirection = 'higher' | 'lower';

export interface TargetProgress {
  task: number;
  target: Target;
  better: BetterDirection;
  /** Oldest first (compareReadings: by as_of, then by report period). */
  readings: Reading[];
  latest: Reading | null;
  /** Of the latest reading; uncapped (may exceed 100, or be negative for a reduce_by that went up). null without readings. */
  percent: number | null;
  /** Of the latest reading; whole number 0..100 for bars and labels, and 100 exactly when `met`. null without readings. */
  displayPercent: number | null;
  /** The latest reading meets the target. */
  met: boolean;
  /** Some reading, at any time, met the target. */
  metEver: boolean;
  /** The last reading with as_of on or before the deadline; null without a deadline or without such a reading. */
  deadlineReading: Reading | null;
  /** deadlineReading meets the target; false without a deadline. */
  metAtDeadline: boolean;
  state: TargetState;
}

/** Higher is better for every comparator except at_most (a time limit, a count to keep under). */
export function betterDirection(comparator: ComparatorKey): BetterDirection {
  return comparator === 'at_most' ? 'lower' : 'higher';
}

/** Uncapped percent of the way to the target. */
export function percentOfTarget(target: Pick<Target, 'comparator' | 'value'>, value: number): number {
  if (meetsTarget(target, value) && (target.comparator === 'at_most' || target.value === 0)) return 100;
  // at_most, not met: value > target >= 0, so no division by zero.
  if (target.comparator === 'at_most') return (target.value * 100) / value;
  // target 0 and not met (a negative reading): no meaningful ratio; show no progress.
  if (target.value === 0) return 0;
  // value * 100 first: 7 * 100 / 10 is exactly 70, 7 / 10 * 100 is 70.00000000000001.
  return (value * 100) / target.value;
}

/**
 * Whole number 0..100, rounded down so a target that is not met never shows 100 (99.6% would
 * round to a misleading "100%"), and forced to 100 when met.
 */
export function displayPercent(target: Pick<Target, 'comparator' | 'value'>, value: number): number {
  if (meetsTarget(target, value)) return 100;
  const raw = Math.round(percentOfTarget(target, value) * 1e6) / 1e6; // absorb float noise before flooring
  return Math.min(99, Math.max(0, Math.floor(raw)));
}

const readingKey = (task: number, target: string) => `${task}/${target}`;

/** Every reading of every target, keyed `${task}/${target}`, oldest first. Targets never read are absent. */
export function readingsByTarget(dataset: Pick<DerivationInput, 'reports'>): Map<string, Reading[]> {
  return shared(dataset, readingsByTarget, () => {
    const out = new Map<string, Reading[]>();
    // Many readings share an as_of (quarter ends); parsing each date again dominated at province scale.
    const periods = new Map<string, string>();
    const periodOf = (date: string) => periods.get(date) ?? periods.set(date, periodOfDate(date)).get(date)!;
    for (const report of dataset.reports) {
      for (const metric of report.metrics) {
        const reading: Reading = {
          task: report.task,
          target: metric.target,
          value: metric.value,
          as_of: metric.as_of,
          note: metric.note ?? null,
          period: periodOf(metric.as_of),
          reportPeriod: report.period,
        };
        const key = readingKey(report.task, metric.target);
        const list = out.get(key);
        if (list) list.push(reading);
        else out.set(key, [reading]);
      }
    }
    for (const list of out.values()) list.sort(compareReadings);
    return out;
  });
}

/** The readings of one target, oldest first, from a readingsByTarget map. */
export function readingsOf(readings: Map<string, Reading[]>, task: number, target: string): Reading[] {
  return readings.get(readingKey(task, target)) ?? [];
}

/**
 * The latest of `readings` (sorted oldest first) that satisfies `include`, or null.
 * Used for "latest as of the deadline" and "latest as of a given report".
 */
export function lastReadingWhere(readings: readonly Reading[], include: (r: Reading) => boolean): Reading | null {
  for (let i = readings.length - 1; i >= 0; i--) {
    const reading = readings[i]!;
    if (include(reading)) return reading;
  }
  return null;
}

/**
 * Progress of one target, judged against `asOf` (the data's as-of date, not today).
 *
 * A target whose deadline has passed is judged at the deadline, by the last reading with
 * as_of <= deadline: met early and missed later is still "met" (the promise was kept on time; `met`
 * = false tells the page it has since slipped), and met only after the deadline is "overdue" (a
 * later reading cannot prove the promise was kept on time; `met` = true lets the page say it was
 * reached late). Readings that exist only after the deadline count as not met on time.
 * A target without any reading is 'no_data', even past its deadline: there is no figure to judge.
 * Recurring (yearly/daily) targets are judged by their latest reading like any other.
 */
export function targetProgress(task: number, target: Target, readings: readonly Reading[], asOf: string | null): TargetProgress {
  const latest = readings.at(-1) ?? null;
  const deadline = target.deadline;
  const deadlineReading = deadline === undefined ? null : lastReadingWhere(readings, (r) => r.as_of <= deadline);
  const met = latest !== null && meetsTarget(target, latest.value);
  const metAtDeadline = deadlineReading !== null && meetsTarget(target, deadlineReading.value);
  const deadlinePassed = deadline !== undefined && asOf !== null && deadline < asOf;
  let state: TargetState;
  if (latest === null) state = 'no_data';
  else if (deadlinePassed) state = metAtDeadline ? 'met' : 'overdue';
  else state = met ? 'met' : 'on_the_way';
  return {
    task,
    target,
    better: betterDirection(target.comparator),
    readings: [...readings],
    latest,
    percent: latest === null ? null : percentOfTarget(target, latest.value),
    displayPercent: latest === null ? null : displayPercent(target, latest.value),
    met,
    metEver: readings.some((r) => meetsTarget(target, r.value)),
    deadlineReading,
    metAtDeadline,
    state,
  };
}

/** Every task's targets (in the task file's order) with their progress. Every task has an entry. */
export function targetProgressByTask(dataset: Pick<DerivationInput, 'tasks' | 'reports'>): Map<number, TargetProgress[]> {
  return shared(dataset, targetProgressByTask, () => {
    const asOf = asOfDate(dataset);
    const readings = readingsByTarget(dataset);
    return new Map(
      dataset.tasks.map((task: Task) => [
        task.id,
        task.targets.map((target) => targetProgress(task.id, target, readingsOf(readings, task.id, target.id), asOf)),
      ]),
    );
  });
}

/** Every target of every task, tasks in id order. */
export function allTargetProgress(dataset: Pick<DerivationInput, 'tasks' | 'reports'>): TargetProgress[] {
  return [...targetProgressByTask(dataset).values()].flat();
}
