// Which tasks have no report for a quarter, and which lead units owe them.
// Every task is expected every covered quarter (DESIGN: one update per task per quarter), completed
// ones included: "completed" is itself something a unit confirms each quarter.
import { missingReportState, type MissingStateKey } from '../schema/index.ts';
import { asOfDate, periodsCovered } from './as-of.ts';
import type { DerivationInput } from './input.ts';

export interface UnitMissing {
  unit: string;
  /** Task ids, ascending. */
  tasks: number[];
}

export interface MissingInPeriod {
  period: string;
  /** Task ids without a report, ascending. */
  tasks: number[];
  /**
   * Lead units owing at least one report, in units.yaml order. A task with two lead units is listed
   * under both: either may report it, so both are answerable for it.
   */
  byLeadUnit: UnitMissing[];
  expected: number;
  reported: number;
  missing: number;
  /** The quarter's reporting deadline (the last day on time). */
  dueOn: string;
  /** What its missing reports are at the data's as-of date: 待报送 until dueOn, 逾期未报 after. */
  state: MissingStateKey;
}

export interface PeriodMissing {
  period: string;
  tasks: number[];
  state: MissingStateKey;
}

/** For every covered quarter (oldest first), the tasks without a report, also by lead unit, with counts. */
export function missingReportsByPeriod(dataset: DerivationInput): MissingInPeriod[] {
  const reported = new Set(dataset.reports.map((r) => `${r.period}/${r.task}`));
  const unitOrder = new Map(dataset.units.map((u, i) => [u.id, i]));
  // Covered quarters exist only once something was reported, so there is an as-of date.
  const asOf = asOfDate(dataset) ?? '';
  return periodsCovered(dataset).map((period) => {
    const missingTasks = dataset.tasks.filter((task) => !reported.has(`${period}/${task.id}`));
    const byUnit = new Map<string, number[]>();
    for (const task of missingTasks) {
      for (const unit of task.lead) {
        const list = byUnit.get(unit);
        if (list) list.push(task.id);
        else byUnit.set(unit, [task.id]);
      }
    }
    const byLeadUnit = [...byUnit]
      .map(([unit, tasks]) => ({ unit, tasks: tasks.sort((a, b) => a - b) }))
      // Unknown units (not in units.yaml) sort last rather than disappear.
      .sort((a, b) => (unitOrder.get(a.unit) ?? Infinity) - (unitOrder.get(b.unit) ?? Infinity) || a.unit.localeCompare(b.unit));
    const tasks = missingTasks.map((t) => t.id).sort((a, b) => a - b);
    return {
      period,
      tasks,
      byLeadUnit,
      expected: dataset.tasks.length,
      reported: dataset.tasks.length - tasks.length,
      missing: tasks.length,
      ...missingReportState(period, asOf, dataset.plan),
    };
  });
}

/**
 * For every unit in units.yaml, the quarters (oldest first) in which tasks it leads went unreported.
 * Units owing nothing have an empty list, so a unit page can say "all reports submitted".
 */
export function missingReportsByUnit(dataset: DerivationInput): Map<string, PeriodMissing[]> {
  const out = new Map<string, PeriodMissing[]>(dataset.units.map((u) => [u.id, []]));
  for (const { period, byLeadUnit, state } of missingReportsByPeriod(dataset)) {
    for (const { unit, tasks } of byLeadUnit) {
      const list = out.get(unit);
      if (list) list.push({ period, tasks, state });
      else out.set(unit, [{ period, tasks, state }]);
    }
  }
  return out;
}

/** Missing reports summed over all covered quarters (one per task per quarter). */
export function totalMissingReports(dataset: DerivationInput): number {
  return missingReportsByPeriod(dataset).reduce((sum, p) => sum + p.missing, 0);
}
