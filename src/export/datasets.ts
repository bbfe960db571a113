// The downloadable data: built from the loaded and derived dataset, never by hand. Each plan has its files
// (/{id}/data/), and the site's (/data/) are every plan's rows in plan order: the same columns and row
// shapes, each row naming its plan, so a script written for one reads the other.
import type { Dataset } from '../content/load.ts';
import type { Derived, TargetProgress } from '../derive/index.ts';
import { NO_REPORT, reportingWindow, SCHEMA_VERSION, type Report, type SiteSettings, type Task, type Unit } from '../schema/index.ts';
import { planColumn, toCsvTables, type Column, type CsvTable } from './csv.ts';
import { withoutHistory, type RecordOf } from '../site/report-record.ts';
import type { DataFile } from '../site/url-scheme.ts';
import { reportScheduleJson, scheduleColumns, scheduleRows, taskScheduleJson } from './schedule-data.ts';

/** One plan's part of the downloads. `recordOf`: its reports' publication dates and amendments, from git. */
export interface PlanExport {
  dataset: Dataset;
  derived: Derived;
  recordOf?: RecordOf;
}

/** The whole site's: the shared settings and units, and every plan in folder order. */
export interface SiteExport {
  site: SiteSettings;
  units: Unit[];
  demo: boolean;
  plans: readonly PlanExport[];
}

/** One plan's files' meta. */
export interface ExportMeta {
  plan: string;
  as_of: string | null;
  source_document: string;
  generated_at: string;
  schema_version: string;
  demo: boolean;
  licence: string;
  licence_url: string;
}

/** A plan as the site's files describe it in `meta.plans`. */
export interface PlanMeta {
  id: string;
  /** plan.yaml's short name; null when it has none (then the title is used). */
  short: string | null;
  number: string;
  title: string;
  /** The plan's issue date. */
  date: string;
  /** The quarters reports are expected for; `last` null for an open-ended plan. */
  window: { first: string; last: string | null };
  /** The plan's data as-of date (each plan's reports have their own). */
  as_of: string | null;
}

/** The site's files' meta: the plans side by side instead of one source document. */
export interface SiteExportMeta {
  /** The latest of the plans' as-of dates. */
  as_of: string | null;
  plans: PlanMeta[];
  generated_at: string;
  schema_version: string;
  demo: boolean;
  licence: string;
  licence_url: string;
}

/** `generatedAt` is passed in (the build's one timestamp), so exports are otherwise reproducible. */
export function exportMeta(dataset: Dataset, derived: Derived, generatedAt: string): ExportMeta {
  return {
    plan: dataset.id,
    as_of: derived.asOf,
    source_document: `${dataset.plan.title}(${dataset.plan.number})`,
    generated_at: generatedAt,
    schema_version: SCHEMA_VERSION,
    demo: dataset.demo,
    licence: dataset.site.licence,
    licence_url: dataset.site.licence_url,
  };
}

export function planMeta({ dataset, derived }: PlanExport): PlanMeta {
  const window = reportingWindow(dataset.plan);
  return {
    id: dataset.id,
    short: dataset.plan.short ?? null,
    number: dataset.plan.number,
    title: dataset.plan.title,
    date: dataset.plan.date,
    window: { first: window.first, last: window.last ?? null },
    as_of: derived.asOf,
  };
}

export function siteExportMeta(site: SiteExport, generatedAt: string): SiteExportMeta {
  const plans = site.plans.map(planMeta);
  return {
    // ISO dates compare chronologically as strings.
    as_of: plans.map((p) => p.as_of).filter((d): d is string => d !== null).sort().at(-1) ?? null,
    plans,
    generated_at: generatedAt,
    schema_version: SCHEMA_VERSION,
    demo: site.demo,
    licence: site.site.licence,
    licence_url: site.site.licence_url,
  };
}

export function tasksJson(dataset: Dataset, derived: Derived, generatedAt: string) {
  const scheduleOf = taskScheduleJson(derived);
  const plan = dataset.id;
  return {
    meta: exportMeta(dataset, derived, generatedAt),
    areas: dataset.areas.map((area) => ({ plan, ...area })),
    // Units are the site's, shared by every plan: they carry no plan.
    units: dataset.units,
    tasks: dataset.tasks.map((task) => ({ plan, ...task, latest_status: derived.latestStatus.get(task.id) ?? NO_REPORT.key, schedule: scheduleOf(task.id) })),
  };
}

/** `recordOf`: each report's publication date and amendments, from git (src/site/report-record.ts). */
export function reportsJson(dataset: Dataset, derived: Derived, generatedAt: string, recordOf: RecordOf = withoutHistory) {
  const scheduleOf = reportScheduleJson(derived);
  const plan = dataset.id;
  return { meta: exportMeta(dataset, derived, generatedAt), reports: dataset.reports.map((report) => ({ plan, ...report, ...scheduleOf(report), ...recordOf(report) })) };
}

/** The site's tasks.json: each plan's areas and tasks in plan order, the shared units once. */
export function siteTasksJson(site: SiteExport, generatedAt: string) {
  const parts = site.plans.map((p) => tasksJson(p.dataset, p.derived, generatedAt));
  return { meta: siteExportMeta(site, generatedAt), areas: parts.flatMap((p) => p.areas), units: site.units, tasks: parts.flatMap((p) => p.tasks) };
}

export function siteReportsJson(site: SiteExport, generatedAt: string) {
  const parts = site.plans.map((p) => reportsJson(p.dataset, p.derived, generatedAt, p.recordOf));
  return { meta: siteExportMeta(site, generatedAt), reports: parts.flatMap((p) => p.reports) };
}

/** Each CSV of a plan as a table: its rows with the columns that read them in that plan. */
function csvTable(file: Exclude<DataFile, `${string}.json`>, { dataset, derived }: PlanExport): CsvTable<never> {
  const table = <T>(rows: readonly T[], columns: readonly Column<T>[]) => ({ rows, columns }) as unknown as CsvTable<never>;
  switch (file) {
    case 'tasks.csv':
      return table(dataset.tasks, taskColumns(dataset, derived));
    case 'reports.csv':
      return table(dataset.reports, reportColumns(dataset.id));
    case 'metrics.csv':
      return table(metricRows(derived), metricColumns(dataset.id));
    case 'schedule.csv':
      return table(scheduleRows(derived), scheduleColumns(dataset.id));
  }
}

/** The headers of the CSV files, whatever the plans (the site's files have one even with no plan). */
const CSV_HEADERS = {
  'tasks.csv': () => taskColumns({ id: '', areas: [], units: [] }, { latestStatus: new Map() }),
  'reports.csv': () => reportColumns(''),
  'metrics.csv': () => metricColumns(''),
  'schedule.csv': () => scheduleColumns(''),
} satisfies Record<Exclude<DataFile, `${string}.json`>, () => readonly Column<never>[]>;

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** One plan's data file, the text /{id}/data/{file} serves. */
export function planDataFile(file: DataFile, plan: PlanExport, generatedAt: string): string {
  if (file === 'tasks.json') return json(tasksJson(plan.dataset, plan.derived, generatedAt));
  if (file === 'reports.json') return json(reportsJson(plan.dataset, plan.derived, generatedAt, plan.recordOf));
  return toCsvTables<never>(CSV_HEADERS[file](), [csvTable(file, plan)]);
}

/** The site's data file, the text /data/{file} serves: every plan's rows, in plan order. */
export function siteDataFile(file: DataFile, site: SiteExport, generatedAt: string): string {
  if (file === 'tasks.json') return json(siteTasksJson(site, generatedAt));
  if (file === 'reports.json') return json(siteReportsJson(site, generatedAt));
  return toCsvTables<never>(CSV_HEADERS[file](), site.plans.map((plan) => csvTable(file, plan)));
}

/** The content type a data file is served with. */
export const dataFileType = (file: DataFile) => (file.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8');

/** Fields of reports.json from the repository's history, for the data dictionary on /data/. */
export const recordJsonFields: { file: string; key: string; label: string }[] = [
  { file: 'reports.json', key: 'reports[].published_on', label: '发布日期:报告文件首次进入本站数据仓库主分支的日期(YYYY-MM-DD);无仓库历史时为 null。报送日期 reported_on 是报送单位自己填写的日期' },
  { file: 'reports.json', key: 'reports[].revisions[]', label: '修订记录,按时间先后:date(修订日期)、fields(改动的字段名)、changes(状态和数值的改动:field 为 status 或 metrics.目标标识,from 原值,to 新值,没有时为 null);只改空格、换行或注释不算修订;未修订时为空列表' },
];

type UnitsOf = Pick<Dataset, 'units'>;
const unitNames = (dataset: UnitsOf, ids: string[]) => ids.map((id) => dataset.units.find((u) => u.id === id)?.name ?? id).join('、');

export const taskColumns = (dataset: Pick<Dataset, 'id' | 'areas' | 'units'>, derived: Pick<Derived, 'latestStatus'>): Column<Task>[] => [
  planColumn(dataset.id),
  { key: 'id', label: '任务序号', value: (t) => t.id },
  { key: 'area', label: '领域标识', value: (t) => t.area },
  { key: 'area_name', label: '领域名称', value: (t) => dataset.areas.find((a) => a.id === t.area)?.name },
  { key: 'title', label: '任务名称', value: (t) => t.title },
  { key: 'text', label: '任务原文', value: (t) => t.text },
  { key: 'lead', label: '牵头单位', value: (t) => unitNames(dataset, t.lead) },
  { key: 'responsible', label: '责任单位', value: (t) => unitNames(dataset, t.responsible) },
  { key: 'target_count', label: '数量目标个数', value: (t) => t.targets.length },
  { key: 'latest_status', label: '最新状态(英文标识)', value: (t) => derived.latestStatus.get(t.id) ?? NO_REPORT.key },
];

export const reportColumns = (plan: string): Column<Report>[] => [
  planColumn(plan),
  { key: 'task', label: '任务序号', value: (r) => r.task },
  { key: 'period', label: '季度', value: (r) => r.period },
  { key: 'status', label: '状态(英文标识)', value: (r) => r.status },
  { key: 'summary', label: '进展摘要', value: (r) => r.summary },
  { key: 'details', label: '详细说明', value: (r) => r.details },
  { key: 'metric_count', label: '填报数值个数', value: (r) => r.metrics.length },
  { key: 'evidence_urls', label: '佐证材料网址(多个以空格分隔)', value: (r) => r.evidence.map((e) => e.url).join(' ') },
  { key: 'reported_by', label: '报送单位标识', value: (r) => r.reported_by },
  { key: 'reported_on', label: '报送日期', value: (r) => r.reported_on },
];

export interface MetricRow {
  progress: TargetProgress;
  reading: TargetProgress['readings'][number];
}

export const metricRows = (derived: Derived): MetricRow[] =>
  [...derived.progress.values()].flat().flatMap((progress) => progress.readings.map((reading) => ({ progress, reading })));

export const metricColumns = (plan: string): Column<MetricRow>[] => [
  planColumn(plan),
  { key: 'task', label: '任务序号', value: (m) => m.progress.task },
  { key: 'target', label: '目标标识', value: (m) => m.progress.target.id },
  { key: 'target_label', label: '目标简称', value: (m) => m.progress.target.label },
  { key: 'target_value', label: '目标值', value: (m) => m.progress.target.value },
  { key: 'unit', label: '计量单位', value: (m) => m.progress.target.unit },
  { key: 'comparator', label: '比较方式(英文标识)', value: (m) => m.progress.target.comparator },
  { key: 'deadline', label: '期限', value: (m) => m.progress.target.deadline },
  { key: 'report_period', label: '报送季度', value: (m) => m.reading.reportPeriod },
  { key: 'as_of', label: '数据截止日期', value: (m) => m.reading.as_of },
  { key: 'value', label: '实际值', value: (m) => m.reading.value },
  { key: 'note', label: '说明', value: (m) => m.reading.note },
  { key: 'target_state', label: '该目标当前状态(met 已达标 / on_the_way 推进中 / overdue 逾期 / no_data 无数据)', value: (m) => m.progress.state },
];
