// The submission form's element ids, control names, labels and hints, in one place: src/pages/submit.astro
// writes the fixed fields with them at build time, and the browser code finds those and builds the task's
// own fields (one block per target, one row per piece of evidence) with them. Pure: no DOM, no zod, so the
// page's first script stays small.
import type { StatusKey } from '../../schema/vocabulary.ts';

/** Elements that are not fields: containers, notes, buttons and the output. */
export const ID = {
  app: 'submit-app',
  form: 'report-form',
  errorSummary: 'error-summary',
  errorSummaryHeading: 'error-summary-heading',
  errorSummaryList: 'error-summary-list',
  draftNote: 'draft-note',
  taskRetry: 'task-retry',
  reportFields: 'report-fields',
  summaryCount: 'f-summary-count',
  metricsIntro: 'metrics-intro',
  metrics: 'metrics',
  evidence: 'evidence',
  evidenceAdd: 'evidence-add',
  generate: 'generate',
  output: 'output',
  outputHeading: 'output-heading',
  outputPath: 'output-path',
  outputYaml: 'output-yaml',
  outputCopy: 'output-copy',
  outputDownload: 'output-download',
  outputGithub: 'output-github',
  outputStatus: 'output-status',
  outputGithubNote: 'output-github-note',
  formStatus: 'form-status',
} as const;

/** The classes of a field's parts: the page's fields and the browser's look and are found alike. */
export const FIELD_CLASS = { field: 'field', hint: 'hint', message: 'field-error' } as const;

export interface FieldSpec {
  /** The control's id; its hint and error message are `${id}-hint` and `${id}-error`. */
  id: string;
  /** The control's name, for the fields the page writes. */
  name?: string;
  label: string;
  hint?: string;
}

export const hintId = (controlId: string) => `${controlId}-hint`;
export const errorId = (controlId: string) => `${controlId}-error`;

/** The attributes a field's control carries, on the page and in the browser alike. */
export function controlAttributes(spec: FieldSpec): Record<string, string> {
  return {
    id: spec.id,
    ...(spec.name ? { name: spec.name } : {}),
    'aria-describedby': [...(spec.hint ? [hintId(spec.id)] : []), errorId(spec.id)].join(' '),
  };
}

/** On a site of several plans: the plan comes first, because each plan numbers its tasks from 1. */
export const PLAN_HINT = '先选择方案,再选择该方案中本单位牵头的任务。';

/** Shown under the task until one is chosen (then its lead units are). */
export const TASK_HINT = '只能报送本单位牵头的任务;选择后显示牵头单位。';

/** The fields the page writes, by the report field each fills. */
export const FIELDS = {
  plan: { id: 'f-plan', name: 'plan', label: '方案', hint: PLAN_HINT },
  task: { id: 'f-task', name: 'task', label: '任务', hint: TASK_HINT },
  period: { id: 'f-period', name: 'period', label: '季度', hint: '一般报送刚结束的季度。只列出方案报送期内已经开始的季度。' },
  summary: { id: 'f-summary', name: 'summary', label: '进展摘要', hint: '一句话概括本季度做了什么、进展到哪一步,不超过 120 字,不换行。' },
  details: { id: 'f-details', name: 'details', label: '详细说明(可选)', hint: '纯文字,可分段(空一行为新段落)。不要写个人手机号、身份证号和邮箱。' },
  reported_by: { id: 'f-reported-by', name: 'reported_by', label: '报送单位', hint: '须为本任务的牵头单位。' },
  reported_on: { id: 'f-reported-on', name: 'reported_on', label: '报送日期', hint: '默认为今天;不能晚于今天,也不能早于所报季度的开始。' },
} as const satisfies Record<string, FieldSpec>;
export type PageField = keyof typeof FIELDS;

/** The status radios: one group, one error message for the group. */
export const STATUS_FIELD = { id: 'f-status', name: 'status', label: '进展状态' } as const;
export const statusChoiceId = (key: StatusKey) => `${STATUS_FIELD.id}-${key}`;

export type MetricPart = 'value' | 'as_of' | 'note';

/** The three fields of one target's reading; `carriedAsOf`: the date of the reading carried from an earlier report. */
export function metricFields(target: { id: string; unit: string }, carriedAsOf?: string): Record<MetricPart, FieldSpec> {
  const id = (part: MetricPart) => `f-m-${target.id}-${part}`;
  return {
    value: {
      id: id('value'),
      label: `实际值(单位:${target.unit})`,
      hint: carriedAsOf ? `沿用此前报送的数值(截至 ${carriedAsOf}),请改为本季度的实际值;只写数字,不写单位。` : '只写数字,不写单位;本季度没有数据可以不填。',
    },
    as_of: { id: id('as_of'), label: '数据截止日期' },
    note: { id: id('note'), label: '说明(可选)' },
  };
}

export type EvidencePart = 'title' | 'url';

/** The id of the `seq`-th evidence row made on this page (never reused, so ids stay unique after a removal). */
export const evidenceRowId = (seq: number) => `f-e${seq}`;

export function evidenceFields(rowId: string): Record<EvidencePart, FieldSpec> {
  return {
    title: { id: `${rowId}-title`, label: '材料名称' },
    url: { id: `${rowId}-url`, label: '网址', hint: '以 https:// 开头的公开网址' },
  };
}
