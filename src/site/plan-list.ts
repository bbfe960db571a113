// The plans a site holds, in the order the home page lists them: current plans first, then ended ones,
// each group newest issue first. "Ended" is judged at the site's own as-of date (the latest report over all
// plans, else the latest plan's issue date), never the clock, so a rebuild from the same content lists the
// same way (the same rule as src/derive/as-of.ts for one plan).
import { periodOfDate, periodIndex, reportingWindow, windowLabel, type ReportingWindow } from '../schema/index.ts';

interface PlanLike {
  dataset: { id: string; plan: { date: string; title: string; short?: string | undefined; reporting?: { last_period?: string } | undefined } };
  derived: { asOf: string | null };
}

export interface PlanStanding<P> {
  plan: P;
  window: ReportingWindow;
  /** 2022年第四季度至2025年第四季度 */
  windowLabel: string;
  /** The window's last quarter is before the site's as-of quarter. */
  ended: boolean;
}

/** The site's "now": the latest report of any plan, else the latest issue date; ISO date. */
export function siteAsOf(plans: readonly PlanLike[]): string | null {
  let latest: string | null = null;
  for (const { dataset, derived } of plans) {
    const date = derived.asOf ?? dataset.plan.date;
    if (latest === null || date > latest) latest = date;
  }
  return latest;
}

export function planStandings<P extends PlanLike>(plans: readonly P[]): PlanStanding<P>[] {
  const asOf = siteAsOf(plans);
  const now = asOf === null ? undefined : periodIndex(periodOfDate(asOf));
  const standings = plans.map((plan) => {
    const window = reportingWindow(plan.dataset.plan);
    const ended = now !== undefined && window.last !== undefined && periodIndex(window.last) < now;
    return { plan, window, windowLabel: windowLabel(window), ended };
  });
  // Stable: plans issued the same day keep their folder order.
  return standings.sort((a, b) => Number(a.ended) - Number(b.ended) || b.plan.dataset.plan.date.localeCompare(a.plan.dataset.plan.date));
}
