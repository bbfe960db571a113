// 临近提醒 and 到期催办: at a date, the open quarter (the last one that has ended, while it is in the
// reporting window), its deadline, and per lead unit the tasks it has not reported yet. Pure: the date
// is given (the CLI's --as-of, by default today in China), and a report counts from its reported_on,
// so asking about a past date gives what was outstanding then. A site of several plans gets one issue
// per quarter (siteReminders): every plan expecting the quarter, grouped by unit, since a department
// leads tasks in several plans and should be asked once.
import type { Dataset } from '../content/load.ts';
import { taskFileName } from '../content/paths.ts';
import { MISSING_STATE, isInWindow, planName, missingReportState, periodLabel, periodOfDate, previousPeriod, reportingWindow, dueDaysAfterQuarter, type MissingStateKey } from '../schema/index.ts';

/** Reminders start this many days before the deadline. */
export const REMIND_DAYS_BEFORE = 5;

export type ReminderInput = Pick<Dataset, 'site' | 'plan' | 'units' | 'tasks' | 'reports'>;

export interface UnitReminder {
  unit: string;
  name: string;
  /** The unit's GitHub team (units.yaml), else the maintainers (site.yaml); undefined when neither is set. */
  mention: string | undefined;
  tasks: { id: number; title: string }[];
}

export interface Reminders {
  date: string;
  period: string;
  dueOn: string;
  /** too_early: more than REMIND_DAYS_BEFORE days before the deadline, nothing is posted yet. */
  phase: 'too_early' | 'upcoming' | 'overdue';
  state: MissingStateKey;
  /** Lead units owing a report, units.yaml order; a task with two lead units is listed under both. */
  units: UnitReminder[];
}

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** The quarter whose reports are being collected at `date`: the last ended one, if the window expects it. */
export function openQuarter(date: string, plan: ReminderInput['plan']): string | null {
  const period = previousPeriod(periodOfDate(date));
  return isInWindow(period, reportingWindow(plan)) ? period : null;
}

/** What is due or late at `date`; null when no quarter is open. */
export function reminders(input: ReminderInput, date: string): Reminders | null {
  const period = openQuarter(date, input.plan);
  if (period === null) return null;
  const { dueOn, state } = missingReportState(period, date, input.plan);
  const reported = new Set(input.reports.filter((r) => r.period === period && r.reported_on <= date).map((r) => r.task));
  const owed = new Map<string, { id: number; title: string }[]>();
  for (const task of input.tasks) {
    if (reported.has(task.id)) continue;
    for (const unit of new Set(task.lead)) owed.set(unit, [...(owed.get(unit) ?? []), { id: task.id, title: task.title }]);
  }
  const units = input.units
    .filter((u) => owed.has(u.id))
    .map((u): UnitReminder => ({ unit: u.id, name: u.name, mention: u.github ?? input.site.maintainers, tasks: owed.get(u.id)! }));
  const phase = state === 'late' ? 'overdue' : daysBetween(date, dueOn) <= REMIND_DAYS_BEFORE ? 'upcoming' : 'too_early';
  return { date, period, dueOn, phase, state, units };
}

/** The Markdown a reminder issue holds (and the dry run prints). */
export function remindersMarkdown(r: Reminders, plan: ReminderInput['plan']): string {
  const quarter = periodLabel(r.period);
  const word = MISSING_STATE[r.state].label;
  const lines = [`## ${quarter}进展报送${r.phase === 'overdue' ? '催办' : '提醒'}(截至 ${r.date})`, ''];
  lines.push(`报送期限:${r.dueOn}(季度结束后第 ${dueDaysAfterQuarter(plan)} 天,当天仍可报送)。`);
  if (r.units.length === 0) {
    lines.push('', `${quarter}的进展已全部报送,谢谢各单位。`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    r.phase === 'overdue'
      ? `报送期限已过,以下任务仍未报送(${word}),请牵头单位尽快报送:`
      : `报送期限将至,以下任务尚未报送(${word}),请牵头单位在期限前报送:`,
  );
  for (const unit of r.units) {
    lines.push('', `### ${unit.name}${unit.mention ? ` ${unit.mention}` : ''}`, '');
    for (const task of unit.tasks) lines.push(`- 任务 ${task.id}:${task.title}(${word})`);
  }
  lines.push('', '报送方法见 CONTRIBUTING.md(报送指南)或本站“单位报送”页面。');
  return `${lines.join('\n')}\n`;
}

/** One plan's part of a site's reminders: its own deadline, since due_days may differ between plans. */
export interface PlanDue {
  id: string;
  /** plan.yaml `short`, else its title: how staff tell the plans apart. */
  name: string;
  dueOn: string;
  dueDays: number;
  phase: Reminders['phase'];
  state: MissingStateKey;
}

export interface SiteUnitReminder {
  unit: string;
  name: string;
  mention: string | undefined;
  /** What the unit owes, plan by plan in the site's plan order; tasks with the report file to write. */
  plans: { plan: string; name: string; state: MissingStateKey; tasks: { id: number; title: string; path: string }[] }[];
}

export interface SiteReminders {
  date: string;
  period: string;
  /** The earliest deadline of the plans that expect the quarter. */
  dueOn: string;
  /** The most pressing phase of those plans: the issue is opened as soon as one plan's deadline nears. */
  phase: Reminders['phase'];
  /** Plans whose reporting window contains the quarter, site order. */
  plans: PlanDue[];
  /** Units owing a report in any of them, units.yaml order. */
  units: SiteUnitReminder[];
}

export type SiteReminderInput = { site: ReminderInput['site']; units: ReminderInput['units']; plans: (ReminderInput & Pick<Dataset, 'id' | 'folder'>)[] };

const PHASES: readonly Reminders['phase'][] = ['too_early', 'upcoming', 'overdue'];

/**
 * What is due or late at `date` across every plan of the site: one quarter (the last ended one), and per
 * unit what it owes in each plan that expects that quarter. Null when no plan expects it.
 */
export function siteReminders(input: SiteReminderInput, date: string): SiteReminders | null {
  const perPlan = input.plans.flatMap((plan) => {
    const due = reminders({ ...plan, site: input.site, units: input.units }, date);
    return due === null ? [] : [{ plan, due }];
  });
  if (perPlan.length === 0) return null;
  const period = perPlan[0]!.due.period;
  const plans = perPlan.map(({ plan, due }): PlanDue => ({ id: plan.id, name: planName(plan.plan), dueOn: due.dueOn, dueDays: dueDaysAfterQuarter(plan.plan), phase: due.phase, state: due.state }));
  const units = input.units.flatMap((u): SiteUnitReminder[] => {
    const owed = perPlan.flatMap(({ plan, due }, i) => {
      const tasks = due.units.find((r) => r.unit === u.id)?.tasks;
      if (!tasks) return [];
      const folder = `content/${plan.folder}`;
      return [{ plan: plan.id, name: plans[i]!.name, state: due.state, tasks: tasks.map((t) => ({ ...t, path: `${folder}reports/${period}/${taskFileName(t.id)}` })) }];
    });
    return owed.length === 0 ? [] : [{ unit: u.id, name: u.name, mention: u.github ?? input.site.maintainers, plans: owed }];
  });
  const phase = PHASES[Math.max(...plans.map((p) => PHASES.indexOf(p.phase)))]!;
  const dueOn = plans.map((p) => p.dueOn).sort()[0]!;
  return { date, period, dueOn, phase, plans, units };
}

/** The Markdown of a site's reminder issue; a site of one plan gets exactly that plan's reminders. */
export function siteRemindersMarkdown(r: SiteReminders, input: SiteReminderInput): string {
  if (input.plans.length === 1) {
    const plan = input.plans[0]!;
    const one = reminders({ ...plan, site: input.site, units: input.units }, r.date)!;
    return remindersMarkdown(one, plan.plan);
  }
  const quarter = periodLabel(r.period);
  const lines = [`## ${quarter}进展报送${r.phase === 'overdue' ? '催办' : '提醒'}(截至 ${r.date})`, ''];
  lines.push('报送期限(期限当天仍可报送):', '');
  for (const p of r.plans) {
    lines.push(`- ${p.name}:${p.dueOn}(季度结束后第 ${p.dueDays} 天)${p.state === 'late' ? ',已过期限' : ''}`);
  }
  if (r.units.length === 0) {
    lines.push('', `${quarter}的进展已全部报送,谢谢各单位。`);
    return `${lines.join('\n')}\n`;
  }
  lines.push('', '以下任务尚未报送,请牵头单位按各方案的期限报送(括号内为报送文件):');
  for (const unit of r.units) {
    lines.push('', `### ${unit.name}${unit.mention ? ` ${unit.mention}` : ''}`);
    for (const owed of unit.plans) {
      const word = MISSING_STATE[owed.state].label;
      lines.push('', `${owed.name}:`, '');
      for (const task of owed.tasks) lines.push(`- 任务 ${task.id}:${task.title}(${word},${task.path})`);
    }
  }
  lines.push('', '报送方法见 CONTRIBUTING.md(报送指南)或本站“单位报送”页面。');
  return `${lines.join('\n')}\n`;
}
