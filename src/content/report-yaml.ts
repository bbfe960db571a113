// The one way a quarterly report is written as YAML: field order, quoting, comments.
// `npm run new:report`, the demo generator and the browser submission form all call reportToYaml,
// so the same report always becomes the same bytes. Pure: no file system, no clock (runs in the browser).
//
// Layout rules (stable; changing them changes every generated file):
// - optional `# yaml-language-server: $schema=…` line, then header comment lines, then a blank line;
// - fields in ReportSchema order; metric and evidence keys in MetricSchema / EvidenceSchema order;
// - `details` omitted when absent; `metrics` omitted when empty; `evidence` written as `[]` when empty
//   (a visible place to add material);
// - numbers as JavaScript prints them; strings plain when YAML 1.1 and 1.2 both read them back as the
//   same string (so dates such as "2023-03-31", and yes/no/on/off, are always quoted), otherwise
//   double-quoted; multi-line text as a `|-` literal block;
// - LF line endings, a final newline, two-space indentation.
import { parse } from 'yaml';
import type { z } from 'zod';
import { earliestAsOf, PLACEHOLDER_MARK } from './report-rules.ts';
import {
  COMPARATOR,
  defaultAsOf,
  periodStart,
  EvidenceSchema,
  latestMetric,
  MetricSchema,
  periodLabel,
  RECURRENCE,
  ReportSchema,
  STATUS,
  STATUS_KEYS,
  type Evidence,
  type Metric,
  type Report,
  type Target,
  type Task,
} from '../schema/index.ts';

/** What reportToYaml accepts: a report as validated (schema output) or as typed into a form (schema input). */
export type ReportInput = z.input<typeof ReportSchema>;
export type ReportField = keyof Report;

/** ReportSchema's own key order: the order fields are written in. */
export const REPORT_FIELDS = Object.keys(ReportSchema.shape) as ReportField[];
const METRIC_FIELDS = Object.keys(MetricSchema.shape) as (keyof Metric)[];
const EVIDENCE_FIELDS = Object.keys(EvidenceSchema.shape) as (keyof Evidence)[];

/**
 * The schema comment of a report in `content/{folder}reports/YYYY-Qn/NN.yaml`, pointing at the repository's
 * `schemas/` folder: three levels up from a one-plan folder's report, two more from a plan in `plans/<id>/`.
 */
export const reportSchemaComment = (folder = '') => `${'../'.repeat(3 + folder.split('/').filter(Boolean).length)}schemas/report.schema.json`;

/** The one-plan shape's (content/reports/YYYY-Qn/NN.yaml). */
export const REPORT_SCHEMA_PATH_IN_CONTENT = reportSchemaComment();

export interface ReportYamlComments {
  /** Lines after the schema line, before the first field. */
  header?: readonly string[];
  /** Lines just before a field (written at its place even when the field itself is omitted). */
  before?: Partial<Record<ReportField, readonly string[]>>;
  /** Lines just after a field and its items (written at its place even when the field is omitted). */
  after?: Partial<Record<ReportField, readonly string[]>>;
}

export interface ReportYamlOptions {
  /** Path of report.schema.json relative to the file, for the yaml-language-server line; omitted when absent. */
  schemaComment?: string;
  comments?: ReportYamlComments;
}

// ---------------------------------------------------------------------------------------------
// Scalars

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/;
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

/** A plain scalar is safe when both YAML 1.1 and 1.2 parsers read it back as exactly this string. */
function plainIsSafe(text: string): boolean {
  if (text === '' || INDICATOR_START.test(text) || /\s$/.test(text) || CONTROL.test(text)) return false;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  for (const version of ['1.1', '1.2'] as const) {
    let value: unknown;
    try {
      value = (parse(`v: ${text}\n`, { version }) as { v?: unknown } | null)?.v;
    } catch {
      return false;
    }
    if (value !== text) return false;
  }
  return true;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

function doubleQuoted(text: string): string {
  const escaped = text.replace(/[\\"\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/g, (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

function stringScalar(text: string): string {
  return plainIsSafe(text) ? text : doubleQuoted(text);
}

function numberScalar(value: number, field: string): string {
  if (!Number.isFinite(value)) throw new Error(`${field}: ${value} 不是有限的数字`);
  return Object.is(value, -0) ? '0' : String(value);
}

function scalar(value: unknown, field: string): string {
  if (typeof value === 'number') return numberScalar(value, field);
  if (typeof value === 'string') return stringScalar(value);
  throw new Error(`${field}: 无法写成 YAML(${typeof value})`);
}

/** `key: value`, or `key: |-` with the text indented below when it spans lines and a literal block keeps it exact. */
function textField(indent: string, key: string, text: string): string[] {
  const literalOk =
    text.includes('\n') && !/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/.test(text) && !/^\s/.test(text) && !/\s$/.test(text);
  if (!literalOk) return [`${indent}${key}: ${stringScalar(text)}`];
  return [`${indent}${key}: |-`, ...text.split('\n').map((line) => (line === '' ? '' : `${indent}  ${line}`))];
}

function commentLines(lines: readonly string[] | undefined): string[] {
  if (!lines) return [];
  return lines.flatMap((line) => line.split('\n')).map((line) => (line === '' ? '#' : `# ${line}`));
}

function listOfMaps<T extends object>(field: string, items: readonly T[], keys: readonly (keyof T)[]): string[] {
  const out: string[] = [];
  items.forEach((item, i) => {
    const known = new Set<PropertyKey>(keys);
    for (const key of Object.keys(item)) if (!known.has(key)) throw new Error(`${field}[${i}]: 未知字段 ${key}`);
    let first = true;
    for (const key of keys) {
      const value = item[key];
      if (value === undefined) continue;
      const prefix = first ? '  - ' : '    ';
      first = false;
      if (typeof value === 'string' && value.includes('\n')) {
        const [head, ...rest] = textField('    ', String(key), value);
        out.push(`${prefix}${head!.trimStart()}`, ...rest);
      } else {
        out.push(`${prefix}${String(key)}: ${scalar(value, `${field}[${i}].${String(key)}`)}`);
      }
    }
  });
  return out;
}

/** The report as YAML text, byte-for-byte the same for the same report and options. */
export function reportToYaml(report: ReportInput, options: ReportYamlOptions = {}): string {
  const known = new Set<string>(REPORT_FIELDS);
  for (const key of Object.keys(report)) if (!known.has(key)) throw new Error(`未知字段 ${key}`);
  const lines: string[] = [];
  if (options.schemaComment) lines.push(`# yaml-language-server: $schema=${options.schemaComment}`);
  const header = commentLines(options.comments?.header);
  lines.push(...header);
  if (lines.length > 0) lines.push('');
  for (const field of REPORT_FIELDS) {
    lines.push(...commentLines(options.comments?.before?.[field]));
    const value = report[field];
    if (field === 'metrics' || field === 'evidence') {
      const items = (value ?? []) as readonly object[];
      if (items.length > 0) {
        lines.push(`${field}:`);
        lines.push(
          ...(field === 'metrics'
            ? listOfMaps(field, items as readonly Metric[], METRIC_FIELDS)
            : listOfMaps(field, items as readonly Evidence[], EVIDENCE_FIELDS)),
        );
      } else if (field === 'evidence') {
        lines.push('evidence: []');
      }
    } else if (value !== undefined) {
      if (typeof value === 'string') lines.push(...textField('', field, value));
      else lines.push(`${field}: ${scalar(value, field)}`);
    }
    lines.push(...commentLines(options.comments?.after?.[field]));
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// A new report, pre-filled from the task and its earlier reports (npm run new:report; the submit form).

/** Unmistakably to be replaced: the validator rejects it (report.placeholder), as it would empty text. */
export const SUMMARY_PLACEHOLDER = `${PLACEHOLDER_MARK}请用一句话概括本季度进展`;

/** One line per target: what it is and what the plan promises. */
export function describeTarget(target: Target): string {
  const parts = [`${target.label},目标:${COMPARATOR[target.comparator].label} ${target.value}${target.unit}`];
  if (target.recurring) parts.push(`(${RECURRENCE[target.recurring]})`);
  if (target.deadline) parts.push(`,期限 ${target.deadline}`);
  return parts.join('');
}

const FIELD_HINTS: Partial<Record<ReportField, string>> = {
  task: '不要修改',
  period: '不要修改,须与所在文件夹名一致',
  status: `只能填以下之一:\n${STATUS_KEYS.map((key) => `                 ${key} ${STATUS[key].label}:${STATUS[key].definition}`).join('\n')}`,
  summary: '不超过 120 字,写在一行内',
  details: '可选',
  metrics: 'target 目标标识;value 只写数字,单位与目标相同(85% 写 85,1.5万 写 15000);as_of 数据截止日期;note 说明(可选)',
  evidence: 'title 材料名称;url 公开网址(以 https:// 开头)',
  reported_on: '格式 YYYY-MM-DD',
};

/** The field guide at the top of every new report: each field's schema description and how to fill it. */
export function reportFieldGuide(): string[] {
  return REPORT_FIELDS.map((field) => {
    const description = ReportSchema.shape[field].description ?? '';
    const hint = FIELD_HINTS[field];
    return `  ${field.padEnd(13)}${description}${hint ? `;${hint}` : ''}`;
  });
}

/** The first comment line of every generated report: which task and quarter it is. */
export function reportHeading(task: Pick<Task, 'id' | 'title'>, period: string): string {
  return `任务 ${task.id}「${task.title}」${periodLabel(period)}进展。`;
}

/**
 * Options for a report whose fields are already filled in (the browser submission form): the same
 * schema line and heading as a draft, without the fill-in instructions (they describe the placeholders
 * a draft has and a filled report does not), which also keeps the file short enough to travel in a
 * GitHub new-file URL.
 */
export function filledReportYamlOptions(task: Pick<Task, 'id' | 'title'>, period: string, folder = ''): ReportYamlOptions {
  return { schemaComment: reportSchemaComment(folder), comments: { header: [reportHeading(task, period)] } };
}

/** What a draft needs of a task (the browser form reads this much of the chosen task). */
export type DraftTask = Pick<Task, 'id' | 'title' | 'lead' | 'targets'>;
/** What a draft carries over from an earlier report. */
export type ReportHistory = Pick<Report, 'task' | 'period' | 'status' | 'evidence' | 'metrics'>;

/**
 * What the submission form needs of one task to draft its report: the task and its published reports.
 * The site serves one file per task (/submit/tasks/{plan}/{id}.json), fetched when the task is chosen; embedded
 * in the page, every report of every task made it 13 MiB at 2,000 tasks x 12 quarters.
 */
export interface SubmitTaskData {
  task: DraftTask;
  reports: ReportHistory[];
  /** Quarter → the file of the published report (for the one-report-per-quarter rule). */
  files: Record<string, string>;
}

/** `reports`: the task's reports (others are left out); `fileOf`: a report's file in the repository. */
export function submitTaskData(task: Task, reports: readonly Report[], fileOf: (report: Report) => string | undefined): SubmitTaskData {
  const own = reports.filter((r) => r.task === task.id);
  return {
    task: { id: task.id, title: task.title, lead: task.lead, targets: task.targets },
    reports: own.map(({ task, period, status, evidence, metrics }) => ({ task, period, status, evidence, metrics })),
    files: Object.fromEntries(own.flatMap((r) => {
      const file = fileOf(r);
      return file ? [[r.period, file]] : [];
    })),
  };
}

export interface ReportDraftInput {
  task: DraftTask;
  period: string;
  /** The report date (today); also the latest allowed as_of of a carried reading. */
  reportedOn: string;
  /** The plan's date, for the earliest as_of a reading of `period` may have; without it every earlier reading is carried. */
  planDate?: string;
  /** The task's reports for quarters before `period`, in any order. */
  earlier: readonly ReportHistory[];
  /** Unit names for the comments; ids are shown alone without it. */
  unitName?: (id: string) => string | undefined;
}

export interface ReportDraft {
  report: ReportInput;
  comments: ReportYamlComments;
  /** The period the status and evidence were carried from; null when there is no earlier report. */
  carriedFrom: string | null;
  /** Target ids with a carried reading, and those left as commented-out examples. */
  carriedTargets: string[];
  emptyTargets: string[];
}

/**
 * A new report for one task and quarter, valid in every field but its placeholder summary: status and evidence from the
 * latest earlier report, each target's last reading (value, as_of and note) from the earlier reports,
 * a placeholder summary, the first lead unit, and comments saying what to change.
 * A target never read gets a commented-out example instead of an invented value.
 */
export function draftReport(input: ReportDraftInput): ReportDraft {
  const { task, period, reportedOn } = input;
  const earlier = [...input.earlier].filter((r) => r.task === task.id && r.period < period).sort((a, b) => a.period.localeCompare(b.period));
  const previous = earlier.at(-1) ?? null;
  const unitLabel = (id: string) => {
    const name = input.unitName?.(id);
    return name ? `${id}(${name})` : id;
  };

  // Each target's latest reading (the one tie rule, src/schema/reading.ts); a reading dated after the report
  // would be a figure from the future, and one older than the new quarter allows (report-rules.ts) is not
  // carried: the draft would be refused for it.
  const earliest = input.planDate === undefined ? undefined : earliestAsOf(period, input.planDate).date;
  const carried: Metric[] = [];
  const empty: Target[] = [];
  for (const target of task.targets) {
    const latest = latestMetric(earlier, target.id, (metric) => metric.as_of <= reportedOn)?.metric;
    if (latest && (earliest === undefined || latest.as_of >= earliest)) carried.push({ target: target.id, value: latest.value, as_of: latest.as_of, ...(latest.note ? { note: latest.note } : {}) });
    else empty.push(target);
  }

  const asOfExample = defaultAsOf(period, reportedOn);
  const targetsById = new Map(task.targets.map((t) => [t.id, t]));
  const metricsBefore: string[] = [];
  const metricsAfter: string[] = [];
  if (carried.length > 0) {
    metricsBefore.push(`数量目标的实际值。以下数值沿用此前报送,请改为截至本季度末的实际值,并把 as_of 改为数据截止日期(如 ${asOfExample}):`);
    for (const metric of carried) metricsBefore.push(`  ${metric.target}:${describeTarget(targetsById.get(metric.target)!)}`);
  }
  if (empty.length > 0) {
    const intro =
      carried.length > 0
        ? '以下目标尚无数值。有数据时删除行首的 "# " 并把 value 改为实际数字:'
        : '数量目标的实际值:尚无数值。有数据时删除以下各行行首的 "# "(包括 metrics: 一行),并把 value 改为实际数字:';
    const block = [intro, ...(carried.length > 0 ? [] : ['metrics:'])];
    for (const target of empty) {
      block.push(`  - target: ${target.id}    # ${describeTarget(target)}`, '    value: 实际数值', `    as_of: "${asOfExample}"`);
    }
    (carried.length > 0 ? metricsAfter : metricsBefore).push(...block);
  }

  const evidence = previous ? previous.evidence.map((e) => ({ ...e })) : [];
  const leadOthers = task.lead.slice(1).map(unitLabel);
  const comments: ReportYamlComments = {
    header: [
      reportHeading(task, period),
      '以 # 开头的行是填写说明,不会发布,可以保留或删除。各字段的含义:',
      ...reportFieldGuide(),
      '请勿填写个人手机号、身份证号、电子邮箱等个人信息。',
    ],
    before: {
      status: [previous ? `沿用 ${previous.period} 报送的状态,请按本季度实际情况修改` : '尚无此前报送,默认 not_started(未启动),请按实际情况修改'],
      summary: ['请把下面的示例文字换成本季度进展摘要'],
      details: ['详细说明(可选)。需要时删除下面两行行首的 "# ",可写多段,每行前留两个空格:', 'details: |-', '  第一段……'],
      ...(metricsBefore.length > 0 ? { metrics: metricsBefore } : {}),
      evidence: evidence.length > 0
        ? [`佐证材料沿用 ${previous!.period} 报送,请删除过时的,补充本季度的公开网址`]
        : ['佐证材料(建议填写):删掉下一行末尾的 [],再删去其后两行行首的 "# " 并填写材料名称和公开网址'],
      reported_by: [`报送单位:${unitLabel(task.lead[0]!)},须为本任务的牵头单位${leadOthers.length > 0 ? `;也可改为 ${leadOthers.join('、')}` : ''}`],
      reported_on: ['报送日期,默认为今天'],
    },
    after: {
      ...(metricsAfter.length > 0 ? { metrics: metricsAfter } : {}),
      ...(evidence.length === 0 ? { evidence: ['  - title: 材料名称', '    url: https://……'] } : {}),
    },
  };

  return {
    report: {
      task: task.id,
      period,
      status: previous ? previous.status : 'not_started',
      summary: SUMMARY_PLACEHOLDER,
      metrics: carried,
      evidence,
      reported_by: task.lead[0]!,
      reported_on: reportedOn,
    },
    comments,
    carriedFrom: previous?.period ?? null,
    carriedTargets: carried.map((m) => m.target),
    emptyTargets: empty.map((t) => t.id),
  };
}
