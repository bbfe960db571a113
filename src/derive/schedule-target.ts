// 序时进度 of one numeric target at one date: how far along it should be (expected share), how far it
// is (actual share) and the class that follows. Pure: the judging date is always passed in.
//
// The judging date d means the END of day d: every reading with as_of <= d is known, and a deadline on d
// has arrived, so the target is then judged for good (完成 or 逾期未完成). Quarters are judged at their
// last day, and most deadlines are quarter ends (2022-12-31): the Q4 judgement is the year's verdict, as
// in a 督查室's Q4 通报. (progress.ts, which judges at a report's filing date, counts a deadline on the
// as-of date as not yet passed; the two differ on that one day only.)
//
// Edges, decided:
// - No deadline and not yearly: no clock, so no expected share. Met -> completed; not met ->
//   'unscheduled' (its own class, not no_data: there is a figure, only no date to hold it against).
// - yearly: a clock per calendar year, Jan 1 (or the target's own `start` in its first year) to Dec 31
//   (or the deadline in its last year); only that year's readings count (counts restart each year).
//   After the deadline's year the last year stays judged. A yearly target without a deadline recurs.
// - Levels (at_most, and any `daily` target such as "每天2小时"): met or not, share 100 or 0. A level has
//   no partial progress to set against the calendar, so before its deadline a level not met is
//   on_schedule, never behind; met is completed, never completed_early (a limit must keep holding, so
//   "finished early" would claim what the next reading can undo). After the deadline, not met is overdue.
// - Before the start: expected share 0, so the class follows the actual share as usual.
// - Readings after the deadline: the verdict is the last reading on or before the deadline; met only
//   later is still overdue (a late figure cannot show the promise was kept on time); readings only after
//   the deadline make it overdue too, not no_data.
// - No reading by d: no_data, with `dataOverdue` when the deadline has arrived without any figure.
// - A deadline before the start (the schema refuses it; computed data may still carry it): the clock
//   has no length, so the whole amount is expected from the deadline on and nothing before it.
// - Shares are percentage points rounded to 0.1 (half away from zero) BEFORE classifying, so the class
//   always agrees with the numbers a reader sees: a gap shown as -5.0 with tolerance 5 is on_schedule.
import type { Plan, Target } from '../schema/index.ts';
import { DEFAULT_SCHEDULE_TOLERANCE, type ScheduleClassKey } from '../schema/vocabulary.ts';
import { meetsTarget } from '../schema/reading.ts';
import type { Reading } from './progress.ts';

/** Every class a target can have (no_report belongs to tasks: targets are not reported on their own). */
export type TargetScheduleClass = Exclude<ScheduleClassKey, 'no_report'>;

export interface ScheduleSettings {
  /** Where a target's clock starts unless it says otherwise: the plan's date (成文日期). */
  planDate: string;
  /** Points either side of the expected share that still count as 按序时. */
  tolerance: number;
}

export function scheduleSettings(plan: Pick<Plan, 'date' | 'schedule'>): ScheduleSettings {
  return { planDate: plan.date, tolerance: plan.schedule?.tolerance ?? DEFAULT_SCHEDULE_TOLERANCE };
}

export interface TargetSchedule {
  task: number;
  target: string;
  judgedOn: string;
  /** The clock judged: from `start` to `deadline` (for a yearly target, this year's); null without a clock. */
  start: string | null;
  deadline: string | null;
  /** Points 0..100, 0.1 precision; null without a clock. */
  expected: number | null;
  /** Points, 0.1 precision, uncapped (150 = one and a half times the target; negative = went backwards); null without a reading. */
  actual: number | null;
  /** actual - expected, points; null when either is. Negative = behind the calendar. */
  gap: number | null;
  class: TargetScheduleClass;
  /** The reading the class rests on (at the deadline once it has arrived); null without one. */
  reading: Reading | null;
  /** no_data only: the deadline has arrived and no figure was ever given. */
  dataOverdue: boolean;
}

/** Half away from zero, to 0.1; the toFixed step absorbs float noise (0.15 * 10 = 1.4999999999999998). */
export function roundPoints(value: number): number {
  const tenths = Math.round(Number((Math.abs(value) * 10).toFixed(6)));
  return (Math.sign(value) * tenths) / 10 || 0; // `|| 0`: no -0 in exports
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/** A level is met or not; it has no partial progress to compare with the calendar. */
export function isLevelTarget(target: Pick<Target, 'comparator' | 'recurring'>): boolean {
  return target.comparator === 'at_most' || target.recurring === 'daily';
}

interface Clock {
  start: string;
  deadline: string;
  /** Readings before this date belong to another period of a recurring target. */
  readingsFrom: string | null;
}

/** The clock that applies at `date`, or null when the target has none (no deadline, not yearly). */
export function targetClock(target: Pick<Target, 'deadline' | 'recurring' | 'start'>, date: string, planDate: string): Clock | null {
  if (target.recurring === 'yearly') {
    let year = yearOf(date);
    if (target.start !== undefined) year = Math.max(year, yearOf(target.start));
    if (target.deadline !== undefined) year = Math.min(year, yearOf(target.deadline));
    const yearStart = `${year}-01-01`;
    const yearEnd = `${year}-12-31`;
    const start = target.start !== undefined && target.start > yearStart ? target.start : yearStart;
    const deadline = target.deadline !== undefined && target.deadline < yearEnd ? target.deadline : yearEnd;
    return { start, deadline, readingsFrom: yearStart };
  }
  if (target.deadline === undefined) return null;
  return { start: target.start ?? planDate, deadline: target.deadline, readingsFrom: null };
}

/** Share of the clock's time elapsed at the end of `date`, points (unrounded). */
export function expectedShare(clock: Pick<Clock, 'start' | 'deadline'>, date: string): number {
  if (date >= clock.deadline) return 100;
  if (date <= clock.start) return 0;
  return ((dayNumber(date) - dayNumber(clock.start)) * 100) / (dayNumber(clock.deadline) - dayNumber(clock.start));
}

/**
 * Share of the work done by `value`, points (unrounded). at_least/reach count from the baseline (0 for
 * counts of new things); reduce_by's value is already the reduction achieved; levels are 100 or 0. A
 * target at or below its baseline has no distance to cover: 100 once met, 0 before.
 */
export function actualShare(target: Pick<Target, 'comparator' | 'value' | 'recurring' | 'baseline'>, value: number): number {
  const met = meetsTarget(target, value);
  if (isLevelTarget(target)) return met ? 100 : 0;
  const baseline = target.comparator === 'reduce_by' ? 0 : (target.baseline?.value ?? 0);
  if (target.value <= baseline) return met ? 100 : 0;
  // (value - baseline) * 100 first: 7 * 100 / 10 is exactly 70, 7 / 10 * 100 is 70.00000000000001.
  return ((value - baseline) * 100) / (target.value - baseline);
}

const lastOnOrBefore = (readings: readonly Reading[], date: string, from: string | null): Reading | null => {
  for (let i = readings.length - 1; i >= 0; i--) {
    const r = readings[i]!;
    if (r.as_of <= date && (from === null || r.as_of >= from)) return r;
  }
  return null;
};

/**
 * The class of one target at the end of `date`, from its readings (sorted oldest first, as
 * readingsByTarget gives them). Readings dated after `date` are not known then and are ignored.
 */
export function targetSchedule(task: number, target: Target, readings: readonly Reading[], date: string, settings: ScheduleSettings): TargetSchedule {
  const clock = targetClock(target, date, settings.planDate);
  const from = clock?.readingsFrom ?? null;
  const arrived = clock !== null && date >= clock.deadline;
  const latest = lastOnOrBefore(readings, date, from);
  // Once the deadline has arrived the verdict rests on the figure at the deadline.
  const reading = arrived ? lastOnOrBefore(readings, clock.deadline, from) : latest;
  const base = { task, target: target.id, judgedOn: date, start: clock?.start ?? null, deadline: clock?.deadline ?? null };
  const expected = clock === null ? null : roundPoints(expectedShare(clock, date));
  const shown = reading ?? latest;
  const actual = shown === null ? null : roundPoints(actualShare(target, shown.value));
  const gap = expected === null || actual === null ? null : roundPoints(actual - expected);
  const result = (cls: TargetScheduleClass, dataOverdue = false): TargetSchedule => ({ ...base, expected, actual, gap, class: cls, reading: shown, dataOverdue });

  if (latest === null) return result('no_data', arrived);
  if (reading === null) return result('overdue'); // figures exist, but only from after the deadline
  if (meetsTarget(target, reading.value)) {
    if (clock === null || isLevelTarget(target)) return result('completed');
    const metBeforeDeadline = readings.some((r) => r.as_of < clock.deadline && r.as_of <= date && (from === null || r.as_of >= from) && meetsTarget(target, r.value));
    return result(metBeforeDeadline ? 'completed_early' : 'completed');
  }
  if (clock === null) return result('unscheduled');
  if (arrived) return result('overdue');
  if (isLevelTarget(target)) return result('on_schedule');
  if (gap! > settings.tolerance) return result('ahead');
  if (gap! < -settings.tolerance) return result('behind');
  return result('on_schedule');
}
