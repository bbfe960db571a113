// An amendment in readers' words, the same on the task page and in the feed.
import { STATUS, type StatusKey } from '../schema/index.ts';
import type { FieldChange, ReportRevision } from './report-revisions.ts';

/** A report's top-level fields as readers know them; any other key is shown as it is written. */
const REPORT_FIELD_LABELS: Record<string, string> = {
  task: '任务序号',
  period: '季度',
  status: '状态',
  summary: '进展摘要',
  details: '详细说明',
  metrics: '数值',
  evidence: '佐证材料',
  reported_by: '报送单位',
  reported_on: '报送日期',
};

const fieldLabel = (field: string) => REPORT_FIELD_LABELS[field] ?? field;

const statusLabel = (value: unknown) => (typeof value === 'string' && value in STATUS ? STATUS[value as StatusKey].label : valueText(value));
const valueText = (value: unknown) => (value === null || value === undefined ? '(无)' : String(value));

/** `targetLabel`: a metric's target as readers know it (the task's own label for it). */
function changeText(change: FieldChange, targetLabel: (id: string) => string): string {
  if (change.field === 'status') return `状态:${statusLabel(change.from)} → ${statusLabel(change.to)}`;
  const target = change.field.replace(/^metrics\./, '');
  return `${targetLabel(target)}:${valueText(change.from)} → ${valueText(change.to)}`;
}

/** One line: which fields changed, then old → new where it is a status or a value. */
export function revisionText(revision: ReportRevision, targetLabel: (id: string) => string): string {
  const fields = `修改了${revision.fields.map(fieldLabel).join('、')}`;
  return revision.changes.length > 0 ? `${fields}(${revision.changes.map((c) => changeText(c, targetLabel)).join(';')})` : fields;
}
