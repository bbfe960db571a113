// The downloadable data: built from the loaded and derived dataset, never by hand.
import type { Dataset } from '../content/load.ts';
import type { Derived, TargetProgress } from '../derive/index.ts';
import { NO_REPORT, SCHEMA_VERSION, type Report, type Task } from '../schema/index.ts';
import type { Column } from './csv.ts';
import { withoutHistory, type RecordOf } from '../site/report-record.ts';
import { reportScheduleJson, taskScheduleJson } from './schedule-data.ts';

export interface ExportMeta {
  as_of: string | null;
  source_document: string;
  generated_at: string;
  schema_version: string;
  demo: boolean;
  licence: string;
  licence_url: string;
}

/** `generatedAt` is passed in (the build's one timestamp), so exports are otherwise reproducible. */
export function exportMeta(dataset: Dataset, derived: Derived, generatedAt: string): ExportMeta {
  return {
    as_of: derived.asOf,
    source_document: `${dataset.plan.title}(${dataset.plan.number})`,
    generated_at: generatedAt,
    schema_version: SCHEMA_VERSION,
    demo: dataset.demo,
    licence: dataset.site.licence,
    licence_url: dataset.site.licence_url,
  };
}

export function tasksJson(dataset: Dataset, derived: Derived, generatedAt: string) {
  const scheduleOf = taskScheduleJson(derived);
  return {
    meta: exportMeta(dataset, derived, generatedAt),
    areas: dataset.areas,
    units: dataset.units,
    tasks: dataset.tasks.map((task) => ({ ...task, latest_status: derived.latestStatus.get(task.id) ?? NO_REPORT.key, schedule: scheduleOf(task.id) })),
  };
}

/** `recordOf`: each report's publication date and amendments, from git (src/site/report-record.ts). */
export function reportsJson(dataset: Dataset, derived: Derived, generatedAt: string, recordOf: RecordOf = withoutHistory) {
  const scheduleOf = reportScheduleJson(derived);
  return { meta: exportMeta(dataset, derived, generatedAt), reports: dataset.reports.map((report) => ({ ...report, ...scheduleOf(report), ...recordOf(report) })) };
}

/** Fields of reports.json from the repository's history, for the data dictionary on /data/. */
export const recordJsonFields: { file: string; key: string; label: string }[] = [
  { file: 'reports.json', key: 'reports[].published_on', label: '发布日期:报告文件首次进入本站数据仓库主分支的日期(YYYY-MM-DD);无仓库历史时为 null。报送日期 reported_on 是报送单位自己填写的日期' },
  { file: 'reports.json', key: 'reports[].revisions[]', label: '修订记录,按时间先后:date(修订日期)、fields(改动的字段名)、changes(状态和数值的改动:field 为 status 或 metrics.目标标识,from 原值,to 新值,没有时为 null);只改空格、换行或注释不算修订;未修订时为空列表' },
];

const unitNames = (dataset: Dataset, ids: string[]) => ids.map((id) => dataset.units.find((u) => u.id === id)?.name ?? id).join('、');

export const taskColumns = (dataset: Dataset, derived: Derived): Column<Task>[] => [
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

export const reportColumns: Column<Report>[] = [
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

export const metricColumns: Column<MetricRow>[] = [
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
