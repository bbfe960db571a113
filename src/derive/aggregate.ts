// Counts for the dashboard, area, unit and quarter pages. Every count object has every key (zeros
// included) so tables and charts have fixed columns and never need `?? 0`.
import { NO_REPORT, type TaskStatus } from '../schema/vocabulary.ts';
import { periodsCovered } from './as-of.ts';
import { allTargetProgress, TARGET_STATES, type TargetState } from './progress.ts';
import { latestStatusByTask, statusByTaskByPeriod, TASK_STATUSES } from './status.ts';
import type { DerivationInput } from './input.ts';

export type StatusCounts = Record<TaskStatus, number>;
export type TargetStateCounts = Record<TargetState, number>;

export interface AreaStatusCounts {
  area: string;
  counts: StatusCounts;
}

export interface UnitStatusCounts {
  unit: string;
  /** Tasks the unit leads (牵头). */
  lead: StatusCounts;
  /** Tasks the unit is responsible for (责任), counted separately: being named among many is not leading. */
  responsible: StatusCounts;
}

export interface PeriodStatusCounts {
  period: string;
  counts: StatusCounts;
}

export interface AreaTargetStateCounts {
  area: string;
  counts: TargetStateCounts;
}

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export function emptyTargetStateCounts(): TargetStateCounts {
  return Object.fromEntries(TARGET_STATES.map((s) => [s, 0])) as TargetStateCounts;
}

/** Sum of all values: the number of tasks (or targets) counted. */
export function countTotal(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** Latest status of every task, counted. */
export function latestStatusCounts(dataset: Pick<DerivationInput, 'tasks' | 'reports'>): StatusCounts {
  const counts = emptyStatusCounts();
  for (const status of latestStatusByTask(dataset).values()) counts[status]++;
  return counts;
}

/** Latest status counts for every area, in areas.yaml order (areas without tasks have all zeros). */
export function latestStatusCountsByArea(dataset: DerivationInput): AreaStatusCounts[] {
  const latest = latestStatusByTask(dataset);
  const byArea = new Map(dataset.areas.map((a) => [a.id, emptyStatusCounts()]));
  for (const task of dataset.tasks) {
    const counts = byArea.get(task.area);
    if (counts) counts[latest.get(task.id) ?? NO_REPORT.key]++;
  }
  return [...byArea].map(([area, counts]) => ({ area, counts }));
}

/** Latest status counts for every unit, in units.yaml order, as lead and as responsible unit separately. */
export function latestStatusCountsByUnit(dataset: DerivationInput): UnitStatusCounts[] {
  const latest = latestStatusByTask(dataset);
  const byUnit = new Map(dataset.units.map((u) => [u.id, { unit: u.id, lead: emptyStatusCounts(), responsible: emptyStatusCounts() }]));
  for (const task of dataset.tasks) {
    const status = latest.get(task.id) ?? NO_REPORT.key;
    // A Set: a unit named twice in one list still counts the task once.
    for (const unit of new Set(task.lead)) {
      const entry = byUnit.get(unit);
      if (entry) entry.lead[status]++;
    }
    for (const unit of new Set(task.responsible)) {
      const entry = byUnit.get(unit);
      if (entry) entry.responsible[status]++;
    }
  }
  return [...byUnit.values()];
}

/** For every covered quarter (oldest first), the tasks' statuses in that quarter, 'no_report' included. */
export function statusCountsByPeriod(dataset: Pick<DerivationInput, 'plan' | 'tasks' | 'reports'>): PeriodStatusCounts[] {
  const out = periodsCovered(dataset).map((period) => ({ period, counts: emptyStatusCounts() }));
  for (const quarters of statusByTaskByPeriod(dataset).values()) {
    quarters.forEach(({ status }, p) => {
      const entry = out[p];
      if (entry) entry.counts[status]++;
    });
  }
  return out;
}

/** State of every target of every task, counted. */
export function targetStateCounts(dataset: Pick<DerivationInput, 'tasks' | 'reports'>): TargetStateCounts {
  const counts = emptyTargetStateCounts();
  for (const progress of allTargetProgress(dataset)) counts[progress.state]++;
  return counts;
}

/** Target state counts for every area, in areas.yaml order. */
export function targetStateCountsByArea(dataset: DerivationInput): AreaTargetStateCounts[] {
  const areaOf = new Map(dataset.tasks.map((t) => [t.id, t.area]));
  const byArea = new Map(dataset.areas.map((a) => [a.id, emptyTargetStateCounts()]));
  for (const progress of allTargetProgress(dataset)) {
    const counts = byArea.get(areaOf.get(progress.task) ?? '');
    if (counts) counts[progress.state]++;
  }
  return [...byArea].map(([area, counts]) => ({ area, counts }));
}
