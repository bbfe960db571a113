// Data that is valid but contradicts itself. The loader turns these into validator warnings.
import { meetsTarget } from '../schema/reading.ts';
import { lastReadingWhere, readingsByTarget, readingsOf } from './progress.ts';
import type { DerivationInput } from './input.ts';

export interface CompletedWithUnmetTargets {
  task: number;
  period: string;
  /** Ids of the task's targets not met as of that report, in the task file's order. */
  targetIds: string[];
}

/**
 * Reports saying 'completed' while a target of the task is not met as of that report. "As of that
 * report" = the latest reading (by as_of) among the task's reports up to and including its period;
 * later readings are ignored, so a report is never flagged for what happened after it.
 * A target with no reading by then counts as not met: 'completed' is defined as every numeric
 * target reached, so it needs the figure that shows it.
 */
export function completedWithUnmetTargets(dataset: Pick<DerivationInput, 'tasks' | 'reports'>): CompletedWithUnmetTargets[] {
  const tasks = new Map(dataset.tasks.map((t) => [t.id, t]));
  const readings = readingsByTarget(dataset);
  const out: CompletedWithUnmetTargets[] = [];
  for (const report of dataset.reports) {
    const task = tasks.get(report.task);
    if (report.status !== 'completed' || !task) continue;
    // YYYY-Qn periods compare chronologically as strings.
    const targetIds = task.targets
      .filter((target) => {
        const reading = lastReadingWhere(readingsOf(readings, task.id, target.id), (r) => r.reportPeriod <= report.period);
        return reading === null || !meetsTarget(target, reading.value);
      })
      .map((target) => target.id);
    if (targetIds.length > 0) out.push({ task: task.id, period: report.period, targetIds });
  }
  return out;
}
