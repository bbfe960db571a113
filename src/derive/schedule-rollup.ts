// 序时进度 rolled up for the plan, each area and each lead unit: counts and shares per class, and the
// list of items behind schedule a 督查 通报 publishes. Every count object has every class (zeros
// included), so tables have fixed columns.
//
// - Counted: tasks (as Tianmen's bulletins count 目标任务), and separately their numeric targets.
// - A task with two lead units counts under both: either may report it, so both answer for it.
//   Responsible units (责任单位) are not rolled up: being named among many is not leading.
// - Behind list: tasks in BEHIND_CLASSES, newest first = the most recent `behindSince` first (what
//   slipped this quarter is news; what has been late for a year is already known), then the largest
//   gap, then task id. Tasks from reports (no figures) have no gap and come after those with one.
import { SCHEDULE_CLASS_KEYS, type ScheduleClassKey } from '../schema/vocabulary.ts';
import { BEHIND_CLASSES, type PeriodSchedule, type ScheduleInput, type TaskSchedule } from './schedule.ts';
import { roundPoints, type TargetScheduleClass } from './schedule-target.ts';

export type ScheduleCounts = Record<ScheduleClassKey, number>;

export interface BehindItem {
  task: number;
  class: ScheduleClassKey;
  /** Lead units, as in the task file. */
  lead: string[];
  /** Points behind the calendar (negative), from the worst target; null for a task judged from its report. */
  gap: number | null;
  behindSince: string;
  /** The task's targets in a behind class, with their own class and gap. */
  targets: { target: string; class: TargetScheduleClass; gap: number | null }[];
}

export interface ScheduleRollup {
  /** Tasks per class. */
  tasks: ScheduleCounts;
  /** tasks per class as points of all tasks counted, 0.1 precision (all zeros when none). */
  taskShares: ScheduleCounts;
  /** Numeric targets per class (no_report stays 0: targets are judged from figures). */
  targets: ScheduleCounts;
  behind: BehindItem[];
}

export interface PeriodScheduleRollups {
  period: string;
  judgedOn: string;
  plan: ScheduleRollup;
  /** areas.yaml order. */
  byArea: { area: string; rollup: ScheduleRollup }[];
  /** units.yaml order; units leading no task have zeros. */
  byLeadUnit: { unit: string; rollup: ScheduleRollup }[];
}

export function emptyScheduleCounts(): ScheduleCounts {
  return Object.fromEntries(SCHEDULE_CLASS_KEYS.map((k) => [k, 0])) as ScheduleCounts;
}

function behindItem(schedule: TaskSchedule, lead: string[]): BehindItem {
  return {
    task: schedule.task,
    class: schedule.class,
    lead,
    gap: schedule.gap,
    behindSince: schedule.behindSince!,
    targets: schedule.targets.filter((t) => BEHIND_CLASSES.has(t.class)).map((t) => ({ target: t.target, class: t.class, gap: t.gap })),
  };
}

const newestFirst = (a: BehindItem, b: BehindItem) =>
  (a.behindSince < b.behindSince ? 1 : a.behindSince > b.behindSince ? -1 : 0) || (a.gap ?? Infinity) - (b.gap ?? Infinity) || a.task - b.task;

/** One roll-up over some tasks' schedules. `leadOf` gives each task's lead units. */
export function rollup(schedules: readonly TaskSchedule[], leadOf: (task: number) => string[]): ScheduleRollup {
  const tasks = emptyScheduleCounts();
  const targets = emptyScheduleCounts();
  const behind: BehindItem[] = [];
  for (const schedule of schedules) {
    tasks[schedule.class]++;
    for (const target of schedule.targets) targets[target.class]++;
    if (BEHIND_CLASSES.has(schedule.class)) behind.push(behindItem(schedule, leadOf(schedule.task)));
  }
  const total = schedules.length;
  const taskShares = emptyScheduleCounts();
  if (total > 0) for (const key of SCHEDULE_CLASS_KEYS) taskShares[key] = roundPoints((tasks[key] * 100) / total);
  return { tasks, taskShares, targets, behind: behind.sort(newestFirst) };
}

/** The plan, every area and every lead unit, for one judged quarter. */
export function scheduleRollups(dataset: Pick<ScheduleInput, 'areas' | 'units' | 'tasks'>, period: PeriodSchedule): PeriodScheduleRollups {
  const taskById = new Map(dataset.tasks.map((t) => [t.id, t]));
  const leadOf = (task: number) => taskById.get(task)?.lead ?? [];
  const byArea = new Map<string, TaskSchedule[]>(dataset.areas.map((a) => [a.id, []]));
  const byUnit = new Map<string, TaskSchedule[]>(dataset.units.map((u) => [u.id, []]));
  for (const schedule of period.tasks) {
    const task = taskById.get(schedule.task);
    if (!task) continue;
    byArea.get(task.area)?.push(schedule);
    for (const unit of new Set(task.lead)) byUnit.get(unit)?.push(schedule);
  }
  return {
    period: period.period,
    judgedOn: period.judgedOn,
    plan: rollup(period.tasks, leadOf),
    byArea: [...byArea].map(([area, schedules]) => ({ area, rollup: rollup(schedules, leadOf) })),
    byLeadUnit: [...byUnit].map(([unit, schedules]) => ({ unit, rollup: rollup(schedules, leadOf) })),
  };
}
