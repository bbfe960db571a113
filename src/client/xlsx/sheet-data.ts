// What /submit/ embeds for the 填报表 upload (src/components/SheetSubmit.astro → src/client/xlsx/upload.ts, sheet-engine.ts).
import type { ReportingWindow } from '../../schema/reporting-window.ts';

export interface SheetPageData {
  site: string;
  branch: string;
  /** The plan's folder in the content repository ('' or `plans/<id>/`). */
  folder: string;
  planNumber: string;
  planDate: string;
  window: ReportingWindow;
  maxTaskId: number;
  /** The quarter the site publishes sheets for: only its sheets are taken here. */
  period: string;
  units: Record<string, string>;
  /** `${taskDataUrl}${id}.json`: a task's targets and published reports (SubmitTaskData). */
  taskDataUrl: string;
  demo: boolean;
}
