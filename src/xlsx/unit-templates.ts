// Every lead unit's 填报表 inputs for a quarter, from the loaded dataset: what the build publishes and
// npm run xlsx:template writes.
import type { Dataset } from '../content/load.ts';
import type { TemplateInput } from './template.ts';

export function unitTemplateInputs(dataset: Dataset, period: string, reportedOn: string, stamp: Date): TemplateInput[] {
  const names = new Map(dataset.units.map((u) => [u.id, u.name]));
  return dataset.units.flatMap((unit) => {
    const tasks = dataset.tasks.filter((t) => t.lead.includes(unit.id));
    if (tasks.length === 0) return [];
    const ids = new Set(tasks.map((t) => t.id));
    return [{
      site: dataset.site.repository,
      plan: dataset.plan,
      period,
      unit,
      tasks,
      reports: dataset.reports.filter((r) => ids.has(r.task)),
      unitName: (id: string) => names.get(id) ?? id,
      reportedOn,
      stamp,
    }];
  });
}
