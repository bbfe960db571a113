// /calendar.ics parsed back with ical.js (ical-generator writes it): exactly the quarters' reporting
// deadlines and the targets' deadlines, as all-day events.
import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { loadDataset } from '../../src/content/load.ts';
import { calendarIcs, calendarPeriods, siteCalendarIcs } from '../../src/export/calendar.ts';

const load = (reportsDir?: string) => {
  const loaded = loadDataset({ contentDir: 'content', ...(reportsDir ? { reportsDir, demo: true } : {}) });
  if (!loaded.ok) throw new Error('the dataset does not load');
  return loaded.dataset;
};
const real = load();
const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const events = (calendar: ICAL.Component) =>
  calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, start: event.startDate.toString(), end: event.endDate.toString(), allDay: event.startDate.isDate, summary: event.summary, alarms: vevent.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))) };
  });

describe('calendar.ics', () => {
  const text = calendarIcs(real, 'https://example.gov.cn/tracker/');
  const calendar = parse(text);
  const all = events(calendar);

  test('one reporting deadline per quarter of the window (2022-Q4 to 2025-Q4), the 10th day after it ends, reminded 3 days ahead', () => {
    const quarters = all.filter((e) => e.uid.startsWith('report-due-'));
    expect(quarters.map((e) => [e.uid, e.start])).toEqual(
      calendarPeriods(real).map((period, i) => [`report-due-ggfw-2022-${period}@${new URL(real.site.site).hostname}`, ['2023-01-10', '2023-04-10', '2023-07-10', '2023-10-10', '2024-01-10', '2024-04-10', '2024-07-10', '2024-10-10', '2025-01-10', '2025-04-10', '2025-07-10', '2025-10-10', '2026-01-10'][i]]),
    );
    expect(quarters).toHaveLength(13);
    expect(quarters[8]).toEqual({ uid: quarters[8]!.uid, start: '2025-01-10', end: '2025-01-11', allDay: true, summary: '2024年第四季度进展报送期限', alarms: ['-P3D'] });
  });

  test('every target with a deadline, and no other, as an all-day event on it', () => {
    const targets = all.filter((e) => e.uid.startsWith('target-'));
    const host = new URL(real.site.site).hostname;
    const expected = real.tasks.flatMap((task) => task.targets.filter((t) => t.deadline).map((t) => [`target-ggfw-2022-${task.id}-${t.id}@${host}`, t.deadline!]));
    expect(targets.map((e) => [e.uid, e.start])).toEqual(expected);
    expect(targets.every((e) => e.allDay && e.alarms.length === 0)).toBe(true);
    expect(all).toHaveLength(13 + expected.length);
    expect(expected.length).toBe(real.tasks.flatMap((t) => t.targets).filter((t) => t.deadline !== undefined).length);
    expect(targets.find((e) => e.uid.startsWith('target-ggfw-2022-36-'))).toMatchObject({ start: '2022-12-31', summary: expect.stringMatching(/^任务36目标期限:/) });
  });

  test('CRLF lines of at most 75 octets, a calendar name, no clock in it', () => {
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${real.site.title}:${real.plan.title}报送期限与目标期限`);
    // The site's calendar of a one-plan site: the same events, named after the site.
    const site = parse(siteCalendarIcs({ site: real.site, demo: false, plans: [real] }, 'https://example.gov.cn/tracker/'));
    expect(site.getFirstPropertyValue('x-wr-calname')).toBe(`${real.site.title}:报送期限与目标期限`);
    expect(events(site)).toEqual(all);
    // No reports yet: DTSTAMP is the plan's date, so two builds are identical.
    expect(new Set(calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('dtstamp'))))).toEqual(new Set(['2022-10-13T00:00:00Z']));
    expect(calendarIcs(real, 'https://example.gov.cn/tracker/')).toBe(text);
  });

  test('the demo calendar says so in its name and every event, stamped with the data\'s as-of date', () => {
    const demo = parse(calendarIcs(load('examples/demo/reports'), 'https://example.gov.cn/'));
    expect(String(demo.getFirstPropertyValue('x-wr-calname'))).toContain('演示数据');
    expect(events(demo).every((e) => e.summary.startsWith('【演示数据】'))).toBe(true);
    expect(String(demo.getAllSubcomponents('vevent')[0]!.getFirstPropertyValue('dtstamp'))).toBe('2025-01-20T00:00:00Z');
  });
});
