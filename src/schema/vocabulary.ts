// The project's fixed vocabularies. Keys are stable (they appear in YAML, URLs and exports);
// labels and definitions are what readers see.

export const STATUS_KEYS = ['completed', 'on_track', 'ongoing', 'at_risk', 'not_started'] as const;
export type StatusKey = (typeof STATUS_KEYS)[number];

export const STATUS: Record<StatusKey, { label: string; definition: string; symbol: string }> = {
  completed: { label: '已完成', symbol: '✔', definition: '方案要求的工作已全部完成,数量目标均已达到。' },
  on_track: { label: '按计划推进', symbol: '▲', definition: '工作正在推进,进度符合方案的时间要求。' },
  ongoing: { label: '常态化推进', symbol: '●', definition: '长期性、经常性工作,已建立常态化机制并持续开展。' },
  at_risk: { label: '进度滞后', symbol: '!', definition: '进度落后于方案的时间要求,或数量目标有未按期完成的风险。' },
  not_started: { label: '未启动', symbol: '○', definition: '本季度尚未开展实质性工作。' },
};

/** A task with no report for a quarter is its own state, never a status a unit chose. */
export const NO_REPORT = { key: 'no_report', label: '未报送', symbol: '—', definition: '该季度牵头单位尚未报送进展。' } as const;
export type NoReportKey = typeof NO_REPORT.key;

/**
 * A missing report is one of two things, judged at the data's as-of date against the quarter's reporting
 * deadline (src/schema/reporting-window.ts): still within time, or late. Pages, exports, the 通报 and the
 * reminders say which; NO_REPORT stays the state of the task itself (filters, status counts).
 */
export const MISSING_STATE_KEYS = ['pending', 'late'] as const;
export type MissingStateKey = (typeof MISSING_STATE_KEYS)[number];
export const MISSING_STATE: Record<MissingStateKey, { label: string; definition: string }> = {
  pending: { label: '待报送', definition: '尚未报送,报送期限未过(期限当天仍可报送)。' },
  late: { label: '逾期未报', definition: '报送期限已过,仍未报送。' },
};

/** 报送期限的默认值:季度结束后第 10 天(plan.yaml 的 reporting.due_days_after_quarter 可改)。 */
export const DEFAULT_DUE_DAYS_AFTER_QUARTER = 10;

/** A task's state in a quarter: the status its report chose, or no report. */
export type TaskStatus = StatusKey | NoReportKey;
/** Every TaskStatus in vocabulary order: the five statuses, then no report. */
export const TASK_STATUS_KEYS: readonly TaskStatus[] = [...STATUS_KEYS, NO_REPORT.key];

/** The label, symbol and definition readers see for a task's state. */
export function taskStatusInfo(status: TaskStatus): { label: string; symbol: string; definition: string } {
  return status === NO_REPORT.key ? NO_REPORT : STATUS[status];
}

/**
 * 序时进度 classes: where a target or task stands against the calendar at a date (src/derive/schedule.ts).
 * Computed from the numbers, never chosen by a unit: shown beside the unit's STATUS, not instead of it.
 * Keys in display order, best first. `colour` is the red/yellow/green family of a 督查 list (grey: not
 * judged); pages always show the symbol and the label with it, never the colour alone.
 */
export const SCHEDULE_CLASS_KEYS = [
  'completed_early',
  'completed',
  'ahead',
  'on_schedule',
  'behind',
  'overdue',
  'no_data',
  'unscheduled',
  'no_report',
] as const;
export type ScheduleClassKey = (typeof SCHEDULE_CLASS_KEYS)[number];
export type ScheduleColour = 'green' | 'yellow' | 'red' | 'grey';

export const SCHEDULE_CLASS: Record<ScheduleClassKey, { label: string; definition: string; symbol: string; colour: ScheduleColour }> = {
  completed_early: { label: '提前完成', symbol: '★', colour: 'green', definition: '在期限之前已达到目标值。' },
  completed: { label: '已完成', symbol: '✔', colour: 'green', definition: '已达到目标值(期限当天达到,或限值类、每日类目标当前符合要求)。' },
  ahead: { label: '超序时', symbol: '↑', colour: 'green', definition: '尚未达到目标值,但实际进度超过序时进度,超出部分大于容差。' },
  on_schedule: { label: '按序时', symbol: '=', colour: 'green', definition: '实际进度与序时进度之差在容差以内(默认正负5个百分点,含边界)。' },
  behind: { label: '慢序时', symbol: '↓', colour: 'yellow', definition: '期限未到,实际进度落后于序时进度,落后部分大于容差。' },
  overdue: { label: '逾期未完成', symbol: '✖', colour: 'red', definition: '期限已过,截至期限的数据未达到目标值(期限后才达到的也算逾期)。' },
  no_data: { label: '无数据', symbol: '?', colour: 'grey', definition: '截至判断日期还没有报送该目标的实际值,无法判断进度。' },
  unscheduled: { label: '未定期限', symbol: '◇', colour: 'grey', definition: '方案没有写明完成期限且尚未达到目标值,无法按时间判断快慢。' },
  no_report: { ...NO_REPORT, colour: 'red' },
};

/** 容差:实际进度与序时进度相差不超过这么多个百分点即为按序时(plan.yaml 的 schedule.tolerance 可改)。 */
export const DEFAULT_SCHEDULE_TOLERANCE = 5;

export const COMPARATOR_KEYS = ['at_least', 'at_most', 'reduce_by', 'reach'] as const;
export type ComparatorKey = (typeof COMPARATOR_KEYS)[number];

export const COMPARATOR: Record<ComparatorKey, { label: string; definition: string }> = {
  at_least: { label: '不少于', definition: '实际值达到或超过目标值即为达标(如"以上""不少于")。' },
  at_most: { label: '不超过', definition: '实际值不超过目标值即为达标(如办理时限"以内""不超过")。' },
  reduce_by: { label: '压降', definition: '与基数相比下降的幅度达到目标值即为达标(如"压降""下降")。' },
  reach: { label: '完成', definition: '完成的数量达到目标值即为达标(如"完成""新建""改造")。' },
};

export const RECURRENCE_KEYS = ['yearly', 'daily'] as const;
export type RecurrenceKey = (typeof RECURRENCE_KEYS)[number];
export const RECURRENCE: Record<RecurrenceKey, string> = { yearly: '每年', daily: '每天' };

export const UNIT_KIND_KEYS = ['department', 'collective'] as const;
export const UNIT_KIND: Record<(typeof UNIT_KIND_KEYS)[number], string> = {
  department: '部门单位',
  collective: '集合性表述(泛指多个单位)',
};

// Demo data is never mixed with real data, and says so wherever it appears.
const DEMO_WORD = '演示';
/** What demo data is called on the page, in the feed and in the generated files. */
export const DEMO_LABEL = `${DEMO_WORD}数据`;
/** The mark every text of a demo report carries (scripts/demo-reports.ts). */
export const DEMO_MARK = `【${DEMO_WORD}】`;
/**
 * What the validator refuses in real content: the opening of both DEMO_MARK and 【DEMO_LABEL】 (the demo
 * files' header and the demo feed), so text copied from any of them is caught.
 */
export const DEMO_MARK_OPENING = `【${DEMO_WORD}`;

/**
 * Bumped when a field is added, removed or changes meaning; exported in data files.
 * 1.1.0: targets may carry `baseline` and `start` (tasks.json passes targets through).
 * 1.2.0: 序时进度: tasks.json `schedule` per quarter, reports.json `schedule_class` and `claim_disagreements`,
 *        /data/schedule.csv.
 * 1.3.0: the public record: reports.json `published_on` and `revisions`, from the repository's history.
 * 2.0.0: several plans (issue #25): every CSV's first column and every task, area and report in the JSON is
 *        `plan`; /data/ holds every plan, its meta `plans` instead of `source_document`; /{id}/data/ one plan.
 */
export const SCHEMA_VERSION = '2.0.0';
