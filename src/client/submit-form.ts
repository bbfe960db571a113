// /submit/: a form that writes one quarterly report file. It checks with the project's own zod schema,
// Chinese messages and cross-file rules (the words staff see from `npm run validate`), pre-fills with
// the same draft as `npm run new:report`, and writes the file with the same serializer. Nothing is sent
// anywhere: the file is copied, downloaded, or carried to GitHub's new-file page in the link's URL.
// First, before any schema is created (see zod-csp.ts).
import './zod-csp.ts';
import { defaultAsOf, MetricSchema, ReportSchema, periodFromIndex, periodIndex, periodLabel, periodOfDate, STATUS_KEYS, todayInChina, type Target } from '../schema/index.ts';
import { el } from './dom.ts';
import { describeTarget, draftReport, filledReportYamlOptions, reportToYaml, type DraftTask, type SubmitTaskData } from '../content/report-yaml.ts';
import { issueMessages } from '../content/zod-messages.ts';
import { duplicateReportProblem, reportRuleProblems } from '../content/report-rules.ts';
import { reportPath, taskFileName } from '../content/paths.ts';

/** What the page embeds for the form (src/pages/submit.astro). */
export interface SubmitFormData {
  repository: string;
  branch: string;
  firstPeriod: string;
  demo: boolean;
  /** Each task's id and lead units; the rest is fetched when the task is chosen. */
  tasks: Pick<DraftTask, 'id' | 'lead'>[];
  /** Names of the units that lead a task. */
  units: Record<string, string>;
  /** Where the rest of each task is: `${taskDataUrl}${id}.json` (a SubmitTaskData). */
  taskDataUrl: string;
}

/** GitHub's own limit on a request URL is about 8 KB; past this the link opens the page without the content. */
export const MAX_GITHUB_URL = 8000;

/** GitHub's "create new file" page for `path`, filled with `content` when the URL stays short enough. */
export function githubNewFileUrl(repository: string, branch: string, path: string, content: string): { url: string; withContent: boolean } {
  const base = `${repository.replace(/\/+$/, '')}/new/${branch.split('/').map(encodeURIComponent).join('/')}?filename=${encodeURIComponent(path)}`;
  const full = `${base}&value=${encodeURIComponent(content)}`;
  return full.length <= MAX_GITHUB_URL ? { url: full, withContent: true } : { url: base, withContent: false };
}

// A number as YAML 1.2 reads an unquoted one; anything else goes to the schema as text, so "85%" or
// "1.5万" get the validator's own message and fix.
const YAML_NUMBER = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
export function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return YAML_NUMBER.test(trimmed) ? Number(trimmed) : text;
}

interface FieldProblem {
  /** Id of the control to link to and mark. */
  control: string;
  /** Id of the element that shows the message. */
  slot: string;
  label: string;
  text: string;
  severity: 'error' | 'warning';
}

export function setupSubmitForm(): void {
  const app = document.querySelector<HTMLElement>('#submit-app');
  const maybeForm = document.querySelector<HTMLFormElement>('#report-form');
  if (!app || !maybeForm || !app.dataset.form) return;
  const form = maybeForm;
  const data = JSON.parse(app.dataset.form) as SubmitFormData;
  app.hidden = false;

  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const taskSelect = $<HTMLSelectElement>('f-task');
  const periodSelect = $<HTMLSelectElement>('f-period');
  const summary = $<HTMLInputElement>('f-summary');
  const details = $<HTMLTextAreaElement>('f-details');
  const reportedBy = $<HTMLSelectElement>('f-reported-by');
  const reportedOn = $<HTMLInputElement>('f-reported-on');
  const metricsBox = $<HTMLElement>('metrics');
  const evidenceBox = $<HTMLElement>('evidence');
  const fields = $<HTMLElement>('report-fields');
  const summaryBox = $<HTMLElement>('error-summary');
  const summaryList = $<HTMLUListElement>('error-summary-list');
  const output = $<HTMLElement>('output');
  const outputYaml = $<HTMLTextAreaElement>('output-yaml');
  const outputStatus = $<HTMLElement>('output-status');
  const github = $<HTMLAnchorElement>('output-github');
  const formStatus = $<HTMLElement>('form-status');

  const tasksById = new Map(data.tasks.map((t) => [t.id, t]));
  const maxTaskId = Math.max(0, ...tasksById.keys());
  const unitName = (id: string) => data.units[id] ?? id;
  const today = todayInChina();

  // Quarters from the first after the plan to the current one, latest first; the one just ended is the default.
  const current = periodIndex(periodOfDate(today));
  for (let i = current; i >= periodIndex(data.firstPeriod); i--) {
    const period = periodFromIndex(i);
    periodSelect.append(el('option', { value: period, textContent: `${period}(${periodLabel(period)})` }));
  }
  periodSelect.value = periodFromIndex(Math.max(current - 1, periodIndex(data.firstPeriod)));
  reportedOn.value = today;
  reportedOn.max = today;

  // ------------------------------------------------------------------------------------------
  // Rows that depend on the task: one block per target, one row per piece of evidence.

  /** The chosen task as read, with its published reports; null until it is read (or when it could not be). */
  let drafted: SubmitTaskData | null = null;
  let evidenceSeq = 0;
  const evidenceRows: string[] = [];
  const touched = new Set<string>();
  let attempted = false;

  const labelOf = (id: string) => document.querySelector(`label[for="${id}"]`)?.textContent ?? '';

  function field(id: string, labelText: string, control: HTMLInputElement, hint?: string): HTMLElement {
    control.id = id;
    control.setAttribute('aria-describedby', [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' '));
    return el(
      'div',
      { className: 'field' },
      el('label', { htmlFor: id, textContent: labelText }),
      control,
      ...(hint ? [el('p', { id: `${id}-hint`, className: 'hint', textContent: hint })] : []),
      el('p', { id: `${id}-error`, className: 'field-error' }),
    );
  }

  function metricBlock(target: Target, carried?: { value: number; as_of: string; note?: string }, asOfDefault?: string): HTMLElement {
    const base = `f-m-${target.id}`;
    const value = el('input', { type: 'text', inputMode: 'decimal', autocomplete: 'off', value: carried ? String(carried.value) : '' });
    const asOf = el('input', { type: 'date', value: carried?.as_of ?? asOfDefault ?? '' });
    const note = el('input', { type: 'text', autocomplete: 'off', value: carried?.note ?? '' });
    const block = el(
      'fieldset',
      { className: 'metric' },
      el('legend', { textContent: target.label }),
      el('p', { className: 'hint', textContent: `${describeTarget(target)}。目标标识 ${target.id}。` }),
      field(`${base}-value`, `实际值(单位:${target.unit})`, value, carried ? `沿用此前报送的数值(截至 ${carried.as_of}),请改为本季度的实际值;只写数字,不写单位。` : '只写数字,不写单位;本季度没有数据可以不填。'),
      field(`${base}-as_of`, '数据截止日期', asOf),
      field(`${base}-note`, '说明(可选)', note),
    );
    block.dataset.target = target.id;
    return block;
  }

  function addEvidenceRow(title = '', url = ''): void {
    const key = `f-e${++evidenceSeq}`;
    evidenceRows.push(key);
    const titleInput = el('input', { type: 'text', autocomplete: 'off', value: title });
    const urlInput = el('input', { type: 'url', autocomplete: 'off', value: url, placeholder: 'https://' });
    const legend = el('legend');
    const remove = el('button', { type: 'button', className: 'secondary' });
    const row = el('fieldset', { className: 'evidence-row', id: key }, legend, field(`${key}-title`, '材料名称', titleInput), field(`${key}-url`, '网址', urlInput, '以 https:// 开头的公开网址'), remove);
    remove.addEventListener('click', () => {
      const index = evidenceRows.indexOf(key);
      evidenceRows.splice(index, 1);
      row.remove();
      renumberEvidence();
      announce(`已删除一份材料,还有 ${evidenceRows.length} 份`);
      const next = evidenceRows[index] ?? evidenceRows[index - 1];
      (next ? $<HTMLInputElement>(`${next}-title`) : $<HTMLButtonElement>('evidence-add')).focus();
      refresh();
    });
    evidenceBox.append(row);
    renumberEvidence();
  }

  function renumberEvidence(): void {
    evidenceRows.forEach((key, i) => {
      const row = $<HTMLElement>(key);
      row.querySelector('legend')!.textContent = `材料 ${i + 1}`;
      row.querySelector('button')!.textContent = `删除材料 ${i + 1}`;
    });
  }

  // Each task's targets and published reports, fetched once when the task is first chosen (same origin).
  // A failed fetch is not kept, so choosing the task again tries again.
  const taskData = new Map<number, Promise<SubmitTaskData | null>>();
  function taskDataOf(id: number): Promise<SubmitTaskData | null> {
    let pending = taskData.get(id);
    if (!pending) {
      pending = fetch(`${data.taskDataUrl}${id}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<SubmitTaskData>) : null))
        .catch(() => null);
      pending.then((read) => read ?? taskData.delete(id));
      taskData.set(id, pending);
    }
    return pending;
  }
  /** Shown while the chosen task could not be read. */
  const retry = $<HTMLButtonElement>('task-retry');

  // A new task or quarter: pre-fill as `npm run new:report` does (status, readings and evidence from
  // the latest earlier report, the first lead unit); the summary and details typed so far are kept.
  async function redraft(): Promise<void> {
    const chosen = tasksById.get(Number(taskSelect.value));
    const lead = $<HTMLElement>('f-task-hint');
    const note = $<HTMLElement>('draft-note');
    if (!chosen) {
      drafted = null;
      fields.hidden = true;
      lead.textContent = '只能报送本单位牵头的任务;选择后显示牵头单位。';
      note.textContent = '';
      refresh();
      return;
    }
    const period = periodSelect.value;
    lead.textContent = `牵头单位:${chosen.lead.map(unitName).join('、')}`;
    retry.hidden = true;
    if (drafted?.task.id !== chosen.id) {
      // Until the chosen task is read, the fields and any file generated for another task belong to no task.
      drafted = null;
      fields.hidden = true;
      output.hidden = true;
      summaryBox.hidden = true;
      note.textContent = '正在读取本任务的目标和此前的报送……';
    }
    const read = await taskDataOf(chosen.id);
    // Another task or quarter was chosen meanwhile: that choice drafts its own.
    if (Number(taskSelect.value) !== chosen.id || period !== periodSelect.value) return;
    let draft: ReturnType<typeof draftReport> | undefined;
    try {
      // A file of another shape (a cached copy from an earlier version of the site) counts as unreadable.
      if (read?.task.id === chosen.id) draft = draftReport({ task: read.task, period, reportedOn: reportedOn.value || today, earlier: read.reports });
    } catch {
      draft = undefined;
    }
    if (!read || !draft) {
      retry.hidden = false;
      note.textContent = '未能读取本任务的目标和此前的报送(网络问题),暂时无法填写;请点“重新读取”再试。';
      refresh();
      return;
    }
    drafted = read;
    const { task } = read;
    note.textContent = draft.carriedFrom
      ? `已按 ${draft.carriedFrom} 的报送预填状态${draft.carriedTargets.length ? '、数值' : ''}和佐证材料,请按本季度实际情况修改。`
      : '该任务此前没有报送,状态默认为“未启动”,请按实际情况填写。';
    fields.hidden = false;

    const status = draft.report.status ?? 'not_started';
    for (const key of STATUS_KEYS) $<HTMLInputElement>(`f-status-${key}`).checked = key === status;

    metricsBox.replaceChildren();
    const carried = new Map((draft.report.metrics ?? []).map((m) => [m.target, m]));
    const asOfDefault = defaultAsOf(period, reportedOn.value || today);
    for (const target of task.targets) metricsBox.append(metricBlock(target, carried.get(target.id), asOfDefault));
    $<HTMLElement>('metrics-intro').textContent = task.targets.length
      ? '方案中本任务的数量目标。填写截至数据截止日期的实际值,单位与目标相同(85% 写 85,1.5万 写 15000);没有新数据的目标可以不填。'
      : '本任务没有数量目标,不需要填写。';

    evidenceBox.replaceChildren();
    evidenceRows.length = 0;
    for (const e of draft.report.evidence ?? []) addEvidenceRow(e.title, e.url);
    if (evidenceRows.length === 0) addEvidenceRow();

    reportedBy.replaceChildren(...task.lead.map((id) => el('option', { value: id, textContent: `${unitName(id)}(${id})` })));
    reportedBy.value = draft.report.reported_by;
    refresh();
  }

  // ------------------------------------------------------------------------------------------
  // The report as typed, checked with the schema and the rules.

  function collect() {
    const task = drafted?.task;
    const metricTargets: string[] = [];
    const metrics: Record<string, unknown>[] = [];
    for (const target of task?.targets ?? []) {
      const base = `f-m-${target.id}`;
      const value = numberOrText($<HTMLInputElement>(`${base}-value`).value);
      if (value === undefined) continue;
      const asOf = $<HTMLInputElement>(`${base}-as_of`).value;
      const note = $<HTMLInputElement>(`${base}-note`).value;
      metricTargets.push(target.id);
      metrics.push({ target: target.id, value, as_of: asOf === '' ? undefined : asOf, ...(note.trim() ? { note } : {}) });
    }
    const evidence = evidenceRows
      .map((key) => ({ key, title: $<HTMLInputElement>(`${key}-title`).value, url: $<HTMLInputElement>(`${key}-url`).value }))
      .filter((e) => e.title.trim() !== '' || e.url.trim() !== '');
    const status = form.querySelector<HTMLInputElement>('input[name="status"]:checked')?.value;
    const input = {
      task: task?.id,
      period: periodSelect.value,
      status,
      summary: summary.value,
      ...(details.value.trim() ? { details: details.value } : {}),
      metrics,
      evidence: evidence.map(({ title, url }) => ({ title, url })),
      reported_by: reportedBy.value || undefined,
      reported_on: reportedOn.value === '' ? undefined : reportedOn.value,
    };
    return { input, metricTargets, evidenceKeys: evidence.map((e) => e.key) };
  }

  function controlFor(path: readonly PropertyKey[], metricTargets: string[], evidenceKeys: string[]): { control: string; slot: string } {
    const [head, index, leaf] = path;
    if (head === 'metrics' && typeof index === 'number') {
      const name = leaf === 'as_of' || leaf === 'note' ? leaf : 'value';
      const id = `f-m-${metricTargets[index]}-${name}`;
      return { control: id, slot: `${id}-error` };
    }
    if (head === 'evidence' && typeof index === 'number') {
      const id = `${evidenceKeys[index]}-${leaf === 'url' ? 'url' : 'title'}`;
      return { control: id, slot: `${id}-error` };
    }
    if (head === 'status') return { control: `f-status-${STATUS_KEYS[0]}`, slot: 'f-status-error' };
    const id = { task: 'f-task', period: 'f-period', summary: 'f-summary', details: 'f-details', reported_by: 'f-reported-by', reported_on: 'f-reported-on' }[String(head)] ?? 'f-task';
    return { control: id, slot: `${id}-error` };
  }

  function check(): { problems: FieldProblem[]; yaml?: string } {
    const task = drafted?.task;
    if (!task) {
      // A task chosen but not (yet) read is not "no task": say which.
      const text = !taskSelect.value ? '请选择任务' : !retry.hidden ? '未能读取本任务的资料,请点“重新读取”' : '正在读取本任务的资料,请稍候';
      return { problems: [{ control: 'f-task', slot: 'f-task-error', label: '任务', text, severity: 'error' }] };
    }
    const { input, metricTargets, evidenceKeys } = collect();
    const problems: FieldProblem[] = [];
    const add = (path: readonly PropertyKey[], code: string, message: string, fix: string | undefined, severity: 'error' | 'warning') => {
      const where = controlFor(path, metricTargets, evidenceKeys);
      // A form has boxes to fill, not fields to add: the validator's "缺少必填字段,请添加该字段" reads as "必填".
      const text = code === 'missing-field' ? '必填,请填写' : `${message}${fix ? `,${fix}` : ''}`;
      problems.push({ ...where, label: labelFor(where.control), text, severity });
    };

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
      for (const rule of reportRuleProblems({ ...ruled.data, metrics, ...(summary.success ? { summary: summary.data } : {}) }, { task, maxTaskId, today, unitName })) {
        const path = rule.path[0] === 'metrics' ? ['metrics', metricIndex[rule.path[1] as number]!, ...rule.path.slice(2)] : rule.path;
        add(path, rule.code, rule.message, rule.fix, rule.severity);
      }
      const existing = drafted?.task.id === ruled.data.task ? drafted.files[ruled.data.period] : undefined;
      if (existing) {
        const duplicate = duplicateReportProblem(ruled.data, existing);
        add(['period'], duplicate.code, duplicate.message, duplicate.fix, 'error');
      }
    }

    if (!parsed.success || problems.some((p) => p.severity === 'error')) return { problems };
    return { problems, yaml: reportToYaml(parsed.data, filledReportYamlOptions(task, parsed.data.period)) };
  }

  function labelFor(control: string): string {
    if (control.startsWith('f-status')) return '进展状态';
    const metric = /^f-m-(.+)-(value|as_of|note)$/.exec(control);
    if (metric) return `${drafted?.task.targets.find((t) => t.id === metric[1])?.label ?? metric[1]}:${labelOf(control)}`;
    const evidence = /^(f-e\d+)-(title|url)$/.exec(control);
    if (evidence) return `材料 ${evidenceRows.indexOf(evidence[1]!) + 1}:${labelOf(control)}`;
    return labelOf(control);
  }

  // ------------------------------------------------------------------------------------------
  // Showing problems: next to each field once it has been left (or after a generate attempt),
  // in the summary at the top after a generate attempt.

  const announced = new Map<string, string>();

  function show(problems: FieldProblem[], leftControl?: string): void {
    const bySlot = new Map<string, FieldProblem[]>();
    for (const p of problems) bySlot.set(p.slot, [...(bySlot.get(p.slot) ?? []), p]);
    const next = new Map<string, string>();
    for (const slot of document.querySelectorAll<HTMLElement>('.field-error')) {
      const list = bySlot.get(slot.id) ?? [];
      const control = list[0]?.control ?? slot.id.replace(/-error$/, '');
      const visible = attempted || touched.has(control) || touched.has(slot.id);
      const text = visible ? list.map((p) => (p.severity === 'warning' ? `请核对:${p.text}` : p.text)).join(';') : '';
      slot.textContent = text;
      slot.classList.toggle('is-warning', list.length > 0 && list.every((p) => p.severity === 'warning'));
      next.set(slot.id, text);
      const hasError = visible && list.some((p) => p.severity === 'error');
      const target = slot.id === 'f-status-error' ? $<HTMLElement>('f-status') : document.getElementById(control);
      if (target && slot.id !== 'f-status-error') {
        if (hasError) target.setAttribute('aria-invalid', 'true');
        else target.removeAttribute('aria-invalid');
      }
    }
    // Announce the message of the field just left, unless it was already announced; the summary
    // announces itself (role="alert").
    if (leftControl) {
      const p = problems.find((q) => q.control === leftControl);
      const text = p ? next.get(p.slot) : '';
      if (p && text && text !== announced.get(p.slot)) {
        announced.set(p.slot, text);
        announce(`${p.label}:${text}`);
      }
    }

    const errors = problems.filter((p) => p.severity === 'error');
    if (attempted && errors.length > 0) {
      summaryList.replaceChildren(
        ...errors.map((p) => {
          const link = el('a', { href: `#${p.control}`, textContent: `${p.label}:${p.text}` });
          link.addEventListener('click', (event) => {
            event.preventDefault();
            const target = document.getElementById(p.control);
            target?.scrollIntoView({ block: 'center' });
            target?.focus();
          });
          return el('li', {}, link);
        }),
      );
      summaryBox.querySelector('h3')!.textContent = `报告中还有 ${errors.length} 个问题,请改正后再生成`;
      summaryBox.hidden = false;
    } else {
      summaryBox.hidden = true;
    }
  }

  function announce(text: string): void {
    // Clear first so the same words are read again.
    formStatus.textContent = '';
    window.setTimeout(() => (formStatus.textContent = text), 50);
  }

  let generated = false;

  function refresh(leftControl?: string): { problems: FieldProblem[]; yaml?: string } {
    const result = check();
    show(result.problems, leftControl);
    if (generated) render(result.yaml);
    return result;
  }

  function render(yaml: string | undefined): void {
    const task = drafted?.task;
    if (!yaml || !task) {
      output.hidden = true;
      return;
    }
    const period = periodSelect.value;
    const path = `content/${reportPath(period, task.id)}`;
    $<HTMLElement>('output-path').textContent = path;
    outputYaml.value = yaml;
    $<HTMLButtonElement>('output-download').textContent = `下载 ${taskFileName(task.id)}`;
    const link = githubNewFileUrl(data.repository, data.branch, path, yaml);
    github.href = link.url;
    $<HTMLElement>('output-github-note').textContent = data.demo
      ? '这是演示站点,生成的内容是虚构的,不提供提交到正式仓库的链接。'
      : link.withContent
        ? '“在 GitHub 上新建此文件”会打开 GitHub 的新建文件页面,文件名和内容已填好(需要登录有权限的账号)。'
        : '内容较长,无法放进 GitHub 链接:请先点“复制内容”,再点“在 GitHub 上新建此文件”,把内容粘贴到编辑框中。';
    // A demo site's drafts are invented: they must never be one click from the real repository.
    github.hidden = data.demo || !/^https:\/\/github\.com\//.test(data.repository);
    output.hidden = false;
  }

  // ------------------------------------------------------------------------------------------
  // Events.

  retry.addEventListener('click', () => void redraft());
  taskSelect.addEventListener('change', () => {
    touched.add('f-task');
    void redraft();
  });
  periodSelect.addEventListener('change', () => {
    touched.add('f-period');
    void redraft();
  });
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target === taskSelect || target === periodSelect) return;
    if (target.id === 'f-summary') $<HTMLElement>('f-summary-count').textContent = `已写 ${summary.value.trim().length} 字。`;
    refresh();
  });
  form.addEventListener('focusout', (event) => {
    const target = event.target as HTMLInputElement;
    if (!target.id || target.tagName === 'BUTTON') return;
    touched.add(target.name === 'status' ? 'f-status-error' : target.id);
    if (target.name === 'status') touched.add(`f-status-${STATUS_KEYS[0]}`);
    refresh(target.id);
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'status') {
      touched.add('f-status-error');
      touched.add(`f-status-${STATUS_KEYS[0]}`);
    } else if (target.type === 'date' || target.tagName === 'SELECT') {
      touched.add(target.id);
    }
    if (target !== taskSelect && target !== periodSelect) refresh(target.tagName === 'SELECT' || target.type === 'date' ? target.id : undefined);
  });
  $<HTMLButtonElement>('evidence-add').addEventListener('click', () => {
    addEvidenceRow();
    const key = evidenceRows.at(-1)!;
    $<HTMLInputElement>(`${key}-title`).focus();
    announce(`已添加材料 ${evidenceRows.length}`);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    attempted = true;
    const result = check();
    show(result.problems);
    if (!result.yaml) {
      output.hidden = true;
      summaryBox.focus();
      return;
    }
    generated = true;
    render(result.yaml);
    $<HTMLElement>('output-heading').focus();
    announce('报告文件已生成,可以复制、下载或在 GitHub 上新建');
  });

  $<HTMLButtonElement>('output-copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(outputYaml.value);
    } catch {
      // Older in-app browsers: select the text and copy it the old way.
      outputYaml.select();
      document.execCommand('copy');
    }
    outputStatus.textContent = `已复制 ${outputYaml.value.split('\n').length - 1} 行内容。`;
  });
  $<HTMLButtonElement>('output-download').addEventListener('click', () => {
    const task = drafted?.task;
    if (!task) return;
    const blob = new Blob([outputYaml.value], { type: 'text/yaml;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const link = el('a', { href, download: taskFileName(task.id) });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(href), 1000);
    outputStatus.textContent = `已下载 ${taskFileName(task.id)}。`;
  });
  github.target = '_blank';
  github.textContent = '在 GitHub 上新建此文件(新窗口)';

  void redraft();
}
