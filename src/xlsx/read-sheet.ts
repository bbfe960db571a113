// A filled 填报表 as the reports it holds: the hidden part, the input sheet (found by its header, whatever
// it was renamed to), and per task row the report as typed (check.ts's TypedReport) with the cell of each
// field, so every problem can be shown at its cell. Rows are found by their task number (and, in a sheet
// spanning plans, the 方案 cell beside it), not by position: rows may have been added, deleted or moved. Pure apart from the exceljs objects it is handed.
import type ExcelJS from 'exceljs';
import type { TypedReport } from '../client/submit/check.ts';
import { choiceOf, dateOf, numberOf, plainValue, textOf, type Plain } from './cell-values.ts';
import { columnKeyOf, columnLetter, EVIDENCE_SLOTS, META_KEYS, SPANNING_VERSION, TEMPLATE_FORMAT, type ColumnKey, type MetaPlan, type TemplateMeta } from './layout.ts';

/** Where a report's fields are in the sheet: field → cell, metric i → its target slot, evidence j → its slot. */
export interface RowCells {
  row: number;
  cell: (key: ColumnKey) => string;
  metricSlots: number[];
  evidenceSlots: number[];
}

export interface SheetRow {
  cells: RowCells;
  /** The report as typed, without its period (the hidden part names it). */
  typed: Omit<TypedReport, 'period'>;
  /** The 方案 cell as it reads (a spanning sheet), naming the row's plan. */
  plan?: string;
  /** Nothing typed in the row's input cells (prefilled dates and unit do not count): no report. */
  blank: boolean;
}

/** A problem of the sheet as a whole or of one cell, before it is tied to a file name. */
export interface CellProblem {
  cell: string;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  fix?: string;
}

export interface ReadOptions {
  /** Each task's target ids in slot order and the units of its targets (for a cell Excel made a percentage); `plan` is the row's 方案 cell. */
  targets: (task: number, plan: string | undefined) => readonly { id: string; unit: string }[] | undefined;
  statusKeyOf: ReadonlyMap<string, string>;
  unitKeyOf: ReadonlyMap<string, string>;
}

export type SheetRead =
  | { ok: true; meta: TemplateMeta; sheetName: string; rows: SheetRow[]; problems: CellProblem[] }
  | { ok: false; sheetName: string; problems: CellProblem[] };

export function readMeta(workbook: ExcelJS.Workbook): TemplateMeta | undefined {
  for (const sheet of workbook.worksheets) {
    if (textOf(plain(sheet.getCell(1, 1))) !== 'format' || textOf(plain(sheet.getCell(1, 2))) !== TEMPLATE_FORMAT) continue;
    const values = new Map<string, string>();
    const plans: MetaPlan[] = [];
    const taskRows: { plan: string; id: number; targets: string[] }[] = [];
    sheet.eachRow((row) => {
      const key = textOf(plain(row.getCell(1)));
      const value = textOf(plain(row.getCell(2))) ?? '';
      const at = (c: number) => textOf(plain(row.getCell(c))) ?? '';
      if (key === 'task') taskRows.push({ id: Number(value), targets: at(3).split(',').filter(Boolean), plan: at(4) });
      else if (key === 'plans') plans.push({ number: value, id: at(3), name: at(4), tasks: new Map() });
      else if (key) values.set(key, value);
    });
    const [format, version, site, plan, period, unit] = META_KEYS.map((k) => values.get(k) ?? '');
    const spanning = version === SPANNING_VERSION;
    if (!spanning) plans.splice(0, plans.length, { number: plan!, id: '', name: '', tasks: new Map() });
    // A task row naming no plan of the sheet belongs to none: its row is then "not in this sheet".
    for (const t of taskRows) (spanning ? plans.find((p) => p.number === t.plan) : plans[0])?.tasks.set(t.id, t.targets);
    return { format: format!, version: version!, site: site!, plan: spanning ? (plans[0]?.number ?? '') : plan!, period: period!, unit: unit!, tasks: plans[0]?.tasks ?? new Map(), plans, spanning };
  }
  return undefined;
}

/** A merged cell's value belongs to the cells it was merged down over (a 报送单位 merged over every row), not across. */
function plain(cell: ExcelJS.Cell, link = false): Plain {
  const source = cell.isMerged && cell.master.address !== cell.address ? (cell.master.col === cell.col ? cell.master : undefined) : cell;
  const value = source ? plainValue(source.value, { link }) : undefined;
  return typeof value === 'object' && !(value instanceof Date) ? undefined : value;
}

const HEADER_SEARCH_ROWS = 10;
const TASK_HEADER = '任务序号';

function findInputSheet(workbook: ExcelJS.Workbook): { sheet: ExcelJS.Worksheet; headerRow: number } | undefined {
  for (const sheet of workbook.worksheets) {
    for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
      const row = sheet.getRow(r);
      for (let c = 1; c <= Math.min(row.cellCount, 5); c++) if (textOf(plain(row.getCell(c))) === TASK_HEADER) return { sheet, headerRow: r };
    }
  }
  return undefined;
}

const REQUIRED: ColumnKey[] = ['task', 'status', 'summary', 'reported_by', 'reported_on'];

export function readSheet(workbook: ExcelJS.Workbook, meta: TemplateMeta, options: ReadOptions): SheetRead {
  const required: ColumnKey[] = meta.spanning ? ['plan', ...REQUIRED] : REQUIRED;
  const found = findInputSheet(workbook);
  if (!found) return { ok: false, sheetName: '', problems: [{ cell: 'A1', severity: 'error', code: 'xlsx.no-header', message: `找不到填报表的表头(“${TASK_HEADER}”等)`, fix: '请使用本站生成的填报表,不要删除或改写“填报”工作表的表头行' }] };
  const { sheet, headerRow } = found;
  const columnOf = new Map<ColumnKey, number>();
  const problems: CellProblem[] = [];
  sheet.getRow(headerRow).eachCell((cell, col) => {
    const key = columnKeyOf(textOf(plain(cell)) ?? '');
    if (key && !columnOf.has(key)) columnOf.set(key, col);
  });
  const missing = required.filter((k) => !columnOf.has(k));
  if (missing.length > 0) {
    return { ok: false, sheetName: sheet.name, problems: [{ cell: `A${headerRow}`, severity: 'error', code: 'xlsx.missing-column', message: `表头中缺少列:${missing.join('、')}`, fix: '不要删除或改写表头;请在新下载的填报表中重新填写' }] };
  }
  const rows: SheetRow[] = [];
  const last = sheet.actualRowCount > 0 ? sheet.rowCount : headerRow;
  for (let r = headerRow + 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const cellRef = (key: ColumnKey) => `${columnLetter(columnOf.get(key) ?? columnOf.get('task')!)}${r}`;
    const at = (key: ColumnKey, link = false) => (columnOf.has(key) ? plain(row.getCell(columnOf.get(key)!), link) : undefined);
    const taskValue = numberOf(at('task'));
    if (taskValue === undefined) {
      const typedSomething = [...columnOf.entries()].some(([key, col]) => key !== 'plan' && key !== 'reported_by' && key !== 'reported_on' && !key.startsWith('as_of') && textOf(plain(row.getCell(col))) !== undefined);
      if (typedSomething) problems.push({ cell: cellRef('task'), severity: 'error', code: 'xlsx.no-task', message: '这一行填写了内容,但没有任务序号', fix: '请把内容填在对应任务的那一行;新增的行不会被导入' });
      continue;
    }
    const taskId = typeof taskValue === 'number' ? taskValue : Number.NaN;
    const plan = meta.spanning ? (textOf(at('plan')) ?? '') : undefined;
    const targets = options.targets(taskId, plan) ?? [];
    const metrics: Record<string, unknown>[] = [];
    const metricSlots: number[] = [];
    targets.forEach((target, i) => {
      const n = i + 1;
      const valueCol = columnOf.get(`value:${n}`);
      const value = numberOf(at(`value:${n}`), { percentCell: valueCol !== undefined && /%/.test(row.getCell(valueCol).numFmt ?? ''), percentTarget: target.unit === '%' });
      if (value === undefined) return;
      const asOf = dateOf(at(`as_of:${n}`), { date1904: workbook.properties.date1904 ?? false });
      metrics.push({ target: target.id, value, ...(asOf === undefined ? {} : { as_of: asOf }) });
      metricSlots.push(n);
    });
    const evidence: { title: string; url: string }[] = [];
    const evidenceSlots: number[] = [];
    for (let n = 1; n <= EVIDENCE_SLOTS; n++) {
      const title = textOf(at(`evidence_title:${n}`));
      const url = textOf(at(`evidence_url:${n}`, true));
      if (title === undefined && url === undefined) continue;
      // An absent half is left out, so the validator says which one is missing.
      evidence.push({ ...(title === undefined ? {} : { title }), ...(url === undefined ? {} : { url }) } as { title: string; url: string });
      evidenceSlots.push(n);
    }
    const status = choiceOf(at('status'), options.statusKeyOf);
    const summary = textOf(at('summary'));
    const details = textOf(at('details'));
    const reportedOn = dateOf(at('reported_on'), { date1904: workbook.properties.date1904 ?? false });
    rows.push({
      cells: { row: r, cell: cellRef, metricSlots, evidenceSlots },
      typed: {
        task: taskValue as number,
        status,
        summary: summary as string,
        ...(details === undefined ? {} : { details }),
        metrics,
        evidence,
        reported_by: choiceOf(at('reported_by'), options.unitKeyOf),
        reported_on: reportedOn,
      },
      ...(plan === undefined ? {} : { plan }),
      blank: status === undefined && summary === undefined && details === undefined && metrics.length === 0 && evidence.length === 0,
    });
  }
  return { ok: true, meta, sheetName: sheet.name, rows, problems };
}
