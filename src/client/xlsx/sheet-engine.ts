// The heavy half of the 填报表 upload: exceljs, the validator's rules and messages, the serializer, fflate.
// Loaded with import() only when a sheet is chosen, so /submit/'s first load carries none of it.
import '../zod-csp.ts';
import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import type { DraftTask } from '../../content/report-yaml.ts';
import { reportPath, taskFileName } from '../../content/paths.ts';
import { todayInChina } from '../../schema/period.ts';
import { importWorkbook, refusalLine, sheetProblemLine, type SheetReport } from '../../xlsx/import-sheet.ts';
import { readMeta } from '../../xlsx/read-sheet.ts';
import { taskDataReader } from '../submit/task-data.ts';
import type { SheetPageData, SheetPlanData } from './sheet-data.ts';

export interface SheetOutcome {
  /** One line per problem, `文件 工作表!单元格: 问题,修改方法`. */
  problems: string[];
  errors: number;
  reports: (SheetReport & { path: string })[];
  notes: string[];
  /** The plan of the sheets taken (they go into its folder), once one was. */
  plan?: SheetPlanData;
}

export async function checkSheets(files: readonly File[], data: SheetPageData): Promise<SheetOutcome> {
  const readers = new Map(data.plans.map((p) => [p.id, taskDataReader(p.taskDataUrl)]));
  const outcome: SheetOutcome = { problems: [], errors: 0, reports: [], notes: [] };
  const seen = new Map<number, string>();
  const unitIds = Object.keys(data.units);
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(await file.arrayBuffer());
    } catch {
      outcome.problems.push(`${file.name}: 不能导入:不是有效的 .xlsx 文件(可能是 .xls 或 .et 格式,或文件已损坏)。请在 Excel 或 WPS 中“另存为” Excel 工作簿(*.xlsx)后再上传`);
      outcome.errors++;
      continue;
    }
    // The plan the sheet names; a sheet of no plan here meets the first plan's refusal (another plan's number).
    const meta = readMeta(workbook);
    const plan = data.plans.find((p) => p.planNumber === meta?.plan) ?? data.plans[0];
    if (!plan) continue;
    // Task numbers repeat across plans and one upload is one folder's files: one plan at a time.
    if (outcome.plan && plan !== outcome.plan) {
      outcome.problems.push(`${file.name}: 这份填报表属于另一个方案(${plan.planNumber}),与 ${outcome.plan.planNumber} 的填报表不能一起上传。请分开上传`);
      outcome.errors++;
      continue;
    }
    const read = readers.get(plan.id)!;
    // The sheet's own tasks, with their published reports (the same files the form reads).
    const tasks = new Map<number, DraftTask>();
    const files = new Map<number, Record<string, string>>();
    for (const id of meta?.tasks.keys() ?? []) {
      const one = await read(id);
      if (one) {
        tasks.set(id, one.task);
        files.set(id, one.files);
      }
    }
    const result = importWorkbook(workbook, {
      site: data.site,
      folder: plan.folder,
      planNumber: plan.planNumber,
      planDate: plan.planDate,
      window: plan.window,
      today: todayInChina(),
      maxTaskId: plan.maxTaskId,
      task: (id) => tasks.get(id),
      files: (id) => files.get(id) ?? {},
      unitName: (id) => data.units[id] ?? id,
      unitIds,
      period: plan.period,
      seen,
    });
    if (result.refusal) {
      outcome.problems.push(refusalLine(file.name, result.refusal));
      outcome.errors++;
      continue;
    }
    outcome.plan = plan;
    for (const p of result.problems) outcome.problems.push(sheetProblemLine(file.name, result.sheetName, p));
    outcome.errors += result.problems.filter((p) => p.severity === 'error').length;
    outcome.reports.push(...result.reports.map((r) => ({ ...r, path: `content/${reportPath(r.period, r.task, plan.folder)}` })));
    if (result.skipped.length > 0) outcome.notes.push(`${file.name}:任务 ${result.skipped.join('、')} 的行未填写,没有生成报告。`);
  }
  return outcome;
}

/** The file to download: one report as itself, several as a zip of `{period}/NN.yaml`, as under content/reports/. */
export function downloadable(reports: readonly { task: number; period: string; yaml: string }[]): { name: string; blob: Blob } {
  if (reports.length === 1) return { name: taskFileName(reports[0]!.task), blob: new Blob([reports[0]!.yaml], { type: 'text/yaml;charset=utf-8' }) };
  const entries = Object.fromEntries(reports.map((r) => [`${r.period}/${taskFileName(r.task)}`, strToU8(r.yaml)]));
  const period = reports[0]?.period ?? '';
  return { name: `reports-${period}.zip`, blob: new Blob([zipSync(entries) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }) };
}
