// Checks that need more than one file: references, file names, uniqueness, fidelity to the plan.
// Each problem is located at the field that has to change. The rules of one report against its task and
// the clock are in report-rules.ts (shared with the browser submission form).
import {
  reportingWindow,
  DEMO_LABEL,
  DEMO_MARK,
  DEMO_MARK_OPENING,
  type Area,
  type Plan,
  type Report,
  type Task,
  type Unit,
} from '../schema/index.ts';
import { problemAt, type Located, type YamlSource } from './yaml-source.ts';
import type { Problem } from './problem.ts';
import { reportKey, taskFileName } from './paths.ts';
import { planFidelityProblems } from './plan-fidelity.ts';
import { duplicateReportProblem, listIds, reportRuleProblems } from './report-rules.ts';

export interface Item<T> {
  value: T;
  source: YamlSource;
  path: (string | number)[];
}

export interface CrossCheckInput {
  plan: Located<Plan>;
  planText: string;
  /** How problems name content/source/plan.txt. */
  planTextFile: string;
  areas: Item<Area>[];
  units: Item<Unit>[];
  tasks: (Located<Task> & { fileName: string })[];
  reports: (Located<Report> & { folder: string; name: string })[];
  /** Reports that failed the schema: only their valid fields, checked as far as those allow. */
  partialReports?: (Located<Partial<Report>> & { folder: string; name: string })[];
  today: string;
  /** The reports are the labelled demo dataset: its mark is expected there and nowhere else. */
  demo?: boolean;
}

/** The unit list's own rules, checked once per site however many plans share it. */
export function unitProblems(units: Item<Unit>[]): Problem[] {
  const problems: Problem[] = [];
  const error = (source: YamlSource, path: (string | number)[], code: string, message: string, fix?: string) =>
    problems.push(problemAt(source, path, code, message, fix));
  const seen = new Set<string>();
  for (const item of units) {
    if (seen.has(item.value.id)) error(item.source, [...item.path, 'id'], 'id.duplicate', `单位标识 "${item.value.id}" 重复`, '每个标识只能出现一次');
    seen.add(item.value.id);
  }
  // Two ids for one name (or alias) would split one unit's tasks and reports between two pages.
  const unitNames = new Map<string, string>();
  for (const unit of units) {
    const names = [unit.value.name, ...(unit.value.aliases ?? [])];
    names.forEach((name, i) => {
      const first = unitNames.get(name);
      const path = i === 0 ? [...unit.path, 'name'] : [...unit.path, 'aliases', i - 1];
      if (first !== undefined && first !== unit.value.id) {
        error(unit.source, path, 'unit.name-duplicate', `单位名称“${name}”重复(已用于 ${first})`, `每个单位只写一次;引用该单位时都用 ${first}`);
      }
      if (first === undefined) unitNames.set(name, unit.value.id);
    });
  }
  return problems;
}

/** One plan's checks across its files; the shared unit list is checked on its own (unitProblems). */
export function crossCheck(input: CrossCheckInput): Problem[] {
  const problems: Problem[] = [];
  const error = (source: YamlSource, path: (string | number)[], code: string, message: string, fix?: string) =>
    problems.push(problemAt(source, path, code, message, fix));

  const seenAreas = new Set<string>();
  for (const item of input.areas) {
    if (seenAreas.has(item.value.id)) error(item.source, [...item.path, 'id'], 'id.duplicate', `领域标识 "${item.value.id}" 重复`, '每个标识只能出现一次');
    seenAreas.add(item.value.id);
  }

  const areaIds = new Set(input.areas.map((a) => a.value.id));
  // The first of two units with one id wins, so a duplicate is reported once, at the duplicate.
  const unitsById = new Map([...input.units].reverse().map((u) => [u.value.id, u.value]));
  const unitName = (id: string) => unitsById.get(id)?.name ?? id;
  const unitNames = (id: string) => {
    const unit = unitsById.get(id);
    return unit ? [unit.name, ...(unit.aliases ?? [])] : [id];
  };

  const tasksById = new Map<number, Task>();
  for (const { value: task, source, fileName } of input.tasks) {
    if (tasksById.has(task.id)) error(source, ['id'], 'id.duplicate', `任务序号 ${task.id} 重复`, '每个任务序号只能出现一次');
    tasksById.set(task.id, task);
    if (fileName !== taskFileName(task.id)) {
      error(source, ['id'], 'task.file-name', `文件名 ${fileName} 与任务序号 ${task.id} 不一致`, `把文件改名为 ${taskFileName(task.id)},或改正 id`);
    }
    if (!areaIds.has(task.area)) {
      error(source, ['area'], 'ref.area', `领域 "${task.area}" 不存在`, `可选: ${[...areaIds].join(', ')}`);
    }
    for (const role of ['lead', 'responsible'] as const) {
      task[role].forEach((unit, i) => {
        if (!unitsById.has(unit)) {
          error(source, [role, i], 'ref.unit', `单位 "${unit}" 不存在`, `单位标识见 content/units.yaml,例如 ${listIds(input.units.map((u) => u.value), 4)}`);
        }
      });
    }
    const targetIds = new Set<string>();
    task.targets.forEach((target, i) => {
      if (targetIds.has(target.id)) error(source, ['targets', i, 'id'], 'id.duplicate', `目标标识 "${target.id}" 在本任务中重复`, '每个目标标识在任务内只能出现一次');
      targetIds.add(target.id);
      if (!task.text.includes(target.quote)) {
        error(source, ['targets', i, 'quote'], 'plan.quote', '目标引文不在任务原文中', '引文必须是任务原文中连续的一段文字,一字不差');
      }
      if (target.review !== undefined) {
        error(source, ['targets', i, 'review'], 'target.review', `目标“${target.label}”待人工核对: ${target.review}`, '请对照方案原文核对该目标的数值、单位、比较方式和期限,改正后删除 review 这一行');
      }
    });
  }

  problems.push(...planFidelityProblems({ plan: input.plan, planText: input.planText, planTextFile: input.planTextFile, areas: input.areas, unitNames, tasks: input.tasks }));

  const window = reportingWindow(input.plan.value);
  const seenReports = new Map<string, string>();
  const maxTaskId = Math.max(0, ...tasksById.keys());
  // In file order, so "already reported in" always names the same file whichever of the two is invalid.
  const allReports: (Located<Partial<Report>> & { folder: string; name: string })[] = [...input.reports, ...(input.partialReports ?? [])].sort(
    (a, b) => a.folder.localeCompare(b.folder) || a.name.localeCompare(b.name),
  );
  for (const { value: report, source, folder, name } of allReports) {
    const { task: taskId, period } = report;
    if (period !== undefined && folder !== period) {
      error(source, ['period'], 'report.folder', `季度 ${period} 与所在文件夹 ${folder} 不一致`, `把文件移到 reports/${period}/ 文件夹,或改正 period`);
    }
    if (taskId !== undefined && name !== taskFileName(taskId)) {
      error(source, ['task'], 'report.file-name', `文件名 ${name} 与任务序号 ${taskId} 不一致`, `把文件改名为 ${taskFileName(taskId)},或改正 task`);
    }
    if (taskId !== undefined && period !== undefined) {
      const first = seenReports.get(reportKey(taskId, period));
      if (first) {
        const duplicate = duplicateReportProblem({ task: taskId, period }, first);
        error(source, duplicate.path, duplicate.code, duplicate.message, duplicate.fix);
      } else {
        seenReports.set(reportKey(taskId, period), source.file);
      }
    }

    // A file copied from the demo site (or its form) must not be published as a unit's real report.
    if (!input.demo) {
      const texts: [(string | number)[], string | undefined][] = [
        [['summary'], report.summary],
        [['details'], report.details],
        ...(report.evidence ?? []).map((e, i): [(string | number)[], string | undefined] => [['evidence', i, 'title'], e.title]),
      ];
      for (const [path, text] of texts) {
        if (text?.includes(DEMO_MARK_OPENING)) error(source, path, 'report.demo-mark', `含有${DEMO_LABEL}的标记“${DEMO_MARK}”`, '演示网站上的内容是虚构的,不能作为正式进展报送;请按本单位的实际进展填写');
      }
    }

    const task = taskId === undefined ? undefined : tasksById.get(taskId);
    for (const rule of reportRuleProblems(report, { task, maxTaskId, today: input.today, unitName, window, planDate: input.plan.value.date })) {
      problems.push(problemAt(source, rule.path, rule.code, rule.message, rule.fix, { severity: rule.severity }));
    }
  }
  return problems;
}
