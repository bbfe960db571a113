// The plan's reporting window: the quarters in which every task owes a report. It opens with the
// quarter the plan was issued in (work starts on issue, so the first quarter's report says what was
// begun) and closes with the last quarter plan.yaml names; a plan that names none is open-ended. No
// quarter outside it is expected, counted as 未报送, offered by the form or new:report, or accepted.
import { parsePeriod, periodEnd, periodIndex, periodLabel, periodOfDate, periodRange } from './period.ts';
import { DEFAULT_DUE_DAYS_AFTER_QUARTER, type MissingStateKey } from './vocabulary.ts';

export interface ReportingWindow {
  /** The quarter the plan was issued in. */
  first: string;
  /** The last quarter reports are due for; undefined when the plan names none. */
  last: string | undefined;
}

export function reportingWindow(plan: { date: string; reporting?: { last_period?: string } | undefined }): ReportingWindow {
  return { first: periodOfDate(plan.date), last: plan.reporting?.last_period };
}

export function isBeforeWindow(period: string, window: ReportingWindow): boolean {
  return periodIndex(period) < periodIndex(window.first);
}

export function isAfterWindow(period: string, window: ReportingWindow): boolean {
  return window.last !== undefined && parsePeriod(window.last) !== undefined && periodIndex(period) > periodIndex(window.last);
}

export const isInWindow = (period: string, window: ReportingWindow) => !isBeforeWindow(period, window) && !isAfterWindow(period, window);

/** The window's quarters up to `upTo` (inclusive), oldest first; empty when `upTo` is before it opens. */
export function windowPeriodsUpTo(window: ReportingWindow, upTo: string): string[] {
  const last = window.last !== undefined && periodIndex(window.last) < periodIndex(upTo) ? window.last : upTo;
  return periodRange(window.first, last);
}

/** 2022年第四季度起 / 2022年第四季度至2025年第四季度, for pages and messages. */
export function windowLabel(window: ReportingWindow): string {
  return window.last === undefined ? `${periodLabel(window.first)}起` : `${periodLabel(window.first)}至${periodLabel(window.last)}`;
}

type DueSetting = { reporting?: { due_days_after_quarter?: number } | undefined };

/** How many days after a quarter ends its reports are due. */
export const dueDaysAfterQuarter = (plan: DueSetting) => plan.reporting?.due_days_after_quarter ?? DEFAULT_DUE_DAYS_AFTER_QUARTER;

/** The last day a quarter's reports are on time: the quarter's last day plus `due_days_after_quarter`. */
export function reportDueDate(period: string, plan: DueSetting): string {
  const days = dueDaysAfterQuarter(plan);
  const [year, month, day] = periodEnd(period).split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** A missing report at `date`: 待报送 up to and on the deadline, 逾期未报 after it. */
export function missingState(period: string, date: string, plan: DueSetting): MissingStateKey {
  return date > reportDueDate(period, plan) ? 'late' : 'pending';
}

/** A quarter's deadline and what its missing reports are at `date`. */
export function missingReportState(period: string, date: string, plan: DueSetting): { dueOn: string; state: MissingStateKey } {
  return { dueOn: reportDueDate(period, plan), state: missingState(period, date, plan) };
}
