// /calendar.ics (RFC 5545, written by ical-generator): each quarter's reporting deadline and every
// target's deadline, as all-day events for Outlook, WPS and phone calendars. Deterministic: UIDs from
// the quarter or the task and target ids and the site's host (so a re-imported calendar updates its
// events rather than doubling them), DTSTAMP from the data's as-of date, never the clock.
import ical, { ICalAlarmType } from 'ical-generator';
import type { Dataset } from '../content/load.ts';
import { asOfDate } from '../derive/as-of.ts';
import { DEMO_LABEL, dueDaysAfterQuarter, periodLabel, periodOfDate, periodRange, reportDueDate, reportingWindow, type Task } from '../schema/index.ts';
import { targetText } from '../site/format.ts';
import { pagePath, planPath } from '../site/url-scheme.ts';

export type CalendarInput = Pick<Dataset, 'id' | 'site' | 'plan' | 'tasks' | 'reports' | 'demo'>;

export interface CalendarEvent {
  uid: string;
  /** ISO date of the all-day event. */
  date: string;
  summary: string;
  description: string;
  /** Site-relative page path. */
  page: string;
  /** Days before the event a calendar reminds (0: none). */
  remindDaysBefore: number;
}

const REMIND_DAYS_BEFORE = 3;

/**
 * The quarters with a deadline: the reporting window, or for an open-ended plan up to the later of the
 * latest target deadline and the latest report (nothing of the calendar is guessed beyond the content).
 */
export function calendarPeriods(input: Pick<CalendarInput, 'plan' | 'tasks' | 'reports'>): string[] {
  const window = reportingWindow(input.plan);
  if (window.last !== undefined) return periodRange(window.first, window.last);
  const deadlines = input.tasks.flatMap((t) => t.targets.flatMap((g) => (g.deadline ? [periodOfDate(g.deadline)] : [])));
  // YYYY-Qn compare chronologically as strings.
  const last = [window.first, ...deadlines, ...input.reports.map((r) => r.period)].reduce((a, b) => (a > b ? a : b));
  return periodRange(window.first, last);
}

function targetEvents(task: Task, host: string, plan: string): CalendarEvent[] {
  return task.targets.flatMap((target) =>
    target.deadline === undefined
      ? []
      : [
          {
            uid: `target-${task.id}-${target.id}@${host}`,
            date: target.deadline,
            summary: `任务${task.id}目标期限:${target.label}(${targetText(target)})`,
            description: `任务${task.id}「${task.title}」:${target.quote}`,
            page: planPath(plan).task(task.id),
            remindDaysBefore: 0,
          },
        ],
  );
}

/** Every event, deadlines of quarters first (oldest first), then targets in task-file order. */
export function calendarEvents(input: CalendarInput): CalendarEvent[] {
  const host = new URL(input.site.site).hostname;
  const days = dueDaysAfterQuarter(input.plan);
  const quarters = calendarPeriods(input).map(
    (period): CalendarEvent => ({
      uid: `report-due-${period}@${host}`,
      date: reportDueDate(period, input.plan),
      summary: `${periodLabel(period)}进展报送期限`,
      description: `各牵头单位报送${periodLabel(period)}进展的最后一天(季度结束后第${days}天);过期仍未报送的为逾期未报。`,
      page: pagePath.submit,
      remindDaysBefore: REMIND_DAYS_BEFORE,
    }),
  );
  return [...quarters, ...input.tasks.flatMap((task) => targetEvents(task, host, input.id))];
}

const utcDay = (iso: string, plusDays = 0) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + plusDays));
};

/** The .ics text. */
export function calendarIcs(input: CalendarInput, siteRoot: string): string {
  const name = `${input.site.title}${input.demo ? `(${DEMO_LABEL})` : ''}:报送期限与目标期限`;
  const calendar = ical({ name, description: name, prodId: { company: 'plan-tracker', product: 'calendar', language: 'ZH' } });
  const stamp = utcDay(asOfDate(input) ?? input.plan.date);
  for (const event of calendarEvents(input)) {
    calendar.createEvent({
      id: event.uid,
      start: utcDay(event.date),
      end: utcDay(event.date, 1),
      allDay: true,
      stamp,
      summary: `${input.demo ? `【${DEMO_LABEL}】` : ''}${event.summary}`,
      description: event.description,
      url: new URL(event.page, siteRoot).href,
      alarms: event.remindDaysBefore > 0 ? [{ type: ICalAlarmType.display, trigger: event.remindDaysBefore * 86400, description: event.summary }] : [],
    });
  }
  return calendar.toString();
}
