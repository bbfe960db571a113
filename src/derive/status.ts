// Status of each task, per quarter and latest. A quarter without a report is shown as 'no_report',
// never folded into a status a unit chose: "did not report" and "not started" are different facts.
import { NO_REPORT, type StatusKey, type TaskStatus } from '../schema/vocabulary.ts';
import type { Report } from '../schema/index.ts';
import { periodsCovered } from './as-of.ts';
import { reportsByTask, shared, type DerivationInput } from './input.ts';

/** Every value a TaskStatus can take, in display order (worst to best, then no report). */
export const TASK_STATUSES: readonly TaskStatus[] = ['not_started', 'at_risk', 'on_track', 'ongoing', 'completed', NO_REPORT.key];

/**
 * Worst to best, for "moved up / moved down" between quarters.
 * - at_risk ranks above not_started: work has at least begun, even if late.
 * - ongoing ranks above on_track: a routine mechanism is in place and running; it is a steady state
 *   that long-term duties may stay in for good, not a step on the way to something else.
 * - completed ranks highest: it is the end, the plan's requirement fully met. Going from completed
 *   back to ongoing (reopened as routine work) therefore counts as moving down.
 */
export const STATUS_ORDER: readonly StatusKey[] = ['not_started', 'at_risk', 'on_track', 'ongoing', 'completed'];

/** 0 (not_started) .. 4 (completed). */
export function statusRank(status: StatusKey): number {
  return STATUS_ORDER.indexOf(status);
}

export interface QuarterStatus {
  period: string;
  status: TaskStatus;
  /** The report behind the status; null when the task has no report for the quarter. */
  report: Report | null;
}

/** For every task, one entry per covered quarter (oldest first), reported or not. */
export function statusByTaskByPeriod(dataset: Pick<DerivationInput, 'plan' | 'tasks' | 'reports'>): Map<number, QuarterStatus[]> {
  return shared(dataset, statusByTaskByPeriod, () => {
    const periods = periodsCovered(dataset);
    const out = new Map<number, QuarterStatus[]>();
    for (const [task, reports] of reportsByTask(dataset)) {
      const byPeriod = new Map(reports.map((r) => [r.period, r]));
      out.set(
        task,
        periods.map((period) => {
          const report = byPeriod.get(period) ?? null;
          return { period, status: report ? report.status : NO_REPORT.key, report };
        }),
      );
    }
    return out;
  });
}

/**
 * Each task's most recent report (by period). Tasks that never reported are absent. It may be older
 * than the latest covered quarter: show its period next to its status.
 */
export function latestReportByTask(dataset: Pick<DerivationInput, 'tasks' | 'reports'>): Map<number, Report> {
  const out = new Map<number, Report>();
  for (const [task, reports] of reportsByTask(dataset)) {
    const latest = reports.at(-1);
    if (latest) out.set(task, latest);
  }
  return out;
}

/** Each task's status in its latest report, or 'no_report' when it never reported. Every task has an entry. */
export function latestStatusByTask(dataset: Pick<DerivationInput, 'tasks' | 'reports'>): Map<number, TaskStatus> {
  return shared(dataset, latestStatusByTask, () => {
    const latest = latestReportByTask(dataset);
    return new Map(dataset.tasks.map((task) => [task.id, latest.get(task.id)?.status ?? NO_REPORT.key]));
  });
}
