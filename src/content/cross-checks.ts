// Checks that need more than one file: references, file names, uniqueness, fidelity to the plan.
// Each problem is located at the field that has to change.
import {
  FIRST_PERIOD,
  periodIndex,
  periodOfDate,
  periodStart,
  type Area,
  type Plan,
  type Report,
  type Task,
  type Unit,
} from '../schema/index.ts';
import { problemAt, type Located, type YamlSource } from './yaml-source.ts';
import type { Problem } from './problem.ts';
import { taskFileName } from './paths.ts';
import { unitsInPlanText } from './plan-text.ts';

interface Item<T> {
  value: T;
  source: YamlSource;
  path: (string | number)[];
}

export interface CrossCheckInput {
  plan: Located<Plan>;
  planText: string;
  areas: Item<Area>[];
  units: Item<Unit>[];
  tasks: (Located<Task> & { fileName: string })[];
  reports: (Located<Report> & { folder: string; name: string })[];
  /** Reports that failed the schema: only their valid fields, checked as far as those allow. */
  partialReports?: (Located<Partial<Report>> & { folder: string; name: string })[];
  today: string;
}

const listIds = (items: { id: string; name?: string }[], max = 8) =>
  items.slice(0, max).map((x) => (x.name ? `${x.id}(${x.name})` : x.id)).join(', ') + (items.length > max ? ' ……' : '');

export function crossCheck(input: CrossCheckInput): Problem[] {
  const problems: Problem[] = [];
  const error = (source: YamlSource, path: (string | number)[], code: string, message: string, fix?: string) =>
    problems.push(problemAt(source, path, code, message, fix));
  const warning = (source: YamlSource, path: (string | number)[], code: string, message: string, fix?: string) =>
    problems.push(problemAt(source, path, code, message, fix, { severity: 'warning' }));

  const unique = <T extends { id: string | number }>(items: Item<T>[], what: string) => {
    const seen = new Set<string | number>();
    for (const item of items) {
      if (seen.has(item.value.id)) error(item.source, [...item.path, 'id'], 'id.duplicate', `${what}标识 "${item.value.id}" 重复`, '每个标识只能出现一次');
      seen.add(item.value.id);
    }
  };
  unique(input.areas, '领域');
  unique(input.units, '单位');

  const areaIds = new Set(input.areas.map((a) => a.value.id));
  // The first of two units with one id wins, so a duplicate is reported once, at the duplicate.
  const unitsById = new Map([...input.units].reverse().map((u) => [u.value.id, u.value]));
  const unitName = (id: string) => unitsById.get(id)?.name ?? id;
  const planUnits = unitsInPlanText(input.planText);

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
    // Fidelity: the text is the plan's own words, and the units are the plan's parenthesis.
    if (!input.planText.includes(task.text)) {
      error(source, ['text'], 'plan.text', '任务原文与方案原文(content/source/plan.txt)不一致', '请从方案原文逐字复制,不要改动标点');
    }
    if (!task.text.startsWith(`${task.title}。`)) {
      error(source, ['title'], 'plan.title', '任务名称应为原文的第一句(第一个句号之前的文字)', `原文第一句是: ${task.text.split('。')[0]}`);
    }
    const inPlan = planUnits.get(task.id);
    if (inPlan) {
      for (const role of ['lead', 'responsible'] as const) {
        const written = task[role].map(unitName);
        if (written.join('、') !== inPlan[role].join('、')) {
          error(source, [role], 'plan.units', `${role === 'lead' ? '牵头单位' : '责任单位'}与方案原文不一致`, `方案原文为: ${inPlan[role].join('、') || '(无)'}`);
        }
      }
    }
    const targetIds = new Set<string>();
    task.targets.forEach((target, i) => {
      if (targetIds.has(target.id)) error(source, ['targets', i, 'id'], 'id.duplicate', `目标标识 "${target.id}" 在本任务中重复`, '每个目标标识在任务内只能出现一次');
      targetIds.add(target.id);
      if (!task.text.includes(target.quote)) {
        error(source, ['targets', i, 'quote'], 'plan.quote', '目标引文不在任务原文中', '引文必须是任务原文中连续的一段文字,一字不差');
      }
    });
  }

  const seenReports = new Map<string, string>();
  // In file order, so "already reported in" always names the same file whichever of the two is invalid.
  const allReports: (Located<Partial<Report>> & { folder: string; name: string })[] = [...input.reports, ...(input.partialReports ?? [])].sort(
    (a, b) => a.folder.localeCompare(b.folder) || a.name.localeCompare(b.name),
  );
  for (const { value: report, source, folder, name } of allReports) {
    const { task: taskId, period, reported_on: reportedOn } = report;
    if (period !== undefined && folder !== period) {
      error(source, ['period'], 'report.folder', `季度 ${period} 与所在文件夹 ${folder} 不一致`, `把文件移到 reports/${period}/ 文件夹,或改正 period`);
    }
    if (taskId !== undefined && name !== taskFileName(taskId)) {
      error(source, ['task'], 'report.file-name', `文件名 ${name} 与任务序号 ${taskId} 不一致`, `把文件改名为 ${taskFileName(taskId)},或改正 task`);
    }
    if (taskId !== undefined && period !== undefined) {
      const key = `${taskId}/${period}`;
      const first = seenReports.get(key);
      if (first) error(source, ['task'], 'report.duplicate', `任务 ${taskId} 在 ${period} 已有报告(${first})`, '同一任务每季度只报送一份;更正请直接修改原文件');
      else seenReports.set(key, source.file);
    }

    if (period !== undefined && periodIndex(period) < periodIndex(FIRST_PERIOD)) {
      error(source, ['period'], 'report.period-early', `季度 ${period} 早于方案印发后的第一个季度`, `最早为 ${FIRST_PERIOD}`);
    }
    if (reportedOn !== undefined && reportedOn > input.today) {
      error(source, ['reported_on'], 'report.future', `报送日期 ${reportedOn} 晚于今天`, '请填写实际报送日期');
    }
    if (period !== undefined && reportedOn !== undefined) {
      if (periodIndex(period) > periodIndex(periodOfDate(reportedOn))) {
        error(source, ['period'], 'report.period-future', `季度 ${period} 晚于报送日期 ${reportedOn} 所在季度`, '只能报送已经开始的季度;请核对 period 和 reported_on');
      } else if (reportedOn < periodStart(period)) {
        error(source, ['reported_on'], 'report.reported-early', `报送日期 ${reportedOn} 早于季度 ${period} 的开始`, `应不早于 ${periodStart(period)}`);
      }
    }

    if (taskId === undefined) continue;
    const task = tasksById.get(taskId);
    if (!task) {
      error(source, ['task'], 'ref.task', `任务 ${taskId} 不存在`, `任务序号为 1 到 ${Math.max(0, ...tasksById.keys())}`);
      continue;
    }
    if (report.reported_by !== undefined && !task.lead.includes(report.reported_by)) {
      error(source, ['reported_by'], 'report.reported-by', `"${report.reported_by}" 不是任务 ${task.id} 的牵头单位`, `该任务的牵头单位: ${listIds(task.lead.map((id) => ({ id, name: unitName(id) })))}`);
    }
    const targets = new Map(task.targets.map((t) => [t.id, t]));
    const readTargets = new Set<string>();
    (report.metrics ?? []).forEach((metric, i) => {
      const target = targets.get(metric.target);
      if (!target) {
        error(source, ['metrics', i, 'target'], 'report.metric-target', `任务 ${task.id} 没有目标 "${metric.target}"`, task.targets.length ? `可选: ${listIds(task.targets.map((t) => ({ id: t.id, name: t.label })))}` : '该任务没有数量目标,请删除 metrics');
        return;
      }
      if (readTargets.has(metric.target)) error(source, ['metrics', i, 'target'], 'report.metric-duplicate', `目标 "${metric.target}" 填报了多次`, '每个目标每季度只填一个数值');
      readTargets.add(metric.target);
      if (reportedOn !== undefined && metric.as_of > reportedOn) {
        error(source, ['metrics', i, 'as_of'], 'report.metric-as-of', `数据截止日期 ${metric.as_of} 晚于报送日期 ${reportedOn}`, '请核对日期');
      }
      if (target.comparator !== 'reduce_by' && metric.value < 0) {
        error(source, ['metrics', i, 'value'], 'report.metric-negative', `数值 ${metric.value} 不能为负数`, `请填写${target.label}的实际值(单位: ${target.unit})`);
      }
      if (target.unit === '%' && metric.value > 100) {
        error(source, ['metrics', i, 'value'], 'report.metric-percent', `百分比 ${metric.value} 超过 100`, '百分比在 0 到 100 之间,只写数字,例如 85');
      } else if (target.value > 0 && Math.abs(metric.value) > target.value * 100) {
        warning(source, ['metrics', i, 'value'], 'report.metric-absurd', `数值 ${metric.value} 超过目标值 ${target.value}${target.unit} 的 100 倍`, `请核对单位(目标单位: ${target.unit};1.5万 写作 15000)`);
      }
    });
  }
  return problems;
}
