// What pages say about "the plan" in general, computed from the content so no page carries one city's
// numbers or examples: counts, the reporting window, search examples, sample file names, and a quote of
// the plan for each comparator. Pure functions over the loaded dataset.
import type { Dataset } from '../content/load.ts';
import { taskFileName } from '../content/paths.ts';
import { COMPARATOR_KEYS, nextPeriod, reportingWindow, windowLabel, type ComparatorKey } from '../schema/index.ts';

type Plan = Pick<Dataset, 'plan' | 'areas' | 'tasks' | 'units'>;

/** 12 个领域的 40 项重点任务 */
export const tasksInAreas = (dataset: Pick<Dataset, 'areas' | 'tasks'>) => `${dataset.areas.length} 个领域的 ${dataset.tasks.length} 项重点任务`;

/** 2022年第四季度起 / 2022年第四季度至2025年第四季度 */
export const reportingWindowLabel = (dataset: Pick<Dataset, 'plan'>) => windowLabel(reportingWindow(dataset.plan));

/**
 * Words a reader could search for, from this plan: two area names, the unit that leads most tasks, and
 * a number with its unit as a target's quote writes it (say 406户).
 */
export function searchExamples(dataset: Plan): string[] {
  const leads = new Map<string, number>();
  for (const task of dataset.tasks) for (const unit of task.lead) leads.set(unit, (leads.get(unit) ?? 0) + 1);
  const busiest = [...leads].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const unitName = dataset.units.find((u) => u.id === busiest && u.kind === 'department')?.name;
  const figure = dataset.tasks
    .flatMap((t) => t.targets)
    .map((t) => `${t.value}${t.unit}`)
    .find((written) => dataset.tasks.some((task) => task.text.includes(written)));
  return [...dataset.areas.slice(0, 2).map((a) => a.short), ...(unitName ? [unitName] : []), ...(figure ? [figure] : [])];
}

/**
 * A sample task and quarters for the how-to texts: the first task with a numeric target (so an example
 * can show a reading), the window's first quarter and the next.
 */
export function sampleReport(dataset: Pick<Dataset, 'plan' | 'tasks'>): { task: number; file: string; earlier: string; period: string } {
  const task = (dataset.tasks.find((t) => t.targets.length > 0) ?? dataset.tasks[0])?.id ?? 1;
  const earlier = reportingWindow(dataset.plan).first;
  return { task, file: taskFileName(task), earlier, period: nextPeriod(earlier) };
}

/** For each comparator the plan uses, one of its targets' quotes (plan order) and its task. */
export function comparatorExamples(dataset: Pick<Dataset, 'tasks'>): Partial<Record<ComparatorKey, { quote: string; task: number }>> {
  const out: Partial<Record<ComparatorKey, { quote: string; task: number }>> = {};
  for (const key of COMPARATOR_KEYS) {
    const task = dataset.tasks.find((t) => t.targets.some((target) => target.comparator === key));
    const target = task?.targets.find((t) => t.comparator === key);
    if (task && target) out[key] = { quote: target.quote, task: task.id };
  }
  return out;
}
