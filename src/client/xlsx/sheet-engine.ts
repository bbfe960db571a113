// The heavy half of the 填报表 upload: exceljs, the validator's rules and messages, the serializer, fflate.
// Loaded with import() only when a sheet is chosen, so /submit/'s first load carries none of it.
import '../zod-csp.ts';
import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import type { DraftTask } from '../../content/report-yaml.ts';
import { reportPath, taskFileName } from '../../content/paths.ts';
import { todayInChina } from '../../schema/period.ts';
import { importWorkbook, refusalLine, sheetProblemLine, type SheetContext, type SheetReport } from '../../xlsx/import-sheet.ts';
import { readMeta } from '../../xlsx/read-sheet.ts';
import { taskDataReader } from '../submit/task-data.ts';
import type { SheetPageData, SheetPlanData } from './sheet-data.ts';

export interface SheetOutcome {
  /** One line per problem, `文件 工作表!单元格: 问题,修改方法`. */
  problems: string[];
  errors: number;
  reports: (SheetReport & { path: string })[];
  notes: string[];
  /** The plan of every report taken, when they are all one plan's (they go into its folder). */
  plan?: SheetPlanData;
}

export async function checkSheets(files: readonly File[], data: SheetPageData): Promise<SheetOutcome> {
  const readers = new Map(data.plans.map((p) => [p.id, taskDataReader(p.taskDataUrl)]));
  const outcome: SheetOutcome = { problems: [], errors: 0, reports: [], notes: [] };
  // Per plan, across the files: one report per task and quarter, and task numbers repeat across plans.
  const seen = new Map(data.plans.map((p) => [p.id, new Map<number, string>()]));
  const tasks = new Map(data.plans.map((p) => [p.id, new Map<number, DraftTask>()]));
  const published = new Map(data.plans.map((p) => [p.id, new Map<number, Record<string, string>>()]));
  const unitIds = Object.keys(data.units);
  const today = todayInChina();
  const contexts = data.plans.map((plan): SheetContext => ({
    site: data.site,
    folder: plan.folder,
    planNumber: plan.planNumber,
    ...(data.plans.length > 1 ? { planName: plan.name } : {}),
    planDate: plan.planDate,
    window: plan.window,
    today,
    maxTaskId: plan.maxTaskId,
    task: (id) => tasks.get(plan.id)!.get(id),
    files: (id) => published.get(plan.id)!.get(id) ?? {},
    unitName: (id) => data.units[id] ?? id,
    unitIds,
    period: plan.period,
    seen: seen.get(plan.id)!,
  }));
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(await file.arrayBuffer());
    } catch {
      outcome.problems.push(`${file.name}: 不能导入:不是有效的 .xlsx 文件(可能是 .xls 或 .et 格式,或文件已损坏)。请在 Excel 或 WPS 中“另存为” Excel 工作簿(*.xlsx)后再上传`);
      outcome.errors++;
      continue;
    }
    if (contexts.length === 0) continue;
    // The sheet's own tasks in each of its plans, with their published reports (the same files the form reads).
    for (const metaPlan of readMeta(workbook)?.plans ?? []) {
      const plan = data.plans.find((p) => p.planNumber === metaPlan.number);
      if (!plan) continue;
      for (const id of metaPlan.tasks.keys()) {
        if (tasks.get(plan.id)!.has(id)) continue;
        const one = await readers.get(plan.id)!(id);
        if (one) {
          tasks.get(plan.id)!.set(id, one.task);
          published.get(plan.id)!.set(id, one.files);
        }
      }
    }
    const result = importWorkbook(workbook, contexts);
    if (result.refusal) {
      outcome.problems.push(refusalLine(file.name, result.refusal));
      outcome.errors++;
      continue;
    }
    for (const p of result.problems) outcome.problems.push(sheetProblemLine(file.name, result.sheetName, p));
    outcome.errors += result.problems.filter((p) => p.severity === 'error').length;
    for (const r of result.reports) {
      const plan = data.plans.find((p) => p.planNumber === r.planNumber)!;
      outcome.reports.push({ ...r, path: `content/${reportPath(r.period, r.task, plan.folder)}` });
    }
    if (result.skipped.length > 0) outcome.notes.push(`${file.name}:任务 ${result.skipped.join('、')} 的行未填写,没有生成报告。`);
  }
  const planOf = (r: SheetReport) => data.plans.find((p) => p.planNumber === r.planNumber);
  const first = outcome.reports[0] && planOf(outcome.reports[0]);
  if (first && outcome.reports.every((r) => planOf(r) === first)) outcome.plan = first;
  return outcome;
}

/**
 * The file to download: one report as itself; several of one plan as a zip of `{period}/NN.yaml`, as in that
 * plan's reports folder; several plans' as a zip of their paths under content/ (`plans/<id>/reports/…`).
 */
export function downloadable(reports: readonly { task: number; period: string; yaml: string; path?: string }[], onePlan = true): { name: string; blob: Blob } {
  if (reports.length === 1) return { name: taskFileName(reports[0]!.task), blob: new Blob([reports[0]!.yaml], { type: 'text/yaml;charset=utf-8' }) };
  const entry = (r: (typeof reports)[number]) => (onePlan || r.path === undefined ? `${r.period}/${taskFileName(r.task)}` : r.path.replace(/^content\//, ''));
  const entries = Object.fromEntries(reports.map((r) => [entry(r), strToU8(r.yaml)]));
  const period = reports[0]?.period ?? '';
  return { name: `reports-${period}.zip`, blob: new Blob([zipSync(entries) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }) };
}
