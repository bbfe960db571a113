// What the derivations read: the parts of the loaded Dataset that describe the plan and its reports.
// Taking a Pick (not the whole Dataset) lets tests and other builds pass exactly what is derived from.
import type { Dataset } from '../content/load.ts';
import type { Report } from '../schema/index.ts';

export type DerivationInput = Pick<Dataset, 'areas' | 'units' | 'tasks' | 'reports'>;

/**
 * Each task's reports, oldest period first. Every task has an entry (possibly empty), so callers
 * never have to tell "no reports" from "unknown task". Built once per call: O(reports), which keeps
 * province-scale datasets (2,000 tasks x 12 quarters) linear instead of tasks x reports.
 */
export function reportsByTask(dataset: Pick<Dataset, 'tasks' | 'reports'>): Map<number, Report[]> {
  const byTask = new Map<number, Report[]>(dataset.tasks.map((task) => [task.id, []]));
  for (const report of dataset.reports) byTask.get(report.task)?.push(report);
  for (const reports of byTask.values()) reports.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return byTask;
}
