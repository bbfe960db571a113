// Every lead unit's 填报表 inputs for a quarter, from the loaded dataset(s): what the build publishes and
// npm run xlsx:template writes. One plan: that plan's sheet. Several plans (a site of several): one sheet per
// unit spanning the plans whose reporting window holds the quarter, so a unit fills one file a quarter.
import type { Dataset } from '../content/load.ts';
import { isInWindow, planName, reportingWindow } from '../schema/index.ts';
import type { TemplateInput, TemplatePlan } from './template.ts';

function part(dataset: Dataset, unit: string): TemplatePlan | undefined {
  const tasks = dataset.tasks.filter((t) => t.lead.includes(unit));
  if (tasks.length === 0) return undefined;
  const ids = new Set(tasks.map((t) => t.id));
  return { id: dataset.id, plan: dataset.plan, tasks, reports: dataset.reports.filter((r) => ids.has(r.task)) };
}

/**
 * `plans` is the site's plans (or one plan's dataset): with more than one the sheets span them. The units are
 * the first plan's list (every plan of a site shares one units.yaml).
 */
export function unitTemplateInputs(plans: Dataset | readonly Dataset[], period: string, reportedOn: string, stamp: Date): TemplateInput[] {
  const all = Array.isArray(plans) ? (plans as readonly Dataset[]) : [plans as Dataset];
  const first = all[0];
  if (!first) return [];
  const spanning = all.length > 1;
  const open = all.filter((d) => !spanning || isInWindow(period, reportingWindow(d.plan)));
  const names = new Map(first.units.map((u) => [u.id, u.name]));
  return first.units.flatMap((unit) => {
    const parts = open.flatMap((d) => part(d, unit.id) ?? []);
    if (parts.length === 0) return [];
    const closed = all.filter((d) => !open.includes(d) && part(d, unit.id)).map((d) => planName(d.plan));
    return [{
      site: first.site.repository,
      plans: parts,
      spanning,
      ...(closed.length > 0 ? { closed } : {}),
      period,
      unit,
      unitName: (id: string) => names.get(id) ?? id,
      reportedOn,
      stamp,
    }];
  });
}
