// What the derivations read: the parts of the loaded Dataset that describe the plan and its reports.
// Taking a Pick (not the whole Dataset) lets tests and other builds pass exactly what is derived from.
import type { Dataset } from '../content/load.ts';
import type { Report } from '../schema/index.ts';

export type DerivationInput = Pick<Dataset, 'plan' | 'areas' | 'units' | 'tasks' | 'reports'>;

/**
 * Each task's reports, oldest period first. Every task has an entry (possibly empty), so callers
 * never have to tell "no reports" from "unknown task". Built once per call: O(reports), which keeps
 * province-scale datasets (2,000 tasks x 12 quarters) linear instead of tasks x reports.
 */
export function reportsByTask(dataset: Pick<Dataset, 'tasks' | 'reports'>): Map<number, Report[]> {
  return shared(dataset, reportsByTask, () => buildReportsByTask(dataset));
}

function buildReportsByTask(dataset: Pick<Dataset, 'tasks' | 'reports'>): Map<number, Report[]> {
  const byTask = new Map<number, Report[]>(dataset.tasks.map((task) => [task.id, []]));
  for (const report of dataset.reports) byTask.get(report.task)?.push(report);
  for (const reports of byTask.values()) reports.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return byTask;
}

// deriveAll runs a dozen derivations over one dataset, and most start from the same indexes (reports by
// task, readings by target, status by quarter): at province scale each rebuilt them. A dataset passed
// through withSharedIndexes remembers each index the first time it is built. Only that private copy
// does: a caller's own dataset object is never cached, so changing it and deriving again stays correct.
const indexes = new WeakMap<object, Map<unknown, unknown>>();

/** A shallow copy of the dataset on which shared() remembers what it builds. */
export function withSharedIndexes<T extends object>(dataset: T): T {
  const copy = { ...dataset };
  indexes.set(copy, new Map());
  return copy;
}

/** build(), once per withSharedIndexes copy (keyed by the derivation); every time for any other object. */
export function shared<T>(dataset: object, key: unknown, build: () => T): T {
  const cache = indexes.get(dataset);
  if (!cache) return build();
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}
