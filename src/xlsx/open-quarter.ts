// The quarter the site publishes 填报表 for: the quarter being collected, derived from the content alone
// (no clock, so a build is reproducible). That is the latest quarter with any report while some task of
// it still has none, or the quarter after it once every task has reported, within the reporting window;
// with no report yet, the window's first quarter. Late reports of earlier quarters use
// `npm run xlsx:template -- --period …`.
import { isAfterWindow, nextPeriod, type ReportingWindow } from '../schema/index.ts';

export function openQuarter(window: ReportingWindow, taskIds: readonly number[], reports: readonly { task: number; period: string }[]): string {
  const latest = reports.reduce<string | undefined>((max, r) => (max === undefined || r.period > max ? r.period : max), undefined);
  if (latest === undefined) return window.first;
  const reported = new Set(reports.filter((r) => r.period === latest).map((r) => r.task));
  if (taskIds.some((id) => !reported.has(id))) return latest;
  const next = nextPeriod(latest);
  return isAfterWindow(next, window) ? latest : next;
}
