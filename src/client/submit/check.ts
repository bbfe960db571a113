// The report as typed, checked with the project's own schema, Chinese messages and cross-file rules (the
// words staff see from `npm run validate`), and written with the project's serializer when nothing stops
// it. Pure, but heavy (zod, the rules, yaml): loaded only once a task is chosen (engine.ts).
import { MetricSchema, ReportSchema } from '../../schema/index.ts';
import { filledReportYamlOptions, reportToYaml, type DraftTask } from '../../content/report-yaml.ts';
import { issueMessages } from '../../content/zod-messages.ts';
import { duplicateReportProblem, reportRuleProblems } from '../../content/report-rules.ts';
import type { ReportingWindow } from '../../schema/reporting-window.ts';
import type { ReportIssue, Severity } from './problems.ts';

/** The report as the form holds it: text where the staff typed text, absent where they left a box empty. */
export interface TypedReport {
  task: number;
  period: string;
  status: string | undefined;
  summary: string;
  details?: string;
  metrics: Record<string, unknown>[];
  evidence: { title: string; url: string }[];
  reported_by: string | undefined;
  reported_on: string | undefined;
}

export interface CheckContext {
  task: DraftTask;
  /** Quarter → the file of the task's published report (the one-report-per-quarter rule). */
  files: Record<string, string>;
  maxTaskId: number;
  today: string;
  unitName: (id: string) => string;
  window: ReportingWindow;
  planDate: string;
  /** The plan's folder in the content ('' or `plans/<id>/`): where the file goes decides its schema line. */
  folder?: string;
}

export function checkReport(input: TypedReport, context: CheckContext): { issues: ReportIssue[]; yaml?: string } {
  const issues: ReportIssue[] = [];
  const add = (path: readonly PropertyKey[], code: string, message: string, fix: string | undefined, severity: Severity) =>
    issues.push({ path, code, message, ...(fix ? { fix } : {}), severity });

  const parsed = ReportSchema.safeParse(input);
  if (!parsed.success) for (const m of issueMessages(parsed.error, input)) add(m.path, m.code, m.message, m.fix, 'error');

  // The cross-file rules need only some fields: check them as soon as those are valid.
  const ruled = ReportSchema.pick({ task: true, period: true, reported_by: true, reported_on: true }).safeParse({
    task: input.task, period: input.period, reported_by: input.reported_by, reported_on: input.reported_on,
  });
  if (ruled.success) {
    const metricIndex: number[] = [];
    const metrics = input.metrics.flatMap((m, i) => {
      const one = MetricSchema.safeParse(m);
      if (!one.success) return [];
      metricIndex.push(i);
      return [one.data];
    });
    // The summary too, once it is valid text: an unedited draft's placeholder is a rule (report.placeholder).
    const summary = ReportSchema.shape.summary.safeParse(input.summary);
    const { task, maxTaskId, today, unitName, window, planDate } = context;
    for (const rule of reportRuleProblems({ ...ruled.data, metrics, ...(summary.success ? { summary: summary.data } : {}) }, { task, maxTaskId, today, unitName, window, planDate })) {
      const path = rule.path[0] === 'metrics' ? ['metrics', metricIndex[rule.path[1] as number]!, ...rule.path.slice(2)] : rule.path;
      add(path, rule.code, rule.message, rule.fix, rule.severity);
    }
    const existing = context.files[ruled.data.period];
    if (existing) {
      const duplicate = duplicateReportProblem(ruled.data, existing);
      add(['period'], duplicate.code, duplicate.message, duplicate.fix, 'error');
    }
  }

  if (!parsed.success || issues.some((p) => p.severity === 'error')) return { issues };
  return { issues, yaml: reportToYaml(parsed.data, filledReportYamlOptions(context.task, parsed.data.period, context.folder)) };
}
