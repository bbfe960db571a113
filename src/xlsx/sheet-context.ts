// The import's context from a loaded dataset (npm run import:xlsx): the same facts the browser reads from
// the page and the per-task files.
import type { Dataset } from '../content/load.ts';
import { planName, reportingWindow } from '../schema/index.ts';
import type { SheetContext } from './import-sheet.ts';

export function sheetContextOf(dataset: Dataset, today: string, extra: Pick<SheetContext, 'period' | 'seen'> = {}): SheetContext {
  const tasks = new Map(dataset.tasks.map((t) => [t.id, t]));
  const names = new Map(dataset.units.map((u) => [u.id, u.name]));
  return {
    site: dataset.site.repository,
    folder: dataset.folder,
    planNumber: dataset.plan.number,
    planName: planName(dataset.plan),
    planDate: dataset.plan.date,
    window: reportingWindow(dataset.plan),
    today,
    maxTaskId: Math.max(0, ...dataset.tasks.map((t) => t.id)),
    task: (id) => tasks.get(id),
    // Existing files are the import's own business (an error, or --update).
    files: () => ({}),
    unitName: (id) => names.get(id) ?? id,
    unitIds: dataset.units.map((u) => u.id),
    ...extra,
  };
}
