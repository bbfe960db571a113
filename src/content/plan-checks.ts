// Checks across the plans of one site: each plan's folder and id, and a report that went into the wrong
// plan's folder. Two plans number their tasks from 1, so a report filed under the wrong plan often passes
// as a report of the right task number there; what gives it away is that it fits the other plan's task.
import { reportingWindow, type Plan, type Report, type Task, type Unit } from '../schema/index.ts';
import { problemAt, type Located, type YamlSource } from './yaml-source.ts';
import type { Problem } from './problem.ts';
import { taskFileName } from './paths.ts';
import { reportRuleProblems, type ReportRuleContext } from './report-rules.ts';
import { RESERVED_PLAN_IDS } from '../site/url-scheme.ts';


/** The rule codes that say a report does not belong to its plan's task, rather than that it is badly filled in. */
const MISFIT_CODES = new Set(['ref.task', 'report.reported-by', 'report.metric-target', 'report.period-early', 'report.period-late']);

export interface PlanCheckInput {
  plan: Located<Plan>;
  /** Relative to the content folder: '' (one-plan shape) or `plans/<name>/`. */
  folder: string;
  /** The folder's name in the plans layout. */
  folderName?: string | undefined;
  tasks: Task[];
  /** Valid and partly valid reports alike: a wrong plan shows in the fields that passed. */
  reports: (Located<Partial<Report>> & { folder: string; name: string })[];
}

export function planProblems(plans: readonly PlanCheckInput[], units: readonly Unit[], today: string): Problem[] {
  const problems: Problem[] = [];
  const error = (source: YamlSource, path: (string | number)[], code: string, message: string, fix?: string) => problems.push(problemAt(source, path, code, message, fix));

  const seen = new Map<string, string>();
  for (const { plan, folderName } of plans) {
    const { id } = plan.value;
    if (folderName !== undefined && folderName !== id) {
      error(plan.source, ['id'], 'plan.folder', `方案标识 ${id} 与所在文件夹 plans/${folderName}/ 不一致`, `把文件夹改名为 content/plans/${id}/,或把 id 改为 ${folderName}`);
    }
    if (RESERVED_PLAN_IDS.has(id)) {
      error(plan.source, ['id'], 'plan.id-reserved', `方案标识 ${id} 已被网站自身的栏目占用`, `请换一个标识,例如 ${id}-${plan.value.date.slice(0, 4)};不能用: ${[...RESERVED_PLAN_IDS].join(', ')}`);
    }
    const first = seen.get(id);
    if (first !== undefined) error(plan.source, ['id'], 'id.duplicate', `方案标识 "${id}" 重复(已用于 ${first})`, '每个方案的标识只能出现一次');
    else seen.set(id, plan.source.file);
  }
  if (plans.length < 2) return problems;

  const unitsById = new Map(units.map((u) => [u.id, u.name]));
  const context = (input: PlanCheckInput, task: Task | undefined): ReportRuleContext => ({
    task,
    maxTaskId: Math.max(0, ...input.tasks.map((t) => t.id)),
    today,
    unitName: (id) => unitsById.get(id) ?? id,
    window: reportingWindow(input.plan.value),
    planDate: input.plan.value.date,
  });
  const misfits = (report: Partial<Report>, input: PlanCheckInput) => {
    const task = input.tasks.find((t) => t.id === report.task);
    return reportRuleProblems(report, context(input, task)).filter((p) => MISFIT_CODES.has(p.code));
  };
  for (const here of plans) {
    for (const { value: report, source } of here.reports) {
      if (report.task === undefined || misfits(report, here).length === 0) continue;
      const home = plans.find((other) => other !== here && other.tasks.some((t) => t.id === report.task) && misfits(report, other).length === 0);
      if (!home) continue;
      const target = `content/${home.folder}reports/${report.period ?? '{季度}'}/${taskFileName(report.task)}`;
      error(
        source,
        ['task'],
        'report.wrong-plan',
        `这份报告与本方案(${here.plan.value.id})的任务 ${report.task} 不符,却符合方案 ${home.plan.value.id}(${home.plan.value.title})的任务 ${report.task}`,
        `看来放错了方案的文件夹:把文件移到 ${target}`,
      );
    }
  }
  return problems;
}
