// The 填报表's layout: its sheets, its columns (each report field ↔ one column), and the hidden part that
// says which site, plan, quarter and template version a sheet belongs to. The template writer
// (template.ts), the reader (read-sheet.ts) and the cell locator (locate.ts) all read this one description,
// so a column cannot be written in one place and looked for in another. Pure: runs in the browser too.

/** Bumped when a column is added, removed or changes meaning: a sheet of another version is refused. */
export const TEMPLATE_VERSION = '1';
/**
 * A site of several plans publishes one sheet per unit spanning the open plans: a 方案 column, and a hidden
 * part naming every plan and each task's plan. A one-plan sheet (TEMPLATE_VERSION) keeps its meaning there,
 * since it names its plan and its columns are unchanged, so both versions are read.
 */
export const SPANNING_VERSION = '2';
/** What the hidden part's first cell says: this is one of the project's sheets. */
export const TEMPLATE_FORMAT = 'plan-tracker 填报表';

export const SHEET = { input: '填报', instructions: '填写说明', meta: '模板信息' } as const;
/** Pairs of evidence columns in every sheet; more material goes into the YAML file afterwards. */
export const EVIDENCE_SLOTS = 3;
/** Rows above the header: the title and a one-line reminder. */
export const HEADER_ROW = 3;

export type SlotField = 'target' | 'value' | 'as_of' | 'evidence_title' | 'evidence_url';
export type FixedField = 'plan' | 'task' | 'title' | 'text' | 'status' | 'summary' | 'details' | 'reported_by' | 'reported_on';
export type ColumnKey = FixedField | `${SlotField}:${number}`;

export interface Column {
  key: ColumnKey;
  header: string;
  /** Staff type here; every other cell is protected. */
  input: boolean;
  width: number;
}

const FIXED_HEADERS: Record<FixedField, string> = {
  plan: '方案',
  task: '任务序号',
  title: '任务名称',
  text: '任务内容(方案原文)',
  status: '进展状态',
  summary: '进展摘要(一句话,不超过120字)',
  details: '详细说明(可选)',
  reported_by: '报送单位',
  reported_on: '报送日期',
};

const SLOT_HEADERS: Record<SlotField, (n: number) => string> = {
  target: (n) => `目标${n}(要求和上次报送)`,
  value: (n) => `目标${n} 实际值`,
  as_of: (n) => `目标${n} 数据截止日期`,
  evidence_title: (n) => `佐证材料${n} 名称`,
  evidence_url: (n) => `佐证材料${n} 网址`,
};

const fixed = (key: FixedField, input: boolean, width: number): Column => ({ key, header: FIXED_HEADERS[key], input, width });
const slot = (field: SlotField, n: number, input: boolean, width: number): Column => ({ key: `${field}:${n}`, header: SLOT_HEADERS[field](n), input, width });

/** The columns of a sheet whose tasks have at most `targetSlots` targets, in order; a spanning sheet's first names the plan. */
export function columns(targetSlots: number, spanning = false): Column[] {
  const out = [...(spanning ? [fixed('plan', false, 16)] : []), fixed('task', false, 8), fixed('title', false, 24), fixed('text', false, 48), fixed('status', true, 14), fixed('summary', true, 40), fixed('details', true, 48)];
  for (let n = 1; n <= targetSlots; n++) out.push(slot('target', n, false, 36), slot('value', n, true, 12), slot('as_of', n, true, 14));
  for (let n = 1; n <= EVIDENCE_SLOTS; n++) out.push(slot('evidence_title', n, true, 28), slot('evidence_url', n, true, 36));
  out.push(fixed('reported_by', true, 16), fixed('reported_on', true, 14));
  return out;
}

/** The column a header names, whatever column it is in now (a sheet may have gained or lost columns). */
export function columnKeyOf(header: string): ColumnKey | undefined {
  const text = header.trim();
  for (const [key, value] of Object.entries(FIXED_HEADERS)) if (value === text) return key as FixedField;
  const n = Number(/\d+/.exec(text)?.[0]);
  for (const [field, make] of Object.entries(SLOT_HEADERS)) if (n > 0 && make(n) === text) return `${field as SlotField}:${n}`;
  return undefined;
}

export function slotOf(key: ColumnKey): { field: SlotField; n: number } | undefined {
  const [field, n] = key.split(':');
  return n === undefined ? undefined : { field: field as SlotField, n: Number(n) };
}

/** Column 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A plan of a sheet: its document number, id and name as the 方案 column shows it, and its tasks' target ids. */
export interface MetaPlan {
  number: string;
  id: string;
  name: string;
  tasks: Map<number, string[]>;
}

/**
 * The hidden part: one `key | value` row each, then one `task | id | target ids` row per task. A spanning
 * sheet has no `plan` row but a `plans | number | id | name` row per plan, and its task rows end with the
 * number of their plan.
 */
export interface TemplateMeta {
  format: string;
  version: string;
  /** The site's repository (site.yaml), naming the site a sheet came from. */
  site: string;
  /** The plan's document number (plan.yaml). */
  plan: string;
  period: string;
  unit: string;
  /** Each task's target ids as written, in slot order (a spanning sheet: the first plan's). */
  tasks: Map<number, string[]>;
  /** Every plan of the sheet, in its order (a one-plan sheet: its plan, named ''). */
  plans: MetaPlan[];
  spanning: boolean;
}

export const META_KEYS = ['format', 'version', 'site', 'plan', 'period', 'unit'] as const;
