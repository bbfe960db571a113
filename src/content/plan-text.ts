// Reading the plan's own text (content/source/plan.txt): its structure (sections 一、, areas (一), tasks
// 1. with their unit parenthesis) for the /plan/ page and for the validator's fidelity checks. Plans are
// published with full-width punctuation (（一）, 1．, （牵头单位：…；责任单位：…）) or, once retyped, with
// half-width; both are read alike. The text of every line is kept verbatim: only the structure is
// recognised through the two forms, never the words compared.

export type PlanBlock =
  | { kind: 'meta'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'section'; text: string }
  | { kind: 'area'; text: string; number: string }
  | { kind: 'task'; text: string; id: number }
  | { kind: 'paragraph'; text: string };

/** A task paragraph as the plan writes it. */
export interface PlanTask {
  id: number;
  /** 1-based line in plan.txt. */
  line: number;
  /** The paragraph after its number (`1.` / `1．`) and before the unit parenthesis. */
  text: string;
  lead: string[];
  responsible: string[];
  /** The area heading's number (一, 二 …) it stands under, or undefined before the first. */
  area: string | undefined;
}

export interface PlanArea {
  number: string;
  /** The heading after its number, e.g. 开展公共教育服务质量提升行动。 */
  name: string;
  line: number;
}

export interface PlanDocument {
  blocks: PlanBlock[];
  areas: PlanArea[];
  tasks: PlanTask[];
}

const CN_NUMBER = '[一二三四五六七八九十百]+';
const SECTION = new RegExp(`^${CN_NUMBER}、`);
const SUBSECTION = new RegExp(`^[(（](${CN_NUMBER})[)）](.*)$`);
// 1. 1． 1、 and full-width digits; a decimal such as "1.5万" never starts a paragraph.
const TASK_LINE = /^([0-9０-９]+)[.．、](?![0-9０-９])(.*)$/;
const UNIT_PARENTHESIS = /[(（]牵头单位[:：]([^;；)）]*)(?:[;；]责任单位[:：]([^)）]*))?[)）]$/;
const UNIT_SEPARATOR = /[、,，]/;

const toNumber = (digits: string) => Number(digits.normalize('NFKC'));
const splitUnits = (s: string | undefined) => (s ? s.split(UNIT_SEPARATOR).map((u) => u.trim()).filter(Boolean) : []);

/** The document line by line (blank lines dropped), each classified, with its areas and tasks. */
export function readPlanDocument(planText: string, title: string): PlanDocument {
  const lines = planText
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== '');
  const titleIndex = lines.findIndex(({ text }) => text === title);
  // Areas are the (一) headings of the section that holds the task paragraphs; elsewhere (保障措施) a (一)
  // line is a paragraph of its own.
  const sectionOf: number[] = [];
  let section = -1;
  lines.forEach(({ text }, i) => {
    if (i > titleIndex && SECTION.test(text)) section = i;
    sectionOf.push(section);
  });
  const isTaskLine = (text: string) => TASK_LINE.test(text) && UNIT_PARENTHESIS.test(text);
  const taskSections = new Set(lines.flatMap(({ text }, i) => (i > titleIndex && isTaskLine(text) ? [sectionOf[i]] : [])));

  const blocks: PlanBlock[] = [];
  const areas: PlanArea[] = [];
  const tasks: PlanTask[] = [];
  let area: string | undefined;
  lines.forEach(({ text, line }, i) => {
    if (i < titleIndex) return void blocks.push({ kind: 'meta', text });
    if (i === titleIndex) return void blocks.push({ kind: 'title', text });
    if (SECTION.test(text)) return void blocks.push({ kind: 'section', text });
    const task = TASK_LINE.exec(text);
    const units = UNIT_PARENTHESIS.exec(text);
    if (task && units) {
      const id = toNumber(task[1]!);
      tasks.push({ id, line, text: task[2]!.slice(0, task[2]!.length - units[0].length), lead: splitUnits(units[1]), responsible: splitUnits(units[2]), area });
      return void blocks.push({ kind: 'task', text, id });
    }
    const sub = SUBSECTION.exec(text);
    if (sub && taskSections.has(sectionOf[i])) {
      area = sub[1]!;
      areas.push({ number: area, name: sub[2]!, line });
      return void blocks.push({ kind: 'area', text, number: area });
    }
    blocks.push({ kind: 'paragraph', text });
  });
  return { blocks, areas, tasks };
}

/** The document line by line, each classified; the text of every block is the line verbatim. */
export function planBlocks(planText: string, title: string): PlanBlock[] {
  return readPlanDocument(planText, title).blocks;
}

/** Lead and responsible unit names per task id, as the plan writes them (split at 、 and ,). */
export function unitsInPlanText(planText: string, title = ''): Map<number, { lead: string[]; responsible: string[] }> {
  return new Map(readPlanDocument(planText, title).tasks.map((t) => [t.id, { lead: t.lead, responsible: t.responsible }]));
}
