// A filled 填报表 → the report files it holds, or the problems that stop them, each at its cell. The
// reports are checked and written by check.ts (the submission form's own checkReport: the validator's
// schema, Chinese messages and cross-file rules, then reportToYaml), so a sheet and the form give the
// same bytes for the same answers. Shared by npm run import:xlsx and /submit/; pure but for exceljs objects.
import type ExcelJS from 'exceljs';
import { checkReport, type CheckContext } from '../client/submit/check.ts';
import type { DraftTask } from '../content/report-yaml.ts';
import { STATUS, STATUS_KEYS, type ReportingWindow } from '../schema/index.ts';
import type { ColumnKey, FixedField } from './layout.ts';
import { metaRefusal, type Refusal } from './meta-check.ts';
import { readMeta, readSheet, type CellProblem, type RowCells } from './read-sheet.ts';

export interface SheetContext {
  site: string;
  /** The plan's folder in the content ('' or `plans/<id>/`): the reports' schema line depends on it. */
  folder?: string;
  planNumber: string;
  /** planName(plan): a spanning sheet names its plans so, and a renamed one is refused. */
  planName?: string;
  planDate: string;
  window: ReportingWindow;
  today: string;
  maxTaskId: number;
  task: (id: number) => DraftTask | undefined;
  /** The task's published reports by quarter (one report per task and quarter); empty to leave that to the caller. */
  files: (task: number) => Record<string, string>;
  unitName: (id: string) => string;
  /** Unit ids, for names typed or chosen in 报送单位. */
  unitIds: readonly string[];
  period?: string;
  /** Tasks already taken from other sheets of the same run → where, for the one-row-per-task rule. */
  seen?: Map<number, string>;
}

export interface SheetReport {
  /** The plan the row is of (its document number): its report goes into that plan's folder. */
  planNumber: string;
  task: number;
  period: string;
  yaml: string;
  cells: RowCells;
}

export interface SheetResult {
  sheetName: string;
  period?: string;
  refusal?: Refusal;
  problems: CellProblem[];
  reports: SheetReport[];
  /** Tasks whose row was left blank (a spanning sheet: `方案 N`): no report. */
  skipped: string[];
}

const STATUS_KEY_OF: ReadonlyMap<string, string> = new Map(STATUS_KEYS.map((k) => [STATUS[k].label, k]));
const FIXED: ReadonlySet<string> = new Set<FixedField>(['task', 'title', 'text', 'status', 'summary', 'details', 'reported_by', 'reported_on']);

/** The cell a report field's problem belongs in. */
export function cellOfPath(path: readonly PropertyKey[], cells: RowCells, code = ''): string {
  const [head, index, leaf] = path;
  if (head === 'metrics' && typeof index === 'number' && cells.metricSlots[index] !== undefined) return cells.cell(`${leaf === 'as_of' ? 'as_of' : 'value'}:${cells.metricSlots[index]}`);
  if (head === 'evidence' && typeof index === 'number' && cells.evidenceSlots[index] !== undefined) return cells.cell(`${leaf === 'url' ? 'evidence_url' : 'evidence_title'}:${cells.evidenceSlots[index]}`);
  // The quarter is the sheet's own: what is wrong with it here is the date beside it, or a second report.
  if (head === 'period') return cells.cell(code === 'report.duplicate' ? 'task' : 'reported_on');
  if (typeof head === 'string' && FIXED.has(head)) return cells.cell(head as ColumnKey);
  return cells.cell('task');
}

function sameTargets(meta: readonly string[] | undefined, task: DraftTask): boolean {
  return meta === undefined || meta.join(',') === task.targets.map((t) => t.id).join(',');
}

/**
 * `context` is the plan a sheet is checked against, or the site's plans (the first first): a one-plan sheet is
 * then its plan's, a spanning sheet's rows each their own plan's. A context's `seen` is its plan's: task
 * numbers repeat across plans.
 */
export function importWorkbook(workbook: ExcelJS.Workbook, context: SheetContext | readonly SheetContext[]): SheetResult {
  const contexts: readonly SheetContext[] = Array.isArray(context) ? context : [context as SheetContext];
  const first = contexts[0]!;
  const meta = readMeta(workbook);
  const refusal = metaRefusal(meta, {
    site: first.site,
    plans: contexts.map((c) => ({ planNumber: c.planNumber, window: c.window, ...(c.planName === undefined ? {} : { name: c.planName }) })),
    ...(first.period ? { period: first.period } : {}),
  });
  if (refusal || !meta) return { sheetName: '', refusal: refusal!, problems: [], reports: [], skipped: [] };
  const contextOf = new Map(contexts.map((c) => [c.planNumber, c]));
  // The row's plan: the one a spanning sheet's 方案 cell names, or the one plan of the sheet.
  const metaPlanOf = (name: string | undefined) => (meta.spanning ? meta.plans.find((p) => p.name === name) : meta.plans[0]);
  const unitKeyOf = new Map<string, string>();
  for (const id of first.unitIds) unitKeyOf.set(id, id).set(first.unitName(id), id);
  const read = readSheet(workbook, meta, {
    targets: (id, plan) => {
      const mp = metaPlanOf(plan);
      return mp ? contextOf.get(mp.number)?.task(id)?.targets : undefined;
    },
    statusKeyOf: STATUS_KEY_OF,
    unitKeyOf,
  });
  if (!read.ok) return { sheetName: read.sheetName, period: meta.period, problems: read.problems, reports: [], skipped: [] };
  const problems = [...read.problems];
  const reports: SheetReport[] = [];
  const skipped: string[] = [];
  const seenOf = new Map(contexts.map((c) => [c, c.seen ?? new Map<number, string>()]));
  for (const row of read.rows) {
    const taskCell = row.cells.cell('task');
    const mp = metaPlanOf(row.plan);
    if (!mp) {
      problems.push({ cell: row.cells.cell('plan'), severity: 'error', code: 'xlsx.other-plan', message: `方案“${row.plan ?? ''}”不在这份填报表中`, fix: `不要修改“方案”一列;本表的方案为 ${meta.plans.map((p) => p.name).join('、')}` });
      continue;
    }
    // The 方案 cell and the hidden part must agree on the task: a row moved to another plan, or the hidden part edited, is caught here.
    const named = meta.spanning ? `“${mp.name}”的任务` : '任务';
    if (!mp.tasks.has(row.typed.task)) {
      problems.push({ cell: taskCell, severity: 'error', code: 'xlsx.other-task', message: `${named} ${String(row.typed.task)} 不在这份填报表中`, fix: `不要修改${meta.spanning ? '方案和' : ''}任务序号;本表${meta.spanning ? `“${mp.name}”` : ''}的任务为 ${[...mp.tasks.keys()].join('、')}` });
      continue;
    }
    const plan = contextOf.get(mp.number)!;
    const task = plan.task(row.typed.task);
    if (row.blank && task) {
      skipped.push(meta.spanning ? `${mp.name} ${task.id}` : String(task.id));
      continue;
    }
    if (task && !sameTargets(mp.tasks.get(task.id), task)) {
      problems.push({ cell: taskCell, severity: 'error', code: 'xlsx.targets-changed', message: `${named} ${task.id} 的数量目标在这份填报表生成后有变化`, fix: '请下载新的填报表,把本行内容抄过去后再导入' });
      continue;
    }
    const seen = seenOf.get(plan)!;
    const where = `${read.sheetName}!${taskCell}`;
    const firstAt = task ? seen.get(task.id) : undefined;
    if (task && firstAt) {
      problems.push({ cell: taskCell, severity: 'error', code: 'xlsx.duplicate-row', message: `${named} ${task.id} 已在 ${firstAt} 填写`, fix: '每项任务每季度只报送一份,请删去重复的一行' });
      continue;
    }
    if (task) seen.set(task.id, where);
    const checkContext: CheckContext = {
      task: task ?? { id: row.typed.task, title: '', lead: [], targets: [] },
      files: task ? plan.files(task.id) : {},
      maxTaskId: plan.maxTaskId,
      today: plan.today,
      unitName: plan.unitName,
      window: plan.window,
      planDate: plan.planDate,
      folder: plan.folder ?? '',
    };
    // check.ts reads an unknown task as "no such task" only when its context has none: say so plainly.
    if (!task) {
      problems.push({ cell: taskCell, severity: 'error', code: 'ref.task', message: `${named} ${String(row.typed.task)} 不存在`, fix: `任务序号为 1 到 ${plan.maxTaskId};不要修改任务序号` });
      continue;
    }
    const result = checkReport({ ...row.typed, period: meta.period }, checkContext);
    for (const issue of result.issues) {
      problems.push({ cell: cellOfPath(issue.path, row.cells, issue.code), severity: issue.severity, code: issue.code, message: issue.message, ...(issue.fix ? { fix: issue.fix } : {}) });
    }
    if (result.yaml !== undefined) reports.push({ planNumber: plan.planNumber, task: task.id, period: meta.period, yaml: result.yaml, cells: row.cells });
  }
  return { sheetName: read.sheetName, period: meta.period, problems, reports, skipped };
}

/** `某单位.xlsx 填报!D7: 问题,修改方法`, the one way a sheet's problem is printed and shown. */
export function sheetProblemLine(fileName: string, sheetName: string, p: Pick<CellProblem, 'cell' | 'severity' | 'message' | 'fix'>): string {
  return `${fileName} ${sheetName}!${p.cell}: ${p.severity === 'warning' ? '警告:' : ''}${p.message}${p.fix ? `,${p.fix}` : ''}`;
}

export function refusalLine(fileName: string, refusal: Refusal): string {
  return `${fileName}: 不能导入:${refusal.message}。${refusal.fix}`;
}

