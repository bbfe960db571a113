// Which quarters may be frozen, and which must: a pure rule over the dataset and a date, so the command,
// its workflow and the tests agree.
import { periodEnd, periodLabel } from '../schema/period.ts';
import { isInWindow, reportDueDate, reportingWindow } from '../schema/reporting-window.ts';
import type { Dataset } from '../content/load.ts';

type Facts = Pick<Dataset, 'plan' | 'reports' | 'archives'>;

const reportedPeriods = (d: Facts) => new Set(d.reports.map((r) => r.period));

/** Quarters whose reporting deadline has passed on `today`, that have reports and are not frozen yet. */
export function closedQuarters(d: Facts, today: string): string[] {
  const frozen = new Set(d.archives.map((a) => a.period));
  return [...reportedPeriods(d)].filter((p) => !frozen.has(p) && reportDueDate(p, d.plan) < today).sort();
}

/** Why `period` cannot be frozen on `today` (Chinese, with the fix), or undefined when it can. */
export function cannotFreeze(d: Facts, period: string, today: string): string | undefined {
  if (!isInWindow(period, reportingWindow(d.plan))) return `${period} 不在本方案的报送期内`;
  if (d.archives.some((a) => a.period === period)) return `${periodLabel(period)}已经冻结,冻结的季度不能再次冻结`;
  if (!reportedPeriods(d).has(period)) return `${periodLabel(period)}还没有任何报告,没有可冻结的页面`;
  if (periodEnd(period) >= today) return `${periodLabel(period)}到 ${periodEnd(period)} 才结束,季度结束前不能冻结`;
  return undefined;
}

/** Said when a maintainer freezes before the deadline: units may still report, and the archive would miss it. */
export function beforeDeadline(d: Facts, period: string, today: string): string | undefined {
  const due = reportDueDate(period, d.plan);
  return due >= today ? `注意:${periodLabel(period)}的报送期限 ${due} 还没过,之后报送或修订的内容不会进入归档。` : undefined;
}
