// npm run import:xlsx: filled 填报表 → content/{plan folder}reports/{period}/{NN}.yaml, each row into the folder of
// the plan its sheet names for it (a one-plan sheet: its plan; a spanning sheet: the row's). Every sheet is read and checked
// first (each problem at its cell); nothing is written while any error remains. A report file that exists
// already is an error unless `update`, which prints what changes. After writing, the loader validates the
// whole content folder; a problem in a written file is shown at its cell and every file is put back.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import ExcelJS from 'exceljs';
import { choosePlan } from '../content/cli-args.ts';
import { loadContent, type Dataset } from '../content/load.ts';
import { reportPath } from '../content/paths.ts';
import { planName } from '../schema/index.ts';
import { problemLine } from '../content/report-problems.ts';
import { cellOfPath, importWorkbook, refusalLine, sheetProblemLine, type SheetContext, type SheetReport } from './import-sheet.ts';
import { readMeta } from './read-sheet.ts';
import { parseFieldPath } from './field-path.ts';
import { lineDiff } from './line-diff.ts';
import { sheetContextOf } from './sheet-context.ts';

export interface ImportOptions {
  files: readonly string[];
  contentDir: string;
  today: string;
  update?: boolean;
  period?: string;
  /** Only this plan's rows are taken (a one-plan sheet of another plan is refused, a spanning sheet's other rows are left); without it each row goes to the plan its sheet names. */
  plan?: string;
}

interface Planned extends SheetReport {
  fileName: string;
  sheetName: string;
  path: string;
  before: string | undefined;
}

/** As the user would type it: relative to the working folder when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

export async function importFiles(options: ImportOptions): Promise<{ ok: boolean; lines: string[] }> {
  const lines: string[] = [];
  const loaded = loadContent({ contentDir: options.contentDir, today: options.today });
  if (!loaded.ok) {
    return { ok: false, lines: ['内容目录中有错误,没有导入。请先修正(npm run validate):', ...loaded.problems.filter((p) => p.severity === 'error').map(problemLine)] };
  }
  // A sheet names its plans by number (its meta): each row goes to its plan's folder, with that plan's rules.
  // One context per plan, so the one-row-per-task check (`seen`) is per plan, as task numbers are.
  const contexts = new Map<Dataset, SheetContext>();
  const contextOf = (plan: Dataset) => {
    let context = contexts.get(plan);
    if (!context) contexts.set(plan, (context = sheetContextOf(plan, options.today, { seen: new Map(), ...(options.period ? { period: options.period } : {}) })));
    return context;
  };
  const { plans } = loaded.content;
  let named: Dataset | undefined;
  if (options.plan !== undefined) {
    const chosen = choosePlan(plans, options.plan, 'npm run import:xlsx -- 填报表.xlsx');
    if (!chosen.ok) return { ok: false, lines: [`没有导入:${chosen.message}`] };
    named = chosen.plan;
  }
  const planned: Planned[] = [];
  let errors = 0;
  for (const file of options.files) {
    const fileName = basename(file);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    } catch {
      lines.push(`${fileName}: 不能导入:不是有效的 .xlsx 文件(可能是 .xls 或 .et 格式,或文件已损坏)。请在 Excel 或 WPS 中“另存为” Excel 工作簿(*.xlsx)后再导入`);
      errors++;
      continue;
    }
    if (plans.length === 0) {
      lines.push(`${fileName}: 不能导入:内容目录中还没有方案。请先用 npm run import:plan 导入方案`);
      errors++;
      continue;
    }
    // --plan keeps a one-plan sheet to that plan (another plan's is refused); a spanning sheet is checked whole, its other plans' rows left out.
    const meta = readMeta(workbook);
    const byNumber = new Map(plans.map((p) => [p.plan.number, p]));
    const result = importWorkbook(workbook, (named && !meta?.spanning ? [named] : plans).map(contextOf));
    if (result.refusal) {
      lines.push(refusalLine(fileName, result.refusal));
      errors++;
      continue;
    }
    for (const p of result.problems) lines.push(sheetProblemLine(fileName, result.sheetName, p));
    errors += result.problems.filter((p) => p.severity === 'error').length;
    const left: string[] = [];
    for (const report of result.reports) {
      const plan = byNumber.get(report.planNumber)!;
      if (named && plan !== named) {
        left.push(`${planName(plan.plan)} ${report.task}`);
        continue;
      }
      const path = join(options.contentDir, reportPath(report.period, report.task, plan.folder));
      const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      if (before !== undefined && !options.update) {
        lines.push(sheetProblemLine(fileName, result.sheetName, { cell: report.cells.cell('task'), severity: 'error', message: `${shown(path)} 已存在,没有覆盖`, fix: '如需用本表更新已有的报告,加 --update 重新导入(会列出改动)' }));
        errors++;
        continue;
      }
      planned.push({ ...report, fileName, sheetName: result.sheetName, path, before });
    }
    if (result.skipped.length > 0) lines.push(`${fileName}: 任务 ${result.skipped.join('、')} 的行未填写,没有生成报告`);
    if (left.length > 0) lines.push(`${fileName}: 任务 ${left.join('、')} 不属于 --plan ${named!.id},没有导入`);
  }
  if (errors > 0) return { ok: false, lines: [...lines, `有 ${errors} 个错误,没有写入任何文件。请按提示修改填报表后重新导入。`] };

  for (const p of planned) {
    mkdirSync(dirname(p.path), { recursive: true });
    writeFileSync(p.path, p.yaml, 'utf8');
  }
  const check = loadContent({ contentDir: options.contentDir, today: options.today });
  const byFile = new Map(planned.map((p) => [shown(p.path), p]));
  const own = check.problems.filter((p) => byFile.has(p.file) && p.severity === 'error');
  const elsewhere = check.problems.filter((p) => !byFile.has(p.file) && p.severity === 'error');
  if (own.length > 0 || elsewhere.length > 0) {
    for (const p of planned) {
      if (p.before === undefined) rmSync(p.path);
      else writeFileSync(p.path, p.before, 'utf8');
    }
    for (const problem of own) {
      const p = byFile.get(problem.file)!;
      lines.push(sheetProblemLine(p.fileName, p.sheetName, { cell: cellOfPath(parseFieldPath(problem.field), p.cells, problem.code), severity: 'error', message: problem.message, ...(problem.fix ? { fix: problem.fix } : {}) }));
    }
    lines.push(...elsewhere.map(problemLine));
    return { ok: false, lines: [...lines, '校验没有通过,已撤回写入的文件。'] };
  }
  for (const p of planned) {
    if (p.before === undefined) lines.push(`已写入 ${shown(p.path)}(${p.fileName} ${p.sheetName}!${p.cells.cell('task')})`);
    else if (p.before === p.yaml) lines.push(`无变化 ${shown(p.path)}`);
    else lines.push(`已更新 ${shown(p.path)}:`, ...lineDiff(p.before, p.yaml).map((l) => `  ${l}`));
  }
  for (const problem of check.problems.filter((p) => byFile.has(p.file))) lines.push(problemLine(problem));
  lines.push(`共导入 ${planned.length} 份报告,校验通过。请提交合并请求(见 CONTRIBUTING.md)。`);
  return { ok: true, lines };
}
