// 双过半 (half the time, half the work): at June 30 of each calendar year, whether each target due that
// year has done at least half of its work, and in total what share of them has.
//
// - Due in year Y: a yearly target whose clock runs in Y (within its start and deadline years), or any
//   other target whose deadline falls in Y. Targets without a deadline, not yearly, have no year to be
//   half through and are left out.
// - The work done is the actual share at the end of June 30 (targetSchedule), so a yearly target counts
//   only that year's readings, and a target due before June 30 is measured at its deadline.
// - No reading by then is not half done.
// - Years are listed when their June 30 is on or after the plan's date and on or before the data's
//   as-of date: the plan cannot be half through a year it was not yet issued in, nor judged on a day the
//   data has not reached.
import { asOfDate } from './as-of.ts';
import { readingsByTarget, readingsOf } from './progress.ts';
import { roundPoints, scheduleSettings, targetClock, targetSchedule } from './schedule-target.ts';
import type { ScheduleInput } from './schedule.ts';

export interface HalfYearTarget {
  task: number;
  target: string;
  /** Actual share at June 30, points; null without a reading. */
  actual: number | null;
  /** actual >= 50. */
  half: boolean;
}

export interface HalfYear {
  year: number;
  /** `${year}-06-30` */
  judgedOn: string;
  /** Targets due that year, tasks in id order, targets in task-file order. */
  targets: HalfYearTarget[];
  due: number;
  halfDone: number;
  /** halfDone / due, points to 0.1; null when nothing is due that year. */
  share: number | null;
  /** Every target due that year is at least half done (and at least one is due). */
  allHalf: boolean;
}

const HALF = 50;

export function halfYearByYear(dataset: Pick<ScheduleInput, 'plan' | 'tasks' | 'reports'>): HalfYear[] {
  const asOf = asOfDate(dataset);
  if (asOf === null) return [];
  const settings = scheduleSettings(dataset.plan);
  const readings = readingsByTarget(dataset);
  const out: HalfYear[] = [];
  for (let year = Number(settings.planDate.slice(0, 4)); year <= Number(asOf.slice(0, 4)); year++) {
    const judgedOn = `${year}-06-30`;
    if (judgedOn < settings.planDate || judgedOn > asOf) continue;
    const targets: HalfYearTarget[] = [];
    for (const task of dataset.tasks) {
      for (const target of task.targets) {
        const clock = targetClock(target, judgedOn, settings.planDate);
        if (clock === null || Number(clock.deadline.slice(0, 4)) !== year) continue;
        const { actual } = targetSchedule(task.id, target, readingsOf(readings, task.id, target.id), judgedOn, settings);
        targets.push({ task: task.id, target: target.id, actual, half: actual !== null && actual >= HALF });
      }
    }
    const halfDone = targets.filter((t) => t.half).length;
    out.push({
      year,
      judgedOn,
      targets,
      due: targets.length,
      halfDone,
      share: targets.length === 0 ? null : roundPoints((halfDone * 100) / targets.length),
      allHalf: targets.length > 0 && halfDone === targets.length,
    });
  }
  return out;
}
