// 序时进度 of every target and task, per quarter and now. Pure: "now" is the data's own as-of date.
//
// - A quarter is judged at its last day, or at the as-of date while it is still running. The current
//   view is the latest covered quarter's: units send figures as of quarter ends, so judging at a later
//   as-of date (a January filing day) would only move the clock, and restart every yearly target with
//   no data, without one new figure.
// - A task with numeric targets takes the worst class of its targets (SCHEDULE_SEVERITY). Its reports
//   are not consulted: the numbers are what is judged, the unit's status is shown beside them.
// - A task without numeric targets takes its class from its report for the quarter judged: at_risk ->
//   behind, completed -> completed, any other status (not_started included: the plan gives it no date
//   to be late against) -> on_schedule; no report for that quarter -> no_report.
import type { Report, Task } from '../schema/index.ts';
import { periodEnd } from '../schema/period.ts';
import type { ScheduleClassKey, StatusKey } from '../schema/vocabulary.ts';
import type { Dataset } from '../content/load.ts';
import { asOfDate, periodsCovered } from './as-of.ts';
import { reportsByTask, shared, type DerivationInput } from './input.ts';
import { readingsByTarget, readingsOf, type Reading } from './progress.ts';
import { scheduleSettings, targetSchedule, type ScheduleSettings, type TargetSchedule } from './schedule-target.ts';

export type ScheduleInput = DerivationInput & Pick<Dataset, 'plan'>;

/** Worst first: the order a task's targets are ranked in, and the order of a behind-schedule list. */
export const SCHEDULE_SEVERITY: readonly ScheduleClassKey[] = [
  'overdue',
  'behind',
  'no_report',
  'no_data',
  'unscheduled',
  'on_schedule',
  'ahead',
  'completed',
  'completed_early',
];

/** The classes a 督查 list of items behind schedule holds. */
export const BEHIND_CLASSES: ReadonlySet<ScheduleClassKey> = new Set(['behind', 'overdue', 'no_report']);

const severity = (cls: ScheduleClassKey) => SCHEDULE_SEVERITY.indexOf(cls);

export interface TaskSchedule {
  task: number;
  period: string;
  judgedOn: string;
  class: ScheduleClassKey;
  /** Where the class comes from: the task's numeric targets, or (without any) its report. */
  basis: 'targets' | 'report';
  /** The gap (points) of the worst-ranked target, the most negative among them; null from a report or without figures. */
  gap: number | null;
  /** Targets in the task file's order; empty for a task without numeric targets. */
  targets: TargetSchedule[];
  /** The status the unit chose in its report for this quarter; null without a report. Shown beside the class. */
  reportedStatus: StatusKey | null;
  /** While in a BEHIND_CLASSES class: the first quarter of the unbroken run of such quarters up to this one. */
  behindSince: string | null;
}

export interface PeriodSchedule {
  period: string;
  judgedOn: string;
  /** Every task, in id order. */
  tasks: TaskSchedule[];
}

/** The status of a report as a schedule class, for a task with no numeric targets. */
export function classFromReport(report: Pick<Report, 'status'> | null): ScheduleClassKey {
  if (report === null) return 'no_report';
  if (report.status === 'at_risk') return 'behind';
  if (report.status === 'completed') return 'completed';
  return 'on_schedule';
}

/** The worst of the targets; for equally bad targets, the most negative gap. */
function worstTarget(targets: readonly TargetSchedule[]): TargetSchedule {
  return targets.reduce((worst, t) => {
    const bySeverity = severity(t.class) - severity(worst.class);
    if (bySeverity !== 0) return bySeverity < 0 ? t : worst;
    return (t.gap ?? Infinity) < (worst.gap ?? Infinity) ? t : worst;
  });
}

/** The class of one task at `date`, from its targets or (without targets) its report for the quarter. */
export function taskSchedule(
  task: Task,
  period: string,
  date: string,
  report: Report | null,
  readings: Map<string, Reading[]>,
  settings: ScheduleSettings,
): Omit<TaskSchedule, 'behindSince'> {
  const reportedStatus = report?.status ?? null;
  if (task.targets.length === 0) {
    return { task: task.id, period, judgedOn: date, class: classFromReport(report), basis: 'report', gap: null, targets: [], reportedStatus };
  }
  const targets = task.targets.map((target) => targetSchedule(task.id, target, readingsOf(readings, task.id, target.id), date, settings));
  const worst = worstTarget(targets);
  return { task: task.id, period, judgedOn: date, class: worst.class, basis: 'targets', gap: worst.gap, targets, reportedStatus };
}

/** The day a quarter is judged at: its last day, or the as-of date while it is still running. */
export function judgingDate(period: string, asOf: string): string {
  const end = periodEnd(period);
  return asOf < end ? asOf : end;
}

/** Every covered quarter (oldest first), with every task's and target's class in it; empty when nothing was reported. */
export function scheduleByPeriod(dataset: ScheduleInput): PeriodSchedule[] {
  return shared(dataset, scheduleByPeriod, () => {
    const asOf = asOfDate(dataset);
    if (asOf === null) return [];
    const settings = scheduleSettings(dataset.plan);
    const readings = readingsByTarget(dataset);
    const reports = reportsByTask(dataset);
    const since = new Map<number, string | null>();
    return periodsCovered(dataset).map((period) => {
      const judgedOn = judgingDate(period, asOf);
      const tasks = dataset.tasks.map((task): TaskSchedule => {
        const report = reports.get(task.id)?.find((r) => r.period === period) ?? null;
        const schedule = taskSchedule(task, period, judgedOn, report, readings, settings);
        const behind = BEHIND_CLASSES.has(schedule.class);
        const behindSince = behind ? (since.get(task.id) ?? period) : null;
        since.set(task.id, behindSince);
        return { ...schedule, behindSince };
      });
      return { period, judgedOn, tasks };
    });
  });
}

/** The current view: the latest covered quarter's judgement; null when nothing was reported. */
export function currentSchedule(dataset: ScheduleInput): PeriodSchedule | null {
  return scheduleByPeriod(dataset).at(-1) ?? null;
}

/** Each task's judgement per quarter, oldest first, from scheduleByPeriod's result (tasks absent from it are absent). */
export function schedulesByTask(periods: readonly PeriodSchedule[]): Map<number, TaskSchedule[]> {
  const byTask = new Map<number, TaskSchedule[]>();
  for (const period of periods) for (const task of period.tasks) byTask.set(task.task, [...(byTask.get(task.task) ?? []), task]);
  return byTask;
}
