// 序时进度 in the downloads: per task and target per quarter (tasks.json, schedule.csv), and what a report's
// status disagrees with (reports.json). Built from deriveAll's results, never recomputed here.
import { claimKey, claimsByReport, schedulesByTask, type ClaimDisagreement, type Derived, type PeriodSchedule, type TargetSchedule, type TaskSchedule } from '../derive/index.ts';
import { SCHEDULE_CLASS_KEYS } from '../schema/index.ts';
import { planColumn, type Column } from './csv.ts';

const targetFields = (t: TargetSchedule) => ({ target: t.target, class: t.class, start: t.start, deadline: t.deadline, expected: t.expected, actual: t.actual, gap: t.gap });

const taskFields = (s: TaskSchedule) => ({
  period: s.period,
  judged_on: s.judgedOn,
  class: s.class,
  basis: s.basis,
  gap: s.gap,
  reported_status: s.reportedStatus,
  behind_since: s.behindSince,
  targets: s.targets.map(targetFields),
});

/** Each task's quarters, oldest first, as tasks.json carries them: a function of the task id, indexed once. */
export function taskScheduleJson(derived: Derived): (task: number) => ReturnType<typeof taskFields>[] {
  const byTask = schedulesByTask(derived.schedule.byPeriod);
  return (task) => (byTask.get(task) ?? []).map(taskFields);
}

/** Each report's class and disagreements (an empty list when its status agrees with the numbers), as reports.json carries them. */
export function reportScheduleJson(derived: Derived): (report: { period: string; task: number }) => { schedule_class: string | null; claim_disagreements: Pick<ClaimDisagreement, 'kind' | 'targets'>[] } {
  const classOf = new Map(derived.schedule.byPeriod.flatMap((p) => p.tasks.map((t) => [claimKey(p.period, t.task), t.class])));
  const claims = claimsByReport(derived.schedule.claims);
  return ({ period, task }) => {
    const key = claimKey(period, task);
    return { schedule_class: classOf.get(key) ?? null, claim_disagreements: (claims.get(key) ?? []).map((c) => ({ kind: c.kind, targets: c.targets })) };
  };
}

/** One row of schedule.csv: a task in a quarter, or one of its targets. */
export interface ScheduleRow {
  period: PeriodSchedule;
  task: TaskSchedule;
  /** null on the task's own row. */
  target: TargetSchedule | null;
}

export const scheduleRows = (derived: Derived): ScheduleRow[] =>
  derived.schedule.byPeriod.flatMap((period) => period.tasks.flatMap((task) => [{ period, task, target: null }, ...task.targets.map((target) => ({ period, task, target }))]));

const CLASS_KEYS = SCHEDULE_CLASS_KEYS.join(' / ');

export const scheduleColumns = (plan: string): Column<ScheduleRow>[] => [
  planColumn(plan),
  { key: 'period', label: '季度', value: (r) => r.period.period },
  { key: 'judged_on', label: '判断日期(季度末,或数据截至日期)', value: (r) => r.period.judgedOn },
  { key: 'task', label: '任务序号', value: (r) => r.task.task },
  { key: 'target', label: '目标标识(空:任务本身的一行)', value: (r) => r.target?.target ?? null },
  { key: 'class', label: `序时进度(英文标识:${CLASS_KEYS})`, value: (r) => (r.target ?? r.task).class },
  { key: 'basis', label: '任务的判断依据(targets 数量目标 / report 报送状态);目标行为空', value: (r) => (r.target ? null : r.task.basis) },
  { key: 'start', label: '计时起点(目标行)', value: (r) => r.target?.start ?? null },
  { key: 'deadline', label: '计时终点,即期限(目标行;每年类目标为当年年底)', value: (r) => r.target?.deadline ?? null },
  { key: 'expected', label: '序时进度:到判断日期应完成的比例(百分点,目标行)', value: (r) => r.target?.expected ?? null },
  { key: 'actual', label: '实际完成比例(百分点,目标行)', value: (r) => r.target?.actual ?? null },
  { key: 'gap', label: '实际减序时进度(百分点,负数为落后;任务行为最差目标的差距)', value: (r) => (r.target ?? r.task).gap },
  { key: 'reported_status', label: '单位报送的状态(英文标识,任务行;空:未报送)', value: (r) => (r.target ? null : r.task.reportedStatus) },
  { key: 'behind_since', label: '连续落后起始季度(任务行,落后或未报送时)', value: (r) => (r.target ? null : r.task.behindSince) },
];

/** Fields of tasks.json and reports.json beyond the content files' own, for the data dictionary on /data/. */
export const scheduleJsonFields: { file: string; key: string; label: string }[] = [
  { file: 'tasks.json', key: 'tasks[].schedule[]', label: '每个季度的序时进度:period、judged_on、class、basis、gap、reported_status、behind_since,含义同 schedule.csv 的同名列' },
  { file: 'tasks.json', key: 'tasks[].schedule[].targets[]', label: '该季度各数量目标的 target、class、start、deadline、expected、actual、gap,含义同 schedule.csv 的同名列' },
  { file: 'reports.json', key: 'reports[].schedule_class', label: '该报告所在季度任务的序时进度(英文标识)' },
  { file: 'reports.json', key: 'reports[].claim_disagreements[]', label: '报送状态与数值不符之处:kind(on_track_behind 报"按计划推进"但目标慢序时或逾期 / completed_unmet 报"已完成"但目标未达标 / completed_without_evidence 报"已完成"但无佐证材料)和 targets(涉及的目标标识);一致时为空列表' },
];
