// /about/'s worked example of the 序时进度, computed from the plan so no page carries one city's numbers:
// the first "完成" (reach) target with a deadline whose figure the plan's own text writes (so a reader finds
// it in the plan), judged at the last month end inside its clock, as if half its value had been done then.
import type { Dataset } from '../content/load.ts';
import { scheduleSettings, targetClock, targetSchedule, type TargetSchedule } from '../derive/index.ts';
import { periodOfDate, type Target, type Task } from '../schema/index.ts';

export interface ScheduleExample {
  task: Task;
  target: Target;
  start: string;
  deadline: string;
  /** The day judged: the last month end after the start and before the deadline. */
  judgedOn: string;
  /** Days from the start to judgedOn, and of the whole clock. */
  daysElapsed: number;
  daysTotal: number;
  /** Half the target's value, as the figure of the example. */
  halfValue: number;
  tolerance: number;
  /** The class and shares with that figure at judgedOn. */
  atJudgedOn: TargetSchedule;
}

const DAY_MS = 86_400_000;
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

/** The last day of the month before `date`'s month (2022-12-31 → 2022-11-30). */
function monthEndBefore(date: string): string {
  const first = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  return new Date(first.getTime() - DAY_MS).toISOString().slice(0, 10);
}

/** null when the plan has no such target (another city's plan may have none). */
export function scheduleExample(dataset: Pick<Dataset, 'plan' | 'tasks'>): ScheduleExample | null {
  const settings = scheduleSettings(dataset.plan);
  for (const task of dataset.tasks) {
    for (const target of task.targets) {
      if (target.comparator !== 'reach' || target.recurring !== undefined || target.deadline === undefined) continue;
      if (!task.text.includes(`${target.value}${target.unit}`)) continue;
      const clock = targetClock(target, target.deadline, settings.planDate)!;
      const judgedOn = monthEndBefore(clock.deadline);
      if (judgedOn <= clock.start) continue;
      const halfValue = target.value / 2;
      const reading = { task: task.id, target: target.id, value: halfValue, as_of: judgedOn, note: null, period: periodOfDate(judgedOn), reportPeriod: periodOfDate(judgedOn) };
      return {
        task,
        target,
        start: clock.start,
        deadline: clock.deadline,
        judgedOn,
        daysElapsed: days(clock.start, judgedOn),
        daysTotal: days(clock.start, clock.deadline),
        halfValue,
        tolerance: settings.tolerance,
        atJudgedOn: targetSchedule(task.id, target, [reading], judgedOn, settings),
      };
    }
  }
  return null;
}
