// Reading the plan's own text (content/source/plan.txt): its blocks for the /plan/ page and the
// units each task's parenthesis names, which the validator compares with the task files.

export type PlanBlock =
  | { kind: 'meta'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'section'; text: string }
  | { kind: 'area'; text: string; number: string }
  | { kind: 'task'; text: string; id: number }
  | { kind: 'paragraph'; text: string };

const SECTION = /^[一二三四五六七八九十]+、/;
const SUBSECTION = /^\(([一二三四五六七八九十]+)\)/;
const TASK_LINE = /^(\d+)\.(.*)$/;
const UNIT_PARENTHESIS = /\(牵头单位:([^;)]*)(?:;责任单位:([^)]*))?\)$/;

/** The document line by line, each classified; the text of every block is the line verbatim. */
export function planBlocks(planText: string, title: string): PlanBlock[] {
  const lines = planText.split(/\r?\n/).filter((line) => line.trim() !== '');
  const titleIndex = lines.indexOf(title);
  return lines.map((text, i): PlanBlock => {
    if (i < titleIndex) return { kind: 'meta', text };
    if (i === titleIndex) return { kind: 'title', text };
    if (SECTION.test(text)) return { kind: 'section', text };
    const task = TASK_LINE.exec(text);
    if (task && UNIT_PARENTHESIS.test(text)) return { kind: 'task', text, id: Number(task[1]) };
    const sub = SUBSECTION.exec(text);
    if (sub && text.length < 40) return { kind: 'area', text, number: sub[1]! };
    return { kind: 'paragraph', text };
  });
}

/** Lead and responsible unit names per task id, as the plan writes them (split at 、 and ,). */
export function unitsInPlanText(planText: string): Map<number, { lead: string[]; responsible: string[] }> {
  const out = new Map<number, { lead: string[]; responsible: string[] }>();
  for (const line of planText.split(/\r?\n/)) {
    const task = TASK_LINE.exec(line);
    const units = UNIT_PARENTHESIS.exec(line);
    if (!task || !units) continue;
    const split = (s: string | undefined) => (s ? s.split(/[、,]/).filter(Boolean) : []);
    out.set(Number(task[1]), { lead: split(units[1]), responsible: split(units[2]) });
  }
  return out;
}
