// /submit/: a form that writes one quarterly report file. It checks with the project's own schema,
// Chinese messages and cross-file rules (check.ts), pre-fills with the same draft as `npm run new:report`,
// and writes the file with the same serializer. Nothing is sent anywhere: the file is copied, downloaded,
// or carried to GitHub's new-file page in the link's URL. This module wires the parts; what the form shows
// follows from three things: the chosen task's state, whether generating was tried, and the fields left.
import { defaultAsOf, periodFromIndex, periodIndex, periodLabel, periodOfDate, todayInChina } from '../../schema/period.ts';
import { STATUS_KEYS } from '../../schema/vocabulary.ts';
import type { ReportingWindow } from '../../schema/reporting-window.ts';
import type { DraftTask, ReportDraft, SubmitTaskData } from '../../content/report-yaml.ts';
import { el } from '../dom.ts';
import { announcer } from './announce.ts';
import type { TypedReport } from './check.ts';
import type * as EngineModule from './engine.ts';
import { errorSummary } from './error-summary.ts';
import { evidenceList } from './evidence.ts';
import { fieldMessages } from './field-messages.ts';
import { errorId, FIELDS, hintId, ID, STATUS_FIELD, statusChoiceId, TASK_HINT } from './form-fields.ts';
import { metricsSection } from './metrics.ts';
import { outputSection } from './output.ts';
import { checkSafely, fieldProblem, planProblem, taskProblem, type CheckResult, type ProblemPlaces } from './problems.ts';
import { taskDataReader } from './task-data.ts';
import { draftedState, draftNote, notReadyText, type TaskState } from './task-state.ts';

/** One plan as the form needs it; a site of several plans embeds one each, in the site's order. */
export interface SubmitPlanData {
  /** plan.yaml's id: the task files are under it. */
  id: string;
  /** The plan's folder in the content repository ('' or `plans/<id>/`). */
  folder: string;
  /** The plan's reporting window: only its quarters are offered. */
  window: ReportingWindow;
  /** The plan's date (plan.yaml): the earliest as_of a reading may have. */
  planDate: string;
  /** Each task's id and lead units; the rest is fetched when the task is chosen. */
  tasks: Pick<DraftTask, 'id' | 'lead'>[];
  /** Where the rest of each task is: `${taskDataUrl}${id}.json` (a SubmitTaskData). */
  taskDataUrl: string;
}

/** What the page embeds for the form (src/pages/submit.astro). */
export interface SubmitFormData {
  repository: string;
  branch: string;
  demo: boolean;
  plans: SubmitPlanData[];
  /** Names of the units that lead a task in any plan (units are shared). */
  units: Record<string, string>;
}

/** A plan's tasks, their files and its highest task number, made once per plan. */
interface PlanState {
  plan: SubmitPlanData;
  tasksById: Map<number, Pick<DraftTask, 'id' | 'lead'>>;
  maxTaskId: number;
  readTask: (id: number) => Promise<SubmitTaskData | null>;
  /** The plan's task options as the page wrote them. */
  options: HTMLOptionElement[];
}

type Engine = typeof EngineModule;
/** After the first generate: problems show everywhere; once a file was generated it stays current. */
type Attempt = 'none' | 'tried' | 'generated';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function setupSubmitForm(): void {
  const app = document.getElementById(ID.app);
  const maybeForm = document.getElementById(ID.form);
  if (!app || !(maybeForm instanceof HTMLFormElement) || !app.dataset.form) return;
  const form = maybeForm;
  const data = JSON.parse(app.dataset.form) as SubmitFormData;
  app.hidden = false;

  // Only on a site of several plans: with one, the form is what it was before plans (issue #25).
  const planSelect = document.getElementById(FIELDS.plan.id) as HTMLSelectElement | null;
  const taskSelect = byId<HTMLSelectElement>(FIELDS.task.id);
  const periodSelect = byId<HTMLSelectElement>(FIELDS.period.id);
  const summary = byId<HTMLInputElement>(FIELDS.summary.id);
  const details = byId<HTMLTextAreaElement>(FIELDS.details.id);
  const reportedBy = byId<HTMLSelectElement>(FIELDS.reported_by.id);
  const reportedOn = byId<HTMLInputElement>(FIELDS.reported_on.id);
  const retry = byId<HTMLButtonElement>(ID.taskRetry);

  // The page writes every plan's tasks, one <optgroup> each when there are several; the select then holds
  // only the chosen plan's, since task numbers repeat across plans.
  const groups = new Map([...taskSelect.querySelectorAll('optgroup')].map((g) => [g.dataset.plan ?? '', g]));
  const placeholder = taskSelect.options[0]!;
  const plans = new Map<string, PlanState>(
    data.plans.map((plan) => {
      const tasksById = new Map(plan.tasks.map((t) => [t.id, t]));
      const group = groups.get(plan.id);
      const options = group ? [...group.querySelectorAll('option')] : [...taskSelect.options].filter((o) => o.value !== '');
      return [plan.id, { plan, tasksById, maxTaskId: Math.max(0, ...tasksById.keys()), readTask: taskDataReader(plan.taskDataUrl), options }];
    }),
  );
  let plan: PlanState | undefined = planSelect ? undefined : plans.get(data.plans[0]?.id ?? '');
  const unitName = (id: string) => data.units[id] ?? id;
  const today = todayInChina();
  const reportDate = () => reportedOn.value || today;

  const announce = announcer(byId(ID.formStatus));
  const messages = fieldMessages(form, announce);
  const summaryBox = errorSummary(byId(ID.errorSummary), byId(ID.errorSummaryHeading), byId(ID.errorSummaryList));
  const metrics = metricsSection(byId(ID.metrics), byId(ID.metricsIntro));
  const evidence = evidenceList(byId(ID.evidence), byId(ID.evidenceAdd), announce, () => refresh());
  const output = outputSection(data);

  let task: TaskState = { kind: 'none' };
  let attempt: Attempt = 'none';
  /** Error slots of the fields left (or chosen) so far: their messages show before any attempt. */
  const touched = new Set<string>();
  /** The schema, rules and serializer, once loaded. */
  let engine: Engine | undefined;
  let loadingEngine: Promise<Engine | null> | undefined;
  // Most of the form's code, loaded when a task is first chosen so the page's first script stays small.
  // A failed load is a network matter like a failed fetch, and is not kept, so 重新读取 loads it again.
  const loadEngine = (): Promise<Engine | null> =>
    (loadingEngine ??= import('./engine.ts').then(
      (loaded) => (engine = loaded),
      () => ((loadingEngine = undefined), null),
    ));

  // The chosen plan's reporting window's quarters that have begun, latest first; the one just ended is the
  // default, unless the quarter chosen before (in another plan) is offered here too.
  function offerPeriods(window: ReportingWindow | undefined): void {
    const before = periodSelect.value;
    periodSelect.replaceChildren();
    if (!window) return;
    const first = periodIndex(window.first);
    const current = Math.min(periodIndex(periodOfDate(today)), window.last === undefined ? Infinity : periodIndex(window.last));
    for (let i = current; i >= first; i--) {
      const period = periodFromIndex(i);
      periodSelect.append(el('option', { value: period, textContent: `${period}(${periodLabel(period)})` }));
    }
    if (current >= first) periodSelect.value = periodFromIndex(Math.max(current - 1, first));
    if ([...periodSelect.options].some((o) => o.value === before)) periodSelect.value = before;
  }

  function choosePlan(next: PlanState | undefined): void {
    plan = next;
    placeholder.textContent = next ? '请选择任务' : '请先选择方案';
    taskSelect.replaceChildren(placeholder, ...(next?.options ?? []));
    taskSelect.value = '';
    offerPeriods(next?.plan.window);
  }
  if (planSelect) choosePlan(plans.get(planSelect.value));
  else offerPeriods(plan?.plan.window);
  reportedOn.value = today;
  reportedOn.max = today;

  function setTask(next: TaskState): void {
    task = next;
    if (next.kind === 'broken') console.error('submit form: drafting failed', next.error);
    const lead = next.kind === 'none' ? undefined : plan?.tasksById.get(next.id)?.lead;
    byId(hintId(FIELDS.task.id)).textContent = lead ? `牵头单位:${lead.map(unitName).join('、')}` : TASK_HINT;
    byId(ID.draftNote).textContent = draftNote(next);
    retry.hidden = next.kind !== 'unreadable';
    byId(ID.reportFields).hidden = next.kind !== 'ready';
    if (next.kind === 'reading') {
      // Until the chosen task is read, the fields and any file generated for another task belong to no task.
      output.hide();
      summaryBox.show([]);
    } else {
      refresh();
    }
  }

  // Pre-fill as `npm run new:report` does (status, readings and evidence from the latest earlier report,
  // the first lead unit); the summary and details typed so far are kept.
  function fill(loaded: Engine, read: SubmitTaskData, period: string, planDate: string): ReportDraft {
    const draft = loaded.draftReport({ task: read.task, period, reportedOn: reportDate(), planDate, earlier: read.reports });
    const status = draft.report.status ?? 'not_started';
    for (const key of STATUS_KEYS) byId<HTMLInputElement>(statusChoiceId(key)).checked = key === status;
    metrics.show(read.task.targets, draft.report.metrics ?? [], defaultAsOf(period, reportDate()), loaded.describeTarget);
    evidence.reset(draft.report.evidence ?? []);
    reportedBy.replaceChildren(...read.task.lead.map((id) => el('option', { value: id, textContent: `${unitName(id)}(${id})` })));
    reportedBy.value = draft.report.reported_by;
    return draft;
  }

  // A new plan, task or quarter.
  async function redraft(): Promise<void> {
    const chosenPlan = plan;
    const chosen = chosenPlan?.tasksById.get(Number(taskSelect.value));
    if (!chosenPlan || !chosen) return setTask({ kind: 'none' });
    const period = periodSelect.value;
    // The same task in another quarter keeps its fields while it is drafted again.
    if (task.kind !== 'ready' || task.id !== chosen.id) setTask({ kind: 'reading', id: chosen.id });
    const [read, loaded] = await Promise.all([chosenPlan.readTask(chosen.id), loadEngine()]);
    // Another plan, task or quarter was chosen meanwhile: that choice drafts its own.
    if (plan !== chosenPlan || Number(taskSelect.value) !== chosen.id || period !== periodSelect.value) return;
    setTask(loaded ? draftedState(chosen.id, read, (ready) => fill(loaded, ready, period, chosenPlan.plan.planDate)) : { kind: 'unreadable', id: chosen.id });
  }

  function collect(read: SubmitTaskData): { report: TypedReport; places: ProblemPlaces } {
    const { metrics: readings, targets } = metrics.readings();
    const items = evidence.items();
    const report: TypedReport = {
      task: read.task.id,
      period: periodSelect.value,
      status: form.querySelector<HTMLInputElement>(`input[name="${STATUS_FIELD.name}"]:checked`)?.value,
      summary: summary.value,
      ...(details.value.trim() ? { details: details.value } : {}),
      metrics: readings,
      evidence: items.map(({ title, url }) => ({ title, url })),
      reported_by: reportedBy.value || undefined,
      reported_on: reportedOn.value === '' ? undefined : reportedOn.value,
    };
    return { report, places: { metricTargets: targets, evidenceRows: items.map((e) => e.row), evidenceNumber: evidence.numberOf } };
  }

  function check(): CheckResult {
    if (!plan) return { problems: [planProblem('请选择方案')] };
    if (task.kind !== 'ready' || !engine) return { problems: [taskProblem(notReadyText(task) ?? '')] };
    const { data: read } = task;
    const loaded = engine;
    const { plan: chosen, maxTaskId } = plan;
    return checkSafely(() => {
      const { report, places } = collect(read);
      const { issues, yaml } = loaded.checkReport(report, { task: read.task, files: read.files, maxTaskId, today, unitName, window: chosen.window, planDate: chosen.planDate, folder: chosen.folder });
      return { problems: issues.map((issue) => fieldProblem(issue, places)), ...(yaml ? { yaml } : {}) };
    });
  }

  // Problems show next to each field once it has been left (or after a generate attempt), and in the
  // summary at the top after a generate attempt.
  function show(result: CheckResult, leftSlot?: string): void {
    messages.show(result.problems, (slot) => attempt !== 'none' || touched.has(slot), leftSlot);
    summaryBox.show(attempt === 'none' ? [] : result.problems.filter((p) => p.severity === 'error'));
  }

  function showOutput(yaml: string | undefined): void {
    if (yaml && task.kind === 'ready' && plan) output.show(yaml, task.id, periodSelect.value, plan.plan.folder);
    else output.hide();
  }

  function refresh(leftSlot?: string): void {
    const result = check();
    show(result, leftSlot);
    if (attempt === 'generated') showOutput(result.yaml);
  }

  /** The error slot a control's message goes to (the status radios share one). */
  const slotOf = (control: HTMLInputElement | HTMLSelectElement) => errorId(control.name === STATUS_FIELD.name ? STATUS_FIELD.id : control.id);

  retry.addEventListener('click', () => void redraft());
  planSelect?.addEventListener('change', () => {
    touched.add(slotOf(planSelect));
    choosePlan(plans.get(planSelect.value));
    void redraft();
  });
  const choices: readonly HTMLElement[] = [taskSelect, periodSelect, ...(planSelect ? [planSelect] : [])];
  for (const select of [taskSelect, periodSelect]) {
    select.addEventListener('change', () => {
      touched.add(slotOf(select));
      void redraft();
    });
  }
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (choices.includes(target)) return;
    if (target === summary) byId(ID.summaryCount).textContent = `已写 ${summary.value.trim().length} 字。`;
    refresh();
  });
  form.addEventListener('focusout', (event) => {
    const target = event.target as HTMLInputElement;
    if (!target.id || target.tagName === 'BUTTON') return;
    touched.add(slotOf(target));
    refresh(slotOf(target));
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (choices.includes(target)) return;
    // A choice is made on change; a typed box only counts as done when it is left.
    const chosen = target.name === STATUS_FIELD.name || target.type === 'date' || target.tagName === 'SELECT';
    if (chosen) touched.add(slotOf(target));
    refresh(chosen && target.name !== STATUS_FIELD.name ? slotOf(target) : undefined);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (attempt === 'none') attempt = 'tried';
    const result = check();
    show(result);
    if (!result.yaml) {
      output.hide();
      summaryBox.focus();
      return;
    }
    attempt = 'generated';
    showOutput(result.yaml);
    output.focus();
    announce('报告文件已生成,可以复制、下载或在 GitHub 上新建');
  });

  void redraft();
}
