// 临近提醒 and 到期催办: at a date, the open quarter (the last one that has ended, while it is in the
// reporting window), its deadline, and per lead unit the tasks it has not reported yet. Pure: the date
// is given (the CLI's --as-of, by default today in China), and a report counts from its reported_on,
// so asking about a past date gives what was outstanding then.
import type { Dataset } from '../content/load.ts';
import { MISSING_STATE, isInWindow, missingReportState, periodLabel, periodOfDate, previousPeriod, reportingWindow, dueDaysAfterQuarter, type MissingStateKey } from '../schema/index.ts';

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
