// Everything the pages need, derived once per build.
import type { Report, TaskStatus } from '../schema/index.ts';
import { asOfDate, latestReportedPeriod, periodsCovered } from './as-of.ts';
import {
  latestStatusCounts,
  latestStatusCountsByArea,
  latestStatusCountsByUnit,
  statusCountsByPeriod,
  targetStateCounts,
  targetStateCountsByArea,
  type AreaStatusCounts,
  type AreaTargetStateCounts,
  type PeriodStatusCounts,
  type StatusCounts,
  type TargetStateCounts,
  type UnitStatusCounts,
} from './aggregate.ts';
import { changesByPeriod, type PeriodChanges } from './changes.ts';
import { withSharedIndexes, type DerivationInput } from './input.ts';
import { missingReportsByPeriod, missingReportsByUnit, type MissingInPeriod, type PeriodMissing } from './missing.ts';
import { targetProgressByTask, type TargetProgress } from './progress.ts';
import { latestReportByTask, latestStatusByTask, statusByTaskByPeriod, type QuarterStatus } from './status.ts';
import { completedWithUnmetTargets, type CompletedWithUnmetTargets } from '../content/completed-unmet.ts';
import { currentSchedule, scheduleByPeriod, type PeriodSchedule } from './schedule.ts';
import { scheduleRollups, type PeriodScheduleRollups } from './schedule-rollup.ts';
import { halfYearByYear, type HalfYear } from './half-year.ts';
import { claimDisagreements, type ClaimDisagreement } from './claim-check.ts';

export interface Derived {
  /** Latest reported_on (ISO date); null when nothing was reported. */
  asOf: string | null;
  /** Latest quarter with any report; null when nothing was reported. */
  latestPeriod: string | null;
  /** The reporting window's quarters up to latestPeriod, oldest first; empty when nothing was reported. */
  periods: string[];
  /** Keyed by task id; one entry per covered quarter. */
  statusByTask: Map<number, QuarterStatus[]>;
  /** Keyed by task id; every task present. */
  latestStatus: Map<number, TaskStatus>;
  /** Keyed by task id; tasks that never reported are absent. */
  latestReport: Map<number, Report>;
  /** Keyed by task id; every task present, targets in task-file order. */
  progress: Map<number, TargetProgress[]>;
  missing: MissingInPeriod[];
  /** Keyed by unit id; every unit present. */
  missingByUnit: Map<string, PeriodMissing[]>;
  changes: PeriodChanges[];
  counts: {
    latest: StatusCounts;
    byArea: AreaStatusCounts[];
    byUnit: UnitStatusCounts[];
    byPeriod: PeriodStatusCounts[];
    targetStates: TargetStateCounts;
    targetStatesByArea: AreaTargetStateCounts[];
  };
  completedWithUnmetTargets: CompletedWithUnmetTargets[];
  /** 序时进度: the numbers judged against the calendar, beside (never instead of) the units' statuses. */
  schedule: {
    /** Every covered quarter, oldest first; empty when nothing was reported. */
    byPeriod: PeriodSchedule[];
    /** The latest covered quarter's judgement; null when nothing was reported. */
    current: PeriodSchedule | null;
    /** One per entry of byPeriod, same order: the plan, each area and each lead unit. */
    rollups: PeriodScheduleRollups[];
    /** 双过半, one per June 30 the data reached. */
    halfYears: HalfYear[];
    /** Reports whose chosen status disagrees with the numbers, dataset order. */
    claims: ClaimDisagreement[];
  };
}

export function deriveAll(input: DerivationInput): Derived {
  const dataset = withSharedIndexes(input);
  return {
    asOf: asOfDate(dataset),
    latestPeriod: latestReportedPeriod(dataset),
    periods: periodsCovered(dataset),
    statusByTask: statusByTaskByPeriod(dataset),
    latestStatus: latestStatusByTask(dataset),
    latestReport: latestReportByTask(dataset),
    progress: targetProgressByTask(dataset),
    missing: missingReportsByPeriod(dataset),
    missingByUnit: missingReportsByUnit(dataset),
    changes: changesByPeriod(dataset),
    counts: {
      latest: latestStatusCounts(dataset),
      byArea: latestStatusCountsByArea(dataset),
      byUnit: latestStatusCountsByUnit(dataset),
      byPeriod: statusCountsByPeriod(dataset),
      targetStates: targetStateCounts(dataset),
      targetStatesByArea: targetStateCountsByArea(dataset),
    },
    completedWithUnmetTargets: completedWithUnmetTargets(dataset),
    schedule: scheduleOf(dataset),
  };
}

function scheduleOf(dataset: DerivationInput): Derived['schedule'] {
  const byPeriod = scheduleByPeriod(dataset);
  return {
    byPeriod,
    current: currentSchedule(dataset),
    rollups: byPeriod.map((period) => scheduleRollups(dataset, period)),
    halfYears: halfYearByYear(dataset),
    claims: claimDisagreements(dataset),
  };
}
