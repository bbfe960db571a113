// The data's own "now". Nothing here reads the clock: a site rebuilt next year from the same
// content must say the same things, and tests must not depend on the day they run.
import { reportingWindow, windowPeriodsUpTo } from '../schema/reporting-window.ts';
import type { DerivationInput } from './input.ts';

type Reports = Pick<DerivationInput, 'reports'>;

/** The latest `reported_on` among all reports (ISO date), or null when nothing was reported. */
export function asOfDate(dataset: Reports): string | null {
  let latest: string | null = null;
  // ISO dates compare correctly as strings.
  for (const report of dataset.reports) if (latest === null || report.reported_on > latest) latest = report.reported_on;
  return latest;
}

/** The latest quarter that has at least one report, or null when nothing was reported. */
export function latestReportedPeriod(dataset: Reports): string | null {
  let latest: string | null = null;
  // YYYY-Qn periods, like ISO dates, compare chronologically as strings.
  for (const report of dataset.reports) if (latest === null || report.period > latest) latest = report.period;
  return latest;
}

/**
 * Every quarter of the plan's reporting window up to the latest reported quarter, inclusive; empty when
 * nothing was reported. Quarters after the latest report are not "covered": no unit has reported them
 * yet, so counting them as missing would blame every unit for a quarter that may not have ended; nor are
 * quarters outside the window, when nothing was owed.
 */
export function periodsCovered(dataset: Reports & Pick<DerivationInput, 'plan'>): string[] {
  const latest = latestReportedPeriod(dataset);
  return latest === null ? [] : windowPeriodsUpTo(reportingWindow(dataset.plan), latest);
}
