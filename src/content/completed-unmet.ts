// A report that says 'completed' while a target of its task is unmet: valid, but it contradicts itself.
// The loader turns each into a validator warning; the derivations list them for the site.
import { latestMetric, meetsTarget, type Report, type Task } from '../schema/index.ts';

export interface CompletedWithUnmetTargets {
  task: number;
  period: string;
  /** Ids of the task's targets not met as of that report, in the task file's order. */
  targetIds: string[];
}

/**
 * Reports saying 'completed' while a target of the task is not met as of that report. "As of that
 * report" = the latest reading (latestMetric) among the task's reports up to and including its period;
 * later readings are ignored, so a report is never flagged for what happened after it.
 * A target with no reading by then counts as not met: 'completed' is defined as every numeric
 * target reached, so it needs the figure that shows it.
 */
export function completedWithUnmetTargets(dataset: {
  tasks: readonly Pick<Task, 'id' | 'targets'>[];
  reports: readonly Report[];
}): CompletedWithUnmetTargets[] {
  const tasks = new Map(dataset.tasks.map((t) => [t.id, t]));
  const reportsOfTask = new Map<number, Report[]>();
  for (const report of dataset.reports) {
    const list = reportsOfTask.get(report.task);
    if (list) list.push(report);
    else reportsOfTask.set(report.task, [report]);
  }
  const out: CompletedWithUnmetTargets[] = [];
  for (const report of dataset.reports) {
    const task = tasks.get(report.task);
    if (report.status !== 'completed' || !task) continue;
    // YYYY-Qn periods compare chronologically as strings.
    const upToReport = reportsOfTask.get(task.id)!.filter((r) => r.period <= report.period);
    const targetIds = task.targets
      .filter((target) => {
        const reading = latestMetric(upToReport, target.id);
        return reading === null || !meetsTarget(target, reading.metric.value);
      })
      .map((target) => target.id);
    if (targetIds.length > 0) out.push({ task: task.id, period: report.period, targetIds });
  }
  return out;
}
