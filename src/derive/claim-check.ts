// Reports whose chosen status disagrees with the numbers (序时进度), as plain data, and the validator's
// warning for each (Chinese, naming the field and the fix). Warnings, never errors: the unit may know
// what the figures do not yet show, so the page keeps its status visible and notes the disagreement.
//
// Each report is judged as it stood then: at the end of its quarter, from the readings of reports up to
// and including its own (a report is never flagged for figures sent after it).
// - on_track_behind: status on_track while a target of the task is behind or overdue.
// - completed_unmet: status completed while a target is not met (warnings.ts's rule, reused so the two
//   never disagree; no reading counts as not met).
// - completed_without_evidence: status completed without any evidence link, with or without targets.
import type { ReportWarningCheck } from '../content/load.ts';
import { periodEnd } from '../schema/period.ts';
import { SCHEDULE_CLASS, STATUS } from '../schema/vocabulary.ts';
import type { Task } from '../schema/index.ts';
import { withSharedIndexes } from './input.ts';
import { readingsByTarget, readingsOf, type Reading } from './progress.ts';
import { scheduleSettings, targetSchedule, type ScheduleSettings, type TargetSchedule } from './schedule-target.ts';
import type { ScheduleInput } from './schedule.ts';
import { completedWithUnmetTargets } from '../content/completed-unmet.ts';

export type ClaimKind = 'on_track_behind' | 'completed_unmet' | 'completed_without_evidence';

export interface ClaimDisagreement {
  task: number;
  period: string;
  kind: ClaimKind;
  /** Target ids concerned, in the task file's order; empty for completed_without_evidence. */
  targets: string[];
}

/** The key claimsByReport groups by: one report is one task in one quarter. */
export const claimKey = (period: string, task: number) => `${period}/${task}`;

/** The disagreements of each report that has any, by claimKey. */
export const claimsByReport = (claims: readonly ClaimDisagreement[]): Map<string, ClaimDisagreement[]> => Map.groupBy(claims, (c) => claimKey(c.period, c.task));

/** A task's targets as judged for its report of `period`: at the quarter's end, from readings sent up to it. */
function schedulesForReport(task: Task, period: string, readings: Map<string, Reading[]>, settings: ScheduleSettings): TargetSchedule[] {
  const end = periodEnd(period);
  return task.targets.map((target) =>
    targetSchedule(task.id, target, readingsOf(readings, task.id, target.id).filter((r) => r.reportPeriod <= period), end, settings),
  );
}

/** Every disagreement, reports in dataset order (period, then task), kinds in ClaimKind order. */
export function claimDisagreements(dataset: Pick<ScheduleInput, 'plan' | 'tasks' | 'reports'>): ClaimDisagreement[] {
  const settings = scheduleSettings(dataset.plan);
  const readings = readingsByTarget(dataset);
  const tasks = new Map(dataset.tasks.map((t) => [t.id, t]));
  const unmet = new Map(completedWithUnmetTargets(dataset).map((w) => [`${w.period}/${w.task}`, w.targetIds]));
  const out: ClaimDisagreement[] = [];
  for (const report of dataset.reports) {
    const task = tasks.get(report.task);
    if (!task) continue;
    const base = { task: task.id, period: report.period };
    if (report.status === 'on_track') {
      const behind = schedulesForReport(task, report.period, readings, settings).filter((t) => t.class === 'behind' || t.class === 'overdue');
      if (behind.length > 0) out.push({ ...base, kind: 'on_track_behind', targets: behind.map((t) => t.target) });
    }
    const unmetIds = unmet.get(`${report.period}/${report.task}`);
    if (unmetIds) out.push({ ...base, kind: 'completed_unmet', targets: unmetIds });
    if (report.status === 'completed' && report.evidence.length === 0) out.push({ ...base, kind: 'completed_without_evidence', targets: [] });
  }
  return out;
}

export interface ClaimWarning {
  task: number;
  period: string;
  /** Stable problem code, as the validator's other codes. */
  code: string;
  /** Field inside the report file, as a path for problemAt (['status'], ['evidence']). */
  path: string[];
  message: string;
  fix: string;
}

const CODES: Record<ClaimKind, string> = {
  on_track_behind: 'report.on-track-behind-schedule',
  completed_unmet: 'report.completed-unmet',
  completed_without_evidence: 'report.completed-no-evidence',
};

const describeTargets = (targets: readonly TargetSchedule[]) =>
  targets.map((t) => `${t.target} 为${SCHEDULE_CLASS[t.class].label}${t.gap !== null && t.gap < 0 ? `(落后序时进度 ${-t.gap} 个百分点)` : ''}`).join('、');

/**
 * The validator's warning for one disagreement. `schedules` are the targets as judged for that report
 * (as claimWarnings judges them), so the message can say how far behind each one is.
 */
export function claimWarning(d: ClaimDisagreement, schedules: readonly TargetSchedule[] = []): ClaimWarning {
  const base = { task: d.task, period: d.period, code: CODES[d.kind] };
  const concerned = schedules.filter((s) => d.targets.includes(s.target));

  switch (d.kind) {
    case 'on_track_behind':
      return {
        ...base,
        path: ['status'],
        message: `状态为"${STATUS.on_track.label}",但按截至 ${periodEnd(d.period)} 的数据,目标 ${concerned.length > 0 ? describeTargets(concerned) : d.targets.join('、')}`,
        fix: `请核对 metrics 中的数值;如确实落后,请把 status 改为 at_risk(${STATUS.at_risk.label})`,
      };
    case 'completed_unmet':
      return { ...base, path: ['status'], message: `状态为"${STATUS.completed.label}",但目标 ${d.targets.join(', ')} 尚未达标`, fix: '请核对数值,或把状态改为 on_track / ongoing' };
    case 'completed_without_evidence':
      return {
        ...base,
        path: ['evidence'],
        message: `状态为"${STATUS.completed.label}",但没有佐证材料`,
        fix: '请在 evidence 中补充能证明已完成的公开材料(title 和以 https:// 开头的 url)',
      };
  }
}

/** Every disagreement as a validator warning, each naming how far behind its targets were: what the validator needs, in one call. */
export function claimWarnings(input: Pick<ScheduleInput, 'plan' | 'tasks' | 'reports'>): ClaimWarning[] {
  const dataset = withSharedIndexes(input); // the readings index, built once for both passes
  const settings = scheduleSettings(dataset.plan);
  const readings = readingsByTarget(dataset);
  const tasks = new Map(dataset.tasks.map((t) => [t.id, t]));
  return claimDisagreements(dataset).map((d) => claimWarning(d, d.targets.length > 0 ? schedulesForReport(tasks.get(d.task)!, d.period, readings, settings) : []));
}

/**
 * The loader's report-warning check (LoadOptions.reportWarnings), given by the validator and the build: the
 * claims that disagree with the 序时进度. "Completed but a target unmet" is the loader's own warning already.
 */
export const claimWarningCheck: ReportWarningCheck = (dataset) => claimWarnings(dataset).filter((w) => w.code !== CODES.completed_unmet);
