// /calendar.ics and /{id}/calendar.ics (RFC 5545, written by ical-generator): each quarter's reporting
// deadline and every target's deadline, as all-day events for Outlook, WPS and phone calendars; the site's
// calendar holds every plan's. Deterministic: UIDs from the plan id, the quarter or the task and target ids
// and the site's host (so a re-imported calendar updates its events rather than doubling them, and two
// plans' same quarter or task 3 are two events), DTSTAMP from the plan's data as-of date, never the clock.
import ical, { ICalAlarmType } from 'ical-generator';
import type { Dataset } from '../content/load.ts';
import { asOfDate } from '../derive/as-of.ts';
import { DEMO_LABEL, dueDaysAfterQuarter, planName, periodLabel, periodOfDate, periodRange, reportDueDate, reportingWindow, type SiteSettings, type Task } from '../schema/index.ts';
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

function targetEvents(task: Task, host: string, plan: string, prefix: string): CalendarEvent[] {
  return task.targets.flatMap((target) =>
    target.deadline === undefined
      ? []
      : [
          {
            uid: `target-${plan}-${task.id}-${target.id}@${host}`,
            date: target.deadline,
            summary: `${prefix}任务${task.id}目标期限:${target.label}(${targetText(target)})`,
            description: `任务${task.id}「${task.title}」:${target.quote}`,
            page: planPath(plan).task(task.id),
            remindDaysBefore: 0,
          },
        ],
  );
}

/**
 * Every event of one plan, deadlines of quarters first (oldest first), then targets in task-file order.
 * `named`: the summaries start with the plan's name, for a calendar that holds several plans.
 */
export function calendarEvents(input: CalendarInput, named = false): CalendarEvent[] {
  const host = new URL(input.site.site).hostname;
  const days = dueDaysAfterQuarter(input.plan);
  const name = planName(input.plan);
  const prefix = named ? `【${name}】` : '';
  const quarters = calendarPeriods(input).map(
    (period): CalendarEvent => ({
      uid: `report-due-${input.id}-${period}@${host}`,
      date: reportDueDate(period, input.plan),
      summary: `${prefix}${periodLabel(period)}进展报送期限`,
      description: `各牵头单位报送《${input.plan.title}》${periodLabel(period)}进展的最后一天(季度结束后第${days}天);过期仍未报送的为逾期未报。`,
      page: pagePath.submit,
      remindDaysBefore: REMIND_DAYS_BEFORE,
    }),
  );
  return [...quarters, ...input.tasks.flatMap((task) => targetEvents(task, host, input.id, prefix))];
}

const utcDay = (iso: string, plusDays = 0) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + plusDays));
};

// Each event is marked by its own plan's reports: a plan of the site may have demo reports while another has none.
function ics(name: string, plans: readonly CalendarInput[], named: boolean, siteRoot: string): string {
  const calendar = ical({ name, description: name, prodId: { company: 'plan-tracker', product: 'calendar', language: 'ZH' } });
  for (const input of plans) {
    const stamp = utcDay(asOfDate(input) ?? input.plan.date);
    for (const event of calendarEvents(input, named)) {
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
  }
  return calendar.toString();
}

const demoMark = (demo: boolean) => (demo ? `(${DEMO_LABEL})` : '');

/** One plan's .ics text, /{id}/calendar.ics. */
export function calendarIcs(input: CalendarInput, siteRoot: string): string {
  return ics(`${input.site.title}${demoMark(input.demo)}:${planName(input.plan)}报送期限与目标期限`, [input], false, siteRoot);
}

/** The site's .ics text, /calendar.ics: every plan's events, each named by its plan once there are several. */
export function siteCalendarIcs(input: { site: SiteSettings; demo: boolean; plans: readonly CalendarInput[] }, siteRoot: string): string {
  return ics(`${input.site.title}${demoMark(input.demo)}:报送期限与目标期限`, input.plans, input.plans.length > 1, siteRoot);
}
