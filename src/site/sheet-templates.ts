// The 填报表 the build publishes: one per lead unit, for the quarter being collected (open-quarter.ts).
import type { Dataset } from '../content/load.ts';
import { periodEnd, reportingWindow } from '../schema/index.ts';
import { openQuarter } from '../xlsx/open-quarter.ts';
import { unitTemplateInputs } from '../xlsx/unit-templates.ts';
import { generatedAt } from './build-stamp.ts';

export const sheetQuarter = (dataset: Dataset) => openQuarter(reportingWindow(dataset.plan), dataset.tasks.map((t) => t.id), dataset.reports);

/** The build has no "today": 报送日期 starts as the quarter's last day, which staff change to the real date. */
export const publishedSheetInputs = (dataset: Dataset) => {
  const period = sheetQuarter(dataset);
  return unitTemplateInputs(dataset, period, periodEnd(period), new Date(generatedAt));
};

export const leadsTasks = (dataset: Dataset, unit: string) => dataset.tasks.some((t) => t.lead.includes(unit));
