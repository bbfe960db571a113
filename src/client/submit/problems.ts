// Where a problem with the report shows: which control it marks, which message slot it fills, and the
// label it is named by in the error summary. Pure: the issue carries a path in the report (`metrics[0].value`),
// the form knows which target and which evidence row each index is.
import { STATUS_KEYS } from '../../schema/vocabulary.ts';
import { errorId, evidenceFields, FIELDS, metricFields, STATUS_FIELD, statusChoiceId, type FieldSpec, type PageField } from './form-fields.ts';

export type Severity = 'error' | 'warning';

/** A problem as the validator words it, at a path in the report. */
export interface ReportIssue {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  fix?: string;
  severity: Severity;
}

/** A problem placed in the form. */
export interface FieldProblem {
  /** Id of the control to link to and mark. */
  control: string;
  /** Id of the element that shows the message. */
  slot: string;
  label: string;
  text: string;
  severity: Severity;
}

/** What the report's list indexes stand for in the form. */
export interface ProblemPlaces {
  /** The target of each reading in the report's `metrics`, in order. */
  metricTargets: readonly { id: string; label: string; unit: string }[];
  /** The evidence row of each item in the report's `evidence`, in order. */
  evidenceRows: readonly string[];
  /** The row's number as the form shows it (材料 1, 材料 2, …). */
  evidenceNumber(rowId: string): number;
}

const placed = (spec: FieldSpec, label: string) => ({ control: spec.id, slot: errorId(spec.id), label });

function place(path: readonly PropertyKey[], places: ProblemPlaces): Pick<FieldProblem, 'control' | 'slot' | 'label'> {
  const [head, index, leaf] = path;
  if (head === 'metrics' && typeof index === 'number') {
    const target = places.metricTargets[index]!;
    const spec = metricFields(target)[leaf === 'as_of' || leaf === 'note' ? leaf : 'value'];
    return placed(spec, `${target.label}:${spec.label}`);
  }
  if (head === 'evidence' && typeof index === 'number') {
    const row = places.evidenceRows[index]!;
    const spec = evidenceFields(row)[leaf === 'url' ? 'url' : 'title'];
    return placed(spec, `材料 ${places.evidenceNumber(row)}:${spec.label}`);
  }
  if (head === 'status') return { control: statusChoiceId(STATUS_KEYS[0]), slot: errorId(STATUS_FIELD.id), label: STATUS_FIELD.label };
  const spec = FIELDS[String(head) as PageField] ?? FIELDS.task;
  return placed(spec, spec.label);
}

export function fieldProblem(issue: ReportIssue, places: ProblemPlaces): FieldProblem {
  // A form has boxes to fill, not fields to add: the validator's "缺少必填字段,请添加该字段" reads as "必填".
  const text = issue.code === 'missing-field' ? '必填,请填写' : `${issue.message}${issue.fix ? `,${issue.fix}` : ''}`;
  return { ...place(issue.path, places), text, severity: issue.severity };
}

/** A problem with the task choice itself (none chosen, not read yet, …), at the task select. */
export function taskProblem(text: string, label: string = FIELDS.task.label): FieldProblem {
  return { control: FIELDS.task.id, slot: errorId(FIELDS.task.id), label, text, severity: 'error' };
}

/** No plan chosen yet (a site of several plans), at the plan select. */
export function planProblem(text: string): FieldProblem {
  return { control: FIELDS.plan.id, slot: errorId(FIELDS.plan.id), label: FIELDS.plan.label, text, severity: 'error' };
}

/** What checking found: the problems, and the file when nothing stops it. */
export interface CheckResult {
  problems: FieldProblem[];
  yaml?: string;
}

export const CHECK_FAILED = '表单程序出错,无法检查和生成报告(不是网络问题,也不是填写有误);请按下面“不用表单报送”的步骤报送,并告知网站维护人员';

/**
 * Checking, where a bug (an exception in the schema, the rules or the serializer) stops the file with a
 * message that says so: never silence, never a file, never "network problem".
 */
export function checkSafely(run: () => CheckResult, report: (error: unknown) => void = console.error): CheckResult {
  try {
    return run();
  } catch (error) {
    report(error);
    return { problems: [taskProblem(CHECK_FAILED, '表单')] };
  }
}
