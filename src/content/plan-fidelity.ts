// Fidelity: the plan as data says what the plan's own text says, for any plan. Each task in the text has
// a file and each file a task; the plan's number, date and title are the document's; a task's text is
// its paragraph word for word, its title the first sentence, its area the heading it stands under, its
// units the parenthesis; areas are the document's headings; every number in a task's text is a target
// or is listed as no commitment. Each problem is located where the fix is made.
import type { Area, Plan, Task } from '../schema/index.ts';
import { problemAt, type Located, type YamlSource } from './yaml-source.ts';
import type { Problem } from './problem.ts';
import { readPlanDocument, type PlanTask } from './plan-text.ts';
import { taskFileName } from './paths.ts';

export interface FidelityInput {
  plan: Located<Plan>;
  planText: string;
  /** How problems name content/source/plan.txt. */
  planTextFile: string;
  areas: { value: Area; source: YamlSource; path: (string | number)[] }[];
  /** Every name a unit goes by: its name, then its aliases (plans of one site may spell it differently). */
  unitNames: (id: string) => string[];
  tasks: (Located<Task> & { fileName: string })[];
}

/** 2022-10-13 → 2022年10月13日, as documents date themselves. */
export const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** How much of each side to show around the first difference. */
const EXCERPT = 12;

/** Where two texts first differ, with a few characters of each from there; undefined when equal. */
export function firstDifference(written: string, original: string): { index: number; written: string; original: string } | undefined {
  if (written === original) return undefined;
  const a = [...written];
  const b = [...original];
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  const excerpt = (chars: string[]) => (index >= chars.length ? '(到此结束)' : chars.slice(index, index + EXCERPT).join('') + (chars.length > index + EXCERPT ? '…' : ''));
  return { index, written: excerpt(a), original: excerpt(b) };
}

/** A number as the fidelity check counts it (the importer reads the same ones). */
export const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;

/** Numbers in `text` not inside any of `quotes` (each occurrence of each quote counts). */
export function uncoveredNumbers(text: string, quotes: string[]): string[] {
  const covered: [number, number][] = [];
  for (const quote of quotes) {
    if (!quote) continue;
    for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) covered.push([i, i + quote.length]);
  }
  const out: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!covered.some(([from, to]) => from <= start && end <= to)) out.push(match[0]);
  }
  return out;
}

export function planFidelityProblems(input: FidelityInput): Problem[] {
  const problems: Problem[] = [];
  const inText = (line: number, code: string, message: string, fix: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: input.planTextFile, line, col: 1, severity, code, field: '', message, fix });
  const error = (source: YamlSource, path: (string | number)[], code: string, message: string, fix?: string) => problems.push(problemAt(source, path, code, message, fix));
  const warning = (source: YamlSource, path: (string | number)[], code: string, message: string, fix?: string) =>
    problems.push(problemAt(source, path, code, message, fix, { severity: 'warning' }));

  const { value: plan, source: planSource } = input.plan;
  const document = readPlanDocument(input.planText, plan.title);
  const lines = input.planText.split(/\r\n|\r|\n/);

  // The document facts.
  if (!lines.includes(plan.title)) error(planSource, ['title'], 'plan.document-title', `方案原文中没有单独成行的标题“${plan.title}”`, `title 应与 ${input.planTextFile} 中的标题行一字不差`);
  if (!input.planText.includes(plan.number)) error(planSource, ['number'], 'plan.document-number', `方案原文中没有文号“${plan.number}”`, `number 应与 ${input.planTextFile} 中的文号一字不差(包括〔〕)`);
  if (!input.planText.includes(chineseDate(plan.date))) error(planSource, ['date'], 'plan.document-date', `方案原文中没有成文日期“${chineseDate(plan.date)}”`, `date 应为原文落款的日期,写作 YYYY-MM-DD`);

  // The structure: a text in which nothing is recognised is never a silent pass.
  if (document.areas.length === 0) {
    inText(1, 'plan.no-areas', '方案原文中没有找到领域标题(如“(一)开展公共教育服务质量提升行动。”)', '请确认这是方案全文;领域标题以 (一) 或 (一) 开头,位于含任务段落的那一部分');
  }
  if (document.tasks.length === 0) {
    inText(1, 'plan.no-tasks', '方案原文中没有找到任务段落(如“1.……(牵头单位:……;责任单位:……)”)', '任务段落以序号加点(1. 或 1.)开头、以单位括注结尾,全角或半角标点均可');
  }

  const textTasks = new Map<number, PlanTask>();
  for (const task of document.tasks) {
    if (textTasks.has(task.id)) inText(task.line, 'plan.task-twice', `方案原文中第 ${task.id} 项任务出现了两次(另见第 ${textTasks.get(task.id)!.line} 行)`, '请核对方案原文的任务序号');
    else textTasks.set(task.id, task);
  }
  const fileIds = new Set(input.tasks.map((t) => t.value.id));
  if (input.tasks.length === 0 && textTasks.size > 0) {
    // No task file read at all (a missing or misplaced tasks/ folder says why): one line, not one per task.
    const first = [...textTasks.values()][0]!;
    inText(first.line, 'plan.no-task-files', `方案原文有 ${textTasks.size} 项任务,但没有读到任何任务文件`, '每项任务一个文件,放在 content/tasks/ 中,如 content/tasks/01.yaml');
  } else {
    for (const task of textTasks.values()) {
      if (!fileIds.has(task.id)) inText(task.line, 'plan.task-without-file', `方案原文第 ${task.id} 项任务没有任务文件`, `新建 content/tasks/${taskFileName(task.id)},原文见本行`);
    }
  }

  // Areas: each is a heading of the document, and each heading an area.
  const headingByNumber = new Map(document.areas.map((a) => [a.number, a]));
  const areaNumbers = new Set(input.areas.map((a) => a.value.number));
  for (const { value: area, source, path } of input.areas) {
    const heading = headingByNumber.get(area.number);
    if (!heading) error(source, [...path, 'number'], 'plan.area-missing', `方案原文中没有领域标题(${area.number})`, `可选的领域序号: ${[...headingByNumber.keys()].join('、') || '(原文中没有找到)'}`);
    else if (heading.name !== area.name && heading.name !== `${area.name}。`) {
      error(source, [...path, 'name'], 'plan.area-name', `领域名称与方案原文不一致`, `方案原文为: ${heading.name.replace(/。$/, '')}`);
    }
  }
  for (const heading of document.areas) {
    if (!areaNumbers.has(heading.number)) inText(heading.line, 'plan.area-without-entry', `方案原文的领域(${heading.number})不在 content/areas.yaml 中`, '在 areas.yaml 中按方案顺序添加这个领域');
  }
  const areaIdByNumber = new Map(input.areas.map((a) => [a.value.number, a.value.id]));

  for (const { value: task, source } of input.tasks) {
    const original = textTasks.get(task.id);
    if (!original) {
      // Only when the document's tasks were found at all: otherwise plan.no-tasks has said it once.
      if (document.tasks.length > 0) error(source, ['id'], 'plan.task-not-in-text', `方案原文中没有第 ${task.id} 项任务`, `方案原文中的任务序号为 ${[...textTasks.keys()].join('、')}`);
      continue;
    }
    const difference = firstDifference(task.text, original.text);
    if (difference) {
      error(
        source,
        ['text'],
        'plan.text',
        `任务原文与方案原文(${input.planTextFile} 第 ${original.line} 行)从第 ${difference.index + 1} 个字起不一致:本文件为“${difference.written}”,方案原文为“${difference.original}”`,
        '请从方案原文逐字复制,不要改动标点',
      );
    }
    if (!task.text.startsWith(`${task.title}。`)) {
      error(source, ['title'], 'plan.title', '任务名称应为原文的第一句(第一个句号之前的文字)', `原文第一句是: ${task.text.split('。')[0]}`);
    }
    const expectedArea = original.area === undefined ? undefined : areaIdByNumber.get(original.area);
    // An area id that does not exist at all is reported once, by the reference check.
    if (expectedArea !== undefined && task.area !== expectedArea && areaIdByNumber.size > 0 && [...areaIdByNumber.values()].includes(task.area)) {
      error(source, ['area'], 'plan.area', `方案原文中第 ${task.id} 项任务在领域(${original.area})之下`, `area 应为 ${expectedArea}`);
    }
    for (const role of ['lead', 'responsible'] as const) {
      const ids = task[role];
      const matches = ids.length === original[role].length && ids.every((id, i) => input.unitNames(id).includes(original[role][i]!));
      if (!matches) {
        error(source, [role], 'plan.units', `${role === 'lead' ? '牵头单位' : '责任单位'}与方案原文不一致`, `方案原文为: ${original[role].join('、') || '(无)'}`);
      }
    }
    (task.non_targets ?? []).forEach((entry, i) => {
      if (!task.text.includes(entry.quote)) error(source, ['non_targets', i, 'quote'], 'plan.non-target-quote', '引文不在任务原文中', '引文必须是任务原文中连续的一段文字,一字不差');
    });
    const quotes = [...task.targets.map((t) => t.quote), ...(task.non_targets ?? []).map((n) => n.quote)];
    // A quote not in the text is already an error; the numbers it was meant to cover would only repeat it.
    const uncovered = quotes.every((q) => task.text.includes(q)) ? uncoveredNumbers(task.text, quotes) : [];
    if (uncovered.length > 0) {
      warning(
        source,
        ['text'],
        'plan.number-uncovered',
        `任务原文中的数字 ${uncovered.join('、')} 既不在数量目标(targets)中,也没有列为非数量目标(non_targets)`,
        '是数量目标的,在 targets 中添加;不是的(电话号码、型号、年度名称等),在 non_targets 中写明引文和原因',
      );
    }
  }
  return problems;
}
