// The rules of a report that need more than its own file: the task it belongs to, the clock, the plan's
// reporting window. Pure and free of node: modules: the loader (cross-checks.ts adds file:line:col) and the
// browser submission form apply the same rules with the same words.
import { isAfterWindow, isBeforeWindow, periodIndex, periodOfDate, periodStart, previousPeriod, windowLabel, type ReportingWindow, type Report, type Task } from '../schema/index.ts';
import type { Severity } from './problem.ts';

/** One broken rule: where in the report (field path), what is wrong and how to fix it. */
export interface RuleProblem {
  path: (string | number)[];
  code: string;
  message: string;
  fix?: string;
  severity: Severity;
}

/** `id(name), id(name), …`, at most `max` of them. */
export const listIds = (items: { id: string; name?: string }[], max = 8) =>
  items.slice(0, max).map((x) => (x.name ? `${x.id}(${x.name})` : x.id)).join(', ') + (items.length > max ? ' ……' : '');

export interface ReportRuleContext {
  /** The report's task; undefined when no task has its id. */
  task: Pick<Task, 'id' | 'lead' | 'targets'> | undefined;
  /** The highest task id, for the message when the task does not exist. */
  maxTaskId: number;
  /** "Today" as an ISO date: a report may not be dated later. */
  today: string;
  unitName: (id: string) => string;
  /** The plan's reporting window (plan.yaml): no report is due, or accepted, outside it. */
  window: ReportingWindow;
  /** The plan's date (plan.yaml). */
  planDate: string;
}

/**
 * How old a reading may be: a quarter's report gives figures of that quarter, or of the one before when
 * statistics lag (a Q1 report with the year's figure as of 31 December). Anything older is a typo in the
 * year or month, and it would hide the newer reading a report already gave (readings are ordered by as_of).
 * Said in words on /data/ (src/export/json-schema.ts) and in each message.
 */
export const AS_OF_RULE = 'as_of 不早于方案印发日期,不早于报告季度的上一季度开始,不晚于 reported_on';

/** The earliest plausible as_of of a reading in a report of `period`, and why it is that date. */
export function earliestAsOf(period: string, planDate: string): { date: string; why: string; fix: string } {
  const previous = previousPeriod(period);
  const quarterStart = periodStart(previous);
  return quarterStart >= planDate
    ? { date: quarterStart, why: `上一季度 ${previous} 的开始`, fix: '更早的数据请在当时的季度报告中填写' }
    : { date: planDate, why: '方案印发日期', fix: '方案印发前的数据不作为进展填写' };
}

/**
 * The fields the rules read. Each may be missing: the form checks them before the rest of the report is
 * filled in, and the loader checks the fields that passed the schema even when others did not, so one
 * run names every problem. A rule runs only when the fields it needs are there.
 */
export type RuledReport = Partial<Pick<Report, 'task' | 'period' | 'summary' | 'metrics' | 'reported_by' | 'reported_on'>>;

/** Marks the text a draft (npm run new:report) asks to replace: an unedited draft must not be published. */
export const PLACEHOLDER_MARK = '【待填写】';

/** Every rule a report's present fields break, in a stable order. */
export function reportRuleProblems(report: RuledReport, context: ReportRuleContext): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const error = (path: (string | number)[], code: string, message: string, fix?: string) => problems.push({ path, code, message, fix, severity: 'error' });
  const warning = (path: (string | number)[], code: string, message: string, fix?: string) => problems.push({ path, code, message, fix, severity: 'warning' });
  const { period, reported_on: reportedOn } = report;

  if (report.summary?.includes(PLACEHOLDER_MARK)) {
    error(['summary'], 'report.placeholder', '进展摘要还是模板中的示例文字', `把“${report.summary}”换成一句话概括本季度的实际进展`);
  }

  if (period !== undefined && isBeforeWindow(period, context.window)) {
    error(['period'], 'report.period-early', `季度 ${period} 早于方案印发所在的季度,不在报送期内`, `报送期为${windowLabel(context.window)},最早为 ${context.window.first}`);
  }
  if (period !== undefined && isAfterWindow(period, context.window)) {
    error(['period'], 'report.period-late', `季度 ${period} 晚于方案的最后一个报送季度,不在报送期内`, `报送期为${windowLabel(context.window)},最晚为 ${context.window.last}`);
  }
  if (reportedOn !== undefined && reportedOn > context.today) {
    error(['reported_on'], 'report.future', `报送日期 ${reportedOn} 晚于今天`, '请填写实际报送日期');
  }
  if (period !== undefined && reportedOn !== undefined) {
    if (periodIndex(period) > periodIndex(periodOfDate(reportedOn))) {
      error(['period'], 'report.period-future', `季度 ${period} 晚于报送日期 ${reportedOn} 所在季度`, '只能报送已经开始的季度;请核对 period 和 reported_on');
    } else if (reportedOn < periodStart(period)) {
      error(['reported_on'], 'report.reported-early', `报送日期 ${reportedOn} 早于季度 ${period} 的开始`, `应不早于 ${periodStart(period)}`);
    }
  }

  if (report.task === undefined) return problems;
  const task = context.task;
  if (!task) {
    error(['task'], 'ref.task', `任务 ${report.task} 不存在`, `任务序号为 1 到 ${Math.max(0, context.maxTaskId)}`);
    return problems;
  }
  if (report.reported_by !== undefined && !task.lead.includes(report.reported_by)) {
    error(['reported_by'], 'report.reported-by', `"${report.reported_by}" 不是任务 ${task.id} 的牵头单位`, `该任务的牵头单位: ${listIds(task.lead.map((id) => ({ id, name: context.unitName(id) })))}`);
  }
  const targets = new Map(task.targets.map((t) => [t.id, t]));
  const readTargets = new Set<string>();
  (report.metrics ?? []).forEach((metric, i) => {
    const target = targets.get(metric.target);
    if (!target) {
      error(['metrics', i, 'target'], 'report.metric-target', `任务 ${task.id} 没有目标 "${metric.target}"`, task.targets.length ? `可选: ${listIds(task.targets.map((t) => ({ id: t.id, name: t.label })))}` : '该任务没有数量目标,请删除 metrics');
      return;
    }
    if (readTargets.has(metric.target)) error(['metrics', i, 'target'], 'report.metric-duplicate', `目标 "${metric.target}" 填报了多次`, '每个目标每季度只填一个数值');
    readTargets.add(metric.target);
    if (reportedOn !== undefined && metric.as_of > reportedOn) {
      error(['metrics', i, 'as_of'], 'report.metric-as-of', `数据截止日期 ${metric.as_of} 晚于报送日期 ${reportedOn}`, '请核对日期');
    } else if (period !== undefined && !isBeforeWindow(period, context.window)) {
      // A period before the plan already has its message; the readings' dates follow from fixing it.
      const earliest = earliestAsOf(period, context.planDate);
      if (metric.as_of < earliest.date) {
        error(
          ['metrics', i, 'as_of'],
          'report.metric-as-of-early',
          `数据截止日期 ${metric.as_of} 早于${earliest.why}(${earliest.date}),不像是 ${period} 报告的数据`,
          `请核对年份和月份:${period} 报告的数据截止日期应在 ${earliest.date} 至报送日期之间;${earliest.fix}`,
        );
      }
    }
    if (target.comparator !== 'reduce_by' && metric.value < 0) {
      error(['metrics', i, 'value'], 'report.metric-negative', `数值 ${metric.value} 不能为负数`, `请填写${target.label}的实际值(单位: ${target.unit})`);
    }
    if (target.unit === '%' && metric.value > 100) {
      error(['metrics', i, 'value'], 'report.metric-percent', `百分比 ${metric.value} 超过 100`, '百分比在 0 到 100 之间,只写数字,例如 85');
    } else if (target.value > 0 && Math.abs(metric.value) > target.value * 100) {
      warning(['metrics', i, 'value'], 'report.metric-absurd', `数值 ${metric.value} 超过目标值 ${target.value}${target.unit} 的 100 倍`, `请核对单位(目标单位: ${target.unit};1.5万 写作 15000)`);
    }
  });
  return problems;
}

/** A second report for the same task and quarter; `first` is where the first one is. */
export function duplicateReportProblem(report: Pick<Report, 'task' | 'period'>, first: string): RuleProblem {
  return { path: ['task'], code: 'report.duplicate', message: `任务 ${report.task} 在 ${report.period} 已有报告(${first})`, fix: '同一任务每季度只报送一份;更正请直接修改原文件', severity: 'error' };
}
