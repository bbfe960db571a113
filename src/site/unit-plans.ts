// What one unit leads, supports and owes in each plan of the site: the unit page's sections. Pure over the
// loaded plans; a plan that gives the unit nothing has no section (the page names it instead).
import type { StatusCounts } from '../derive/index.ts';
import { emptyStatusCounts } from '../derive/index.ts';
import type { ScheduleRollup } from '../derive/index.ts';
import type { Task } from '../schema/index.ts';
import type { PlanSite } from './dataset.ts';

export interface UnitInPlan {
  plan: PlanSite;
  leads: Task[];
  supports: Task[];
  /** The status mix of the tasks it leads. */
  leadCounts: StatusCounts;
  /** Its led tasks' 序时进度 in the plan's latest covered quarter; null before any report. */
  schedule: { period: string; judgedOn: string; rollup: ScheduleRollup } | null;
}

export function unitInPlan(plan: PlanSite, unit: string): UnitInPlan {
  const { dataset, derived, lookup } = plan;
  const leads = dataset.tasks.filter((t) => t.lead.includes(unit));
  const supports = dataset.tasks.filter((t) => t.responsible.includes(unit));
  const current = derived.schedule.current;
  const rollup = current && lookup.scheduleRollups.get(current.period)?.byLeadUnit.find((u) => u.unit === unit)?.rollup;
  return {
    plan,
    leads,
    supports,
    leadCounts: derived.counts.byUnit.find((u) => u.unit === unit)?.lead ?? emptyStatusCounts(),
    schedule: current && rollup ? { period: current.period, judgedOn: current.judgedOn, rollup } : null,
  };
}

/** The unit's part in every plan that names it, in the site's plan order, and the plans that do not. */
export function unitAcrossPlans(plans: readonly PlanSite[], unit: string): { named: UnitInPlan[]; notNamed: PlanSite[] } {
  const all = plans.map((plan) => unitInPlan(plan, unit));
  return {
    named: all.filter((u) => u.leads.length > 0 || u.supports.length > 0),
    notNamed: all.filter((u) => u.leads.length === 0 && u.supports.length === 0).map((u) => u.plan),
  };
}
