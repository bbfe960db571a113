// The plan's parts → the content of a folder: plan.yaml, areas.yaml, units.yaml and one task each, as the
// loader reads them, with what the importer could not read from the words listed for the summary.
import { DEFAULT_DUE_DAYS_AFTER_QUARTER, periodOfDate, type Area, type Plan, type Task, type Unit } from '../schema/index.ts';
import { areasFromHeadings } from './areas.ts';
import { readPlanParts, type PlanSection } from './plan-document.ts';
import { findTargets, type PassedOver } from './targets.ts';
import { isCommonUnit, unitsFromNames } from './units.ts';

export interface ImportedPlan {
  plan: Plan;
  areas: Area[];
  units: Unit[];
  tasks: Task[];
  /** The text as read, for source/plan.txt. */
  text: string;
  /** Numbers left uncovered, per task id. */
  passedOver: Map<number, PassedOver[]>;
  /** plan.yaml facts the header did not give (written as placeholders). */
  missing: string[];
  /** Units whose id is pinyin, not from the table. */
  pinyinUnits: Unit[];
}

// 天政办发〔2022〕37号 → 2022-37: stable (a document number is never reused) and readable in an address.
const DOCUMENT_NUMBER = /[〔\[(（]([0-9]{4})[〕\])）]\s*([0-9]+)\s*号/;

/** The plan's id as first proposed: year and serial of its document number, else its year; printed for review. */
export function proposedPlanId(number: string | undefined, date: string): string {
  const m = number === undefined ? null : DOCUMENT_NUMBER.exec(number);
  return m ? `${m[1]}-${Number(m[2])}` : date.slice(0, 4);
}

const GOAL = /到[0-9０-９]{4}年[\s\S]*$/;

/** 总体要求: its text, and the goal in it (the sentences from the first 到YYYY年 on). */
function generalRequirements(section: PlanSection | undefined) {
  const text = section?.paragraphs.join('\n') || '(原文没有总体要求)';
  return { heading: section?.heading.replace(/[。．]$/, '') || '总体要求', text, goal: GOAL.exec(text)?.[0] ?? text };
}

const SAFEGUARD = /^[(（]([一二三四五六七八九十]+)[)）](.*)$/;

/** 保障措施: each (一)… paragraph of the sections after the tasks, its title the first sentence. */
function safeguards(sections: readonly PlanSection[]): Plan['safeguards'] {
  return sections.flatMap((section) =>
    section.paragraphs.flatMap((paragraph) => {
      const m = SAFEGUARD.exec(paragraph);
      if (!m) return [];
      const text = m[2]!.trim();
      return [{ number: m[1]!, title: text.split(/[。．]/)[0]!, text }];
    }),
  );
}

export function importPlanText(text: string): ImportedPlan {
  const parts = readPlanParts(text);
  const { header, document } = parts;
  const missing: string[] = [];
  const need = (value: string | undefined, what: string, placeholder: string) => {
    if (value) return value;
    missing.push(what);
    return placeholder;
  };
  const date = need(header.date, '成文日期(date)', '2000-01-01');
  const planYear = Number(date.slice(0, 4));

  const areas = areasFromHeadings(document.areas);
  const areaId = new Map(document.areas.map((a, i) => [a.number, areas[i]!.id]));
  const units = unitsFromNames(document.tasks.flatMap((t) => [...t.lead, ...t.responsible]));
  const unitId = new Map(units.map((u) => [u.name, u.id]));
  const passedOver = new Map<number, PassedOver[]>();
  const tasks: Task[] = document.tasks.map((t) => {
    const found = findTargets(t.text, planYear);
    if (found.passedOver.length) passedOver.set(t.id, found.passedOver);
    return {
      id: t.id,
      area: t.area === undefined ? need(undefined, `第 ${t.id} 项任务所属的领域(area)`, 'area') : areaId.get(t.area)!,
      title: t.text.split('。')[0]!,
      text: t.text,
      lead: t.lead.map((name) => unitId.get(name)!),
      responsible: t.responsible.map((name) => unitId.get(name)!),
      targets: found.targets,
      ...(found.nonTargets.length ? { non_targets: found.nonTargets } : {}),
    };
  });
  // Reports are due until the quarter of the last deadline the plan names.
  const lastDeadline = tasks.flatMap((t) => t.targets.flatMap((g) => (g.deadline ? [g.deadline] : []))).sort().at(-1);
  const plan: Plan = {
    number: need(header.number, '文号(number)', '(请填写文号)'),
    issuer: need(header.issuer, '发文单位(issuer)', '(请填写发文单位)'),
    date,
    title: parts.title,
    ...(header.noticeHeading ? { notice_heading: header.noticeHeading } : {}),
    ...(header.recipients ? { recipients: header.recipients } : {}),
    preamble: parts.preamble.join('\n') || '(原文没有开头语)',
    general_requirements: generalRequirements(parts.before[0]),
    safeguards: safeguards(parts.after),
    ...(parts.attachment ? { attachment: parts.attachment } : {}),
    ...(lastDeadline ? { reporting: { last_period: periodOfDate(lastDeadline), due_days_after_quarter: DEFAULT_DUE_DAYS_AFTER_QUARTER } } : {}),
    id: proposedPlanId(header.number, date),
  };
  return { plan, areas, units, tasks, text, passedOver, missing, pinyinUnits: units.filter((u) => !isCommonUnit(u.name)) };
}
