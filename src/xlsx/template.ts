// One unit's 填报表 for one quarter: a row per task the unit leads, the task's words and targets read-only
// beside the cells to fill, lists and date/number checks on those cells (Excel, WPS and LibreOffice stop
// a wrong entry as it is typed), everything else protected, and the hidden part (layout.ts) that ties the
// sheet to this site, its plans, quarter and template version. On a site of several plans one sheet spans
// the plans open that quarter, a 方案 column telling their task numbers apart. Node only (the build and
// npm run xlsx:template).
import ExcelJS from 'exceljs';
import { describeTarget } from '../content/report-yaml.ts';
import { defaultAsOf, latestMetric, periodLabel, planName, STATUS, STATUS_KEYS, type Plan, type Report, type Task, type Unit } from '../schema/index.ts';
import { repackWithTime } from './fixed-zip.ts';
import { columnLetter, columns, HEADER_ROW, SHEET, slotOf, SPANNING_VERSION, TEMPLATE_FORMAT, TEMPLATE_VERSION, type Column } from './layout.ts';
import { instructionLines } from './instructions.ts';
import { isoToExcelDate } from './cell-values.ts';

/** One plan's part of a sheet. */
export interface TemplatePlan {
  id: string;
  plan: Pick<Plan, 'number' | 'title' | 'date' | 'short'>;
  /** The tasks the unit leads, in plan order. */
  tasks: readonly Task[];
  /** Published reports of those tasks (any quarter): the last reading of each target is shown. */
  reports: readonly Report[];
}

export interface TemplateInput {
  /** The site's repository (site.yaml): the hidden part names it. */
  site: string;
  /** One plan (a one-plan site), or the plans open in `period` in which the unit leads tasks, in site order. */
  plans: readonly TemplatePlan[];
  /** The site has several plans: the sheet has the 方案 column and names every plan (SPANNING_VERSION). */
  spanning: boolean;
  /** Plans in which the unit leads tasks but that do not take reports in `period`: the instructions name them. */
  closed?: readonly string[];
  period: string;
  unit: Pick<Unit, 'id' | 'name'>;
  unitName: (id: string) => string;
  /** What 报送日期 starts with. */
  reportedOn: string;
  /** The file's own dates and its zip entries' times. */
  stamp: Date;
}

interface Row {
  part: TemplatePlan;
  task: Task;
}

const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } } as const;
const INPUT = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } } as const;
const BORDER = { style: 'thin', color: { argb: 'FFB0B0B0' } } as const;
const DATE_FORMAT = 'yyyy-mm-dd';

function lastReading(task: Task, targetId: string, reports: readonly Report[], period: string): string {
  const latest = latestMetric(reports.filter((r) => r.task === task.id && r.period < period), targetId);
  if (!latest) return '上次报送:尚无数值';
  const unit = task.targets.find((t) => t.id === targetId)?.unit ?? '';
  return `上次报送:${latest.metric.value}${unit}(截至 ${latest.metric.as_of},${latest.reportPeriod} 报告)`;
}

/** The checks a cell gets as it is typed; the import checks everything again with the validator's rules. */
function validation(column: Column, { part, task }: Row, input: TemplateInput, ref: string): ExcelJS.DataValidation | undefined {
  const stop = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', showInputMessage: true } as const;
  const slot = slotOf(column.key);
  const dates = { operator: 'between', formulae: [isoToExcelDate(part.plan.date), isoToExcelDate('2099-12-31')] as Date[] } as const;
  switch (slot?.field ?? column.key) {
    case 'status':
      return { ...stop, type: 'list', formulae: [`"${STATUS_KEYS.map((k) => STATUS[k].label).join(',')}"`], promptTitle: '进展状态', prompt: '从下拉列表中选择', errorTitle: '进展状态', error: '请从下拉列表中选择一种状态' };
    case 'summary':
      return { ...stop, type: 'textLength', operator: 'lessThanOrEqual', formulae: [120], promptTitle: '进展摘要', prompt: '一句话,不超过120字,不换行', errorTitle: '进展摘要', error: '进展摘要不超过120字' };
    case 'value':
      return { ...stop, type: 'decimal', operator: 'between', formulae: [-1e15, 1e15], promptTitle: '实际值', prompt: '只填数字,单位与目标相同,不写单位和百分号', errorTitle: '实际值', error: '请只填数字,例如 85;1.5万 写作 15000' };
    case 'as_of':
      return { ...stop, type: 'date', ...dates, promptTitle: '数据截止日期', prompt: '日期,如 2025-03-31', errorTitle: '数据截止日期', error: `请填写日期(不早于方案印发日期 ${part.plan.date}),如 2025-03-31` };
    case 'reported_on':
      return { ...stop, type: 'date', ...dates, promptTitle: '报送日期', prompt: '实际报送的日期,如 2025-04-10', errorTitle: '报送日期', error: '请填写日期,如 2025-04-10' };
    case 'evidence_url':
      return { ...stop, type: 'custom', formulae: [`LEFT(${ref},8)="https://"`], promptTitle: '网址', prompt: '公开网页的网址,以 https:// 开头', errorTitle: '网址', error: '网址须以 https:// 开头' };
    case 'reported_by':
      return { ...stop, type: 'list', formulae: [`"${task.lead.map(input.unitName).join(',')}"`], promptTitle: '报送单位', prompt: '本任务的牵头单位', errorTitle: '报送单位', error: '请从下拉列表中选择本任务的牵头单位' };
    default:
      return undefined;
  }
}

function cellValue(column: Column, { part, task }: Row, input: TemplateInput): ExcelJS.CellValue {
  const slot = slotOf(column.key);
  const target = slot && slot.field !== 'evidence_title' && slot.field !== 'evidence_url' ? task.targets[slot.n - 1] : undefined;
  switch (slot?.field ?? column.key) {
    case 'plan': return planName(part.plan);
    case 'task': return task.id;
    case 'title': return task.title;
    case 'text': return task.text;
    case 'target': return target ? `${target.label}(${target.id})\n要求:${describeTarget(target)}\n${lastReading(task, target.id, part.reports, input.period)}` : null;
    case 'as_of': return target ? isoToExcelDate(defaultAsOf(input.period, input.reportedOn)) : null;
    case 'reported_by': return input.unitName(input.unit.id);
    case 'reported_on': return isoToExcelDate(input.reportedOn);
    default: return null;
  }
}

/** A target column beyond the task's own targets is not an input: nothing may be typed there. */
function isInput(column: Column, task: Task): boolean {
  const slot = slotOf(column.key);
  if (!column.input) return false;
  return !slot || (slot.field !== 'value' && slot.field !== 'as_of') || slot.n <= task.targets.length;
}

function inputSheet(workbook: ExcelJS.Workbook, input: TemplateInput): void {
  const rows: Row[] = input.plans.flatMap((part) => part.tasks.map((task) => ({ part, task })));
  const targetSlots = Math.max(1, ...rows.map((r) => r.task.targets.length));
  const cols = columns(targetSlots, input.spanning);
  const sheet = workbook.addWorksheet(SHEET.input, { views: [{ state: 'frozen', xSplit: input.spanning ? 3 : 2, ySplit: HEADER_ROW }] });
  sheet.columns = cols.map((c) => ({ width: c.width }));
  const last = columnLetter(cols.length);
  sheet.mergeCells(`A1:${last}1`);
  sheet.getCell('A1').value = input.spanning
    ? `${periodLabel(input.period)}进展填报表(${input.unit.name},${input.plans.map((p) => planName(p.plan)).join('、')})`
    : `${input.plans[0]!.plan.title} ${periodLabel(input.period)}进展填报表(${input.unit.name})`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.mergeCells(`A2:${last}2`);
  sheet.getCell('A2').value = input.spanning
    ? '白色单元格填写,灰色单元格不能修改;每项任务一行,按方案分组,“方案”和“任务序号”两列一起确定是哪项任务。填写方法见“填写说明”工作表。'
    : '白色单元格填写,灰色单元格不能修改;每项任务一行。填写方法见“填写说明”工作表。';
  const header = sheet.getRow(HEADER_ROW);
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.fill = GREY;
    cell.border = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };
  });
  rows.forEach((entry, r) => {
    const { task } = entry;
    const row = sheet.getRow(HEADER_ROW + 1 + r);
    cols.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      const slot = slotOf(column.key);
      cell.value = cellValue(column, entry, input);
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };
      if (slot?.field === 'as_of' || column.key === 'reported_on') cell.numFmt = DATE_FORMAT;
      if (slot?.field === 'value') cell.numFmt = 'General';
      // Typed text stays text: a URL or a summary must not become a number or a date.
      if (slot?.field === 'evidence_url' || slot?.field === 'evidence_title' || column.key === 'summary' || column.key === 'details') cell.numFmt = '@';
      const open = isInput(column, task);
      cell.protection = { locked: !open };
      cell.fill = open ? INPUT : GREY;
      if (open) {
        const rule = validation(column, entry, input, `${columnLetter(i + 1)}${row.number}`);
        if (rule) cell.dataValidation = rule;
      }
    });
  });
  // No password: protection keeps accidental edits out of the task's words, it is not a lock.
  void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

function instructionsSheet(workbook: ExcelJS.Workbook, input: TemplateInput): void {
  const sheet = workbook.addWorksheet(SHEET.instructions);
  sheet.getColumn(1).width = 110;
  instructionLines(input).forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

function metaSheet(workbook: ExcelJS.Workbook, input: TemplateInput): void {
  const sheet = workbook.addWorksheet(SHEET.meta, { state: 'veryHidden' });
  const targets = (t: Task) => t.targets.map((x) => x.id).join(',');
  // Each task row names its plan: task numbers repeat across plans, and the import routes a row by it.
  const rows: (string | number)[][] = input.spanning
    ? [
      ['format', TEMPLATE_FORMAT],
      ['version', SPANNING_VERSION],
      ['site', input.site],
      ['period', input.period],
      ['unit', input.unit.id],
      ...input.plans.map((p) => ['plans', p.plan.number, p.id, planName(p.plan)]),
      ...input.plans.flatMap((p) => p.tasks.map((t) => ['task', t.id, targets(t), p.plan.number])),
    ]
    : [
      ['format', TEMPLATE_FORMAT],
      ['version', TEMPLATE_VERSION],
      ['site', input.site],
      ['plan', input.plans[0]!.plan.number],
      ['period', input.period],
      ['unit', input.unit.id],
      ...input.plans[0]!.tasks.map((t) => ['task', t.id, targets(t)]),
    ];
  // Written as text cells, so a reader gets back exactly these strings.
  rows.forEach((values, r) => values.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = String(v))));
  void sheet.protect('', {});
}

/** The .xlsx file, byte for byte the same for the same input. */
export async function templateWorkbook(input: TemplateInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.site;
  workbook.lastModifiedBy = input.site;
  workbook.created = input.stamp;
  workbook.modified = input.stamp;
  inputSheet(workbook, input);
  instructionsSheet(workbook, input);
  metaSheet(workbook, input);
  const zip = new Uint8Array(await workbook.xlsx.writeBuffer());
  return repackWithTime(zip, input.stamp);
}

