// The 填报表 the build publishes, for the quarter being collected (open-quarter.ts). One plan: one sheet per
// lead unit of that plan. Several plans: one sheet per lead unit spanning the plans, for the site's quarter,
// the latest of the plans' own open quarters (a plan behind it still takes that quarter's reports when its
// window holds it; a plan whose window does not is left out of the quarter's sheets, and they say so).
import type { Dataset } from '../content/load.ts';
import { isInWindow, periodEnd, reportingWindow } from '../schema/index.ts';
import { openQuarter } from '../xlsx/open-quarter.ts';
import { unitTemplateInputs } from '../xlsx/unit-templates.ts';

export const sheetQuarter = (dataset: Dataset) => openQuarter(reportingWindow(dataset.plan), dataset.tasks.map((t) => t.id), dataset.reports);

/** The quarter of the site's sheets, and the plans they take reports for then (site order). */
export function siteSheetQuarter(plans: readonly Dataset[]): { period: string; open: Dataset[] } {
  const period = plans.map(sheetQuarter).reduce((max, p) => (p > max ? p : max), '');
  return { period, open: plans.filter((d) => plans.length === 1 || isInWindow(period, reportingWindow(d.plan))) };
}

/**
 * The build has no "today": 报送日期 starts as the quarter's last day, which staff change to the real date.
 * The file's own dates (and its zip entries' times) are that day too, not the build's time: a sheet is made of
 * the content alone, so two builds of the same content publish the same bytes (npm run check:reproducible).
 */
export const publishedSheetInputs = (plans: readonly Dataset[]) => {
  const { period } = siteSheetQuarter(plans);
  if (plans.length === 0) return [];
  const day = periodEnd(period);
  return unitTemplateInputs(plans.length === 1 ? plans[0]! : plans, period, day, new Date(`${day}T00:00:00Z`));
};

export const leadsTasks = (dataset: Dataset, unit: string) => dataset.tasks.some((t) => t.lead.includes(unit));
