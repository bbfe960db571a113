// The build's site as the download functions take it (src/export/datasets.ts): plain data, with each
// plan's reports' record read from git here, so the export functions stay pure.
import type { PlanExport, SiteExport } from '../export/datasets.ts';
import type { PlanSite, Site } from './dataset.ts';
import { recordsOf } from './report-record.ts';

export const planExport = (plan: PlanSite): PlanExport => ({ dataset: plan.dataset, derived: plan.derived, recordOf: recordsOf(plan.dataset.reportFiles) });

export const siteExport = (site: Site): SiteExport => ({ site: site.content.site, units: site.content.units, demo: site.content.demo, plans: site.plans.map(planExport) });
