// How a target's readings are judged: whether a value meets the target, and which reading is the
// latest. The loader's warnings, the derivations and a new report's carried values all apply these,
// so a figure counts the same in the validator, on the site and in a draft. Pure: runs in the browser.
import type { Metric, Report, Target } from './index.ts';

/** For reduce_by the value is the reduction achieved (7 = reduced by 7%), so it must reach the target like at_least. */
export function meetsTarget(target: Pick<Target, 'comparator' | 'value'>, value: number): boolean {
  return target.comparator === 'at_most' ? value <= target.value : value >= target.value;
}

/** What orders two readings of one target: the date the value describes, then the report that carried it. */
export interface ReadingOrder {
  as_of: string;
  /** The quarter of the report that carried the reading. */
  reportPeriod: string;
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Oldest first. A later report wins a tie on as_of: a repeated as_of in a later report is a correction.
 * ISO dates and YYYY-Qn periods both sort chronologically as plain strings (and far faster than
 * parsing them, which matters at province scale).
 */
export function compareReadings(a: ReadingOrder, b: ReadingOrder): number {
  return compareStrings(a.as_of, b.as_of) || compareStrings(a.reportPeriod, b.reportPeriod);
}

export interface LatestMetric {
  metric: Metric;
  reportPeriod: string;
}

const orderOf = ({ metric, reportPeriod }: LatestMetric): ReadingOrder => ({ as_of: metric.as_of, reportPeriod });

/**
 * The latest reading of `target` in `reports` (any order) that `include` accepts, by compareReadings;
 * of two readings with the same as_of in the same report, the one written last. null when there is none.
 */
export function latestMetric(
  reports: readonly Pick<Report, 'period' | 'metrics'>[],
  target: string,
  include: (metric: Metric) => boolean = () => true,
): LatestMetric | null {
  let latest: LatestMetric | null = null;
  for (const report of reports) {
    for (const metric of report.metrics) {
      if (metric.target !== target || !include(metric)) continue;
      const candidate = { metric, reportPeriod: report.period };
      if (!latest || compareReadings(orderOf(candidate), orderOf(latest)) >= 0) latest = candidate;
    }
  }
  return latest;
}
