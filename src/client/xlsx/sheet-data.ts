// What /submit/ embeds for the 填报表 upload (src/components/SheetSubmit.astro → src/client/xlsx/upload.ts, sheet-engine.ts).
import type { ReportingWindow } from '../../schema/reporting-window.ts';

/** One plan's part: a sheet names its plans by number (its meta), so the upload knows whose rules apply to a row. */
export interface SheetPlanData {
  id: string;
  /** planName(plan): a spanning sheet's 方案 column. */
  name: string;
  /** The plan's folder in the content repository ('' or `plans/<id>/`). */
  folder: string;
  planNumber: string;
  planDate: string;
  window: ReportingWindow;
  maxTaskId: number;
  /** The quarter the site publishes sheets for (on a site of several plans the same for all): only its sheets are taken here. */
  period: string;
  /** `${taskDataUrl}${id}.json`: a task's targets and published reports (SubmitTaskData). */
  taskDataUrl: string;
}

export interface SheetPageData {
  site: string;
  branch: string;
  /** Every plan that publishes sheets, in the site's order. */
  plans: SheetPlanData[];
  units: Record<string, string>;
  demo: boolean;
}
