// The downloads of a site with two plans (issue #25), made by the functions /data/, /{id}/data/, /feed.xml,
// /{id}/feed.xml, /calendar.ics and /{id}/calendar.ics call: the two-plan scenario (test/scenarios/two-plans.ts,
// Tianmen with the demo reports and Qingshan with its fixture reports) written to a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { deriveAll } from '../../src/derive/index.ts';
import { toCsvTables } from '../../src/export/csv.ts';
import { planDataFile, siteDataFile, type SiteExport } from '../../src/export/datasets.ts';
import { atomFeed, siteAtomFeed } from '../../src/export/feed.ts';
import { calendarIcs, siteCalendarIcs } from '../../src/export/calendar.ts';
import { DATA_FILES } from '../../src/site/url-scheme.ts';
import { TWO_PLANS_SCENARIO, writeTwoPlansContent } from '../scenarios/two-plans.ts';
import { REPO_ROOT } from './fixture-corpus.ts';

const GENERATED_AT = '2026-01-01T00:00:00.000Z';
const ROOT = 'https://example.org/tracker/';
const [TIANMEN, QINGSHAN] = TWO_PLANS_SCENARIO.plans;

const dir = mkdtempSync(join(tmpdir(), 'exports-plans-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const loaded = loadContent({ contentDir: writeTwoPlansContent(join(dir, 'content')), reportsDir: join(REPO_ROOT, 'examples/demo/reports'), plan: TIANMEN, demo: true, today: '2026-01-01' });
if (!loaded.ok) throw new Error(`the two-plan scenario does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
const { content } = loaded;
const site: SiteExport = { ...content, plans: content.plans.map((dataset) => ({ dataset, derived: deriveAll(dataset) })) };
const [tianmen, qingshan] = site.plans;

const rows = (text: string): string[][] => parseCsv(text, { bom: true, record_delimiter: '\r\n' });
const json = (text: string) => JSON.parse(text);

test('the scenario: Tianmen with its 40 tasks and the demo reports, Qingshan with 5 tasks and its own (not demo) reports', () => {
  expect([content.demo, tianmen!.dataset.demo, qingshan!.dataset.demo]).toEqual([true, true, false]);
  expect(site.plans.map((p) => [p.dataset.id, p.dataset.tasks.length])).toEqual([
    [TIANMEN, 40],
    [QINGSHAN, 5],
  ]);
  expect(tianmen!.dataset.reports.length).toBe(331);
  expect(qingshan!.dataset.reports.length).toBeGreaterThan(0);
});

describe('the site\'s data files hold both plans, in plan order', () => {
  test('tasks.csv: 45 task rows, the plan first, Tianmen\'s 40 then Qingshan\'s 5', () => {
    const [header, ...records] = rows(siteDataFile('tasks.csv', site, GENERATED_AT));
    expect(header!.slice(0, 2)).toEqual(['plan', 'id']);
    expect(records).toHaveLength(45);
    expect(records.map((r) => `${r[0]}/${r[1]}`)).toEqual([...Array.from({ length: 40 }, (_, i) => `${TIANMEN}/${i + 1}`), ...Array.from({ length: 5 }, (_, i) => `${QINGSHAN}/${i + 1}`)]);
  });

  test('each CSV: the header once, then each plan\'s own file\'s rows, exactly', () => {
    for (const file of DATA_FILES.filter((f) => f.endsWith('.csv'))) {
      const [header, ...records] = rows(siteDataFile(file, site, GENERATED_AT));
      const own = site.plans.map((p) => rows(planDataFile(file, p, GENERATED_AT)));
      for (const [ownHeader] of own) expect(ownHeader, file).toEqual(header);
      expect(records, file).toEqual(own.flatMap(([, ...r]) => r));
      expect([...new Set(records.map((r) => r[0]))], file).toEqual([TIANMEN, QINGSHAN]);
    }
    const reports = rows(siteDataFile('reports.csv', site, GENERATED_AT)).slice(1);
    expect(reports).toHaveLength(tianmen!.dataset.reports.length + qingshan!.dataset.reports.length);
    // Task 3 exists in both plans; only the plan column tells the two apart.
    expect(new Set(reports.filter((r) => r[1] === '3').map((r) => r[0]))).toEqual(new Set([TIANMEN, QINGSHAN]));
  });

  test('tasks.json: meta names both plans instead of one source document; every task and area its plan; the shared units once', () => {
    const all = json(siteDataFile('tasks.json', site, GENERATED_AT));
    expect(Object.keys(all.meta)).toEqual(['as_of', 'plans', 'generated_at', 'schema_version', 'demo', 'licence', 'licence_url']);
    expect(all.meta.plans).toEqual([
      { id: TIANMEN, short: null, number: '天政办发〔2022〕37号', title: '天门市公共服务质量提升行动实施方案', date: '2022-10-13', window: { first: '2022-Q4', last: '2025-Q4' }, as_of: tianmen!.derived.asOf },
      { id: QINGSHAN, short: '青山便民服务三年行动', number: '青政办发〔2024〕12号', title: '青山市便民服务提升三年行动方案', date: '2024-03-15', window: { first: '2024-Q1', last: '2026-Q4' }, as_of: qingshan!.derived.asOf },
    ]);
    expect(all.meta.as_of).toBe([tianmen!.derived.asOf, qingshan!.derived.asOf].sort().at(-1));
    expect([all.meta.demo, all.meta.generated_at, all.meta.schema_version]).toEqual([true, GENERATED_AT, '2.0.0']);
    expect(all.tasks).toHaveLength(45);
    expect(all.tasks.filter((t: { plan: string }) => t.plan === QINGSHAN).map((t: { id: number }) => t.id)).toEqual([1, 2, 3, 4, 5]);
    expect(all.areas).toHaveLength(tianmen!.dataset.areas.length + qingshan!.dataset.areas.length);
    expect(all.areas.every((a: { plan?: string }) => a.plan === TIANMEN || a.plan === QINGSHAN)).toBe(true);
    expect(all.units).toEqual(content.units);
    // Each plan's own file: its meta as for one plan, naming it, and the same rows as the site's file has for it.
    for (const plan of site.plans) {
      const own = json(planDataFile('tasks.json', plan, GENERATED_AT));
      expect(own.meta).toMatchObject({ plan: plan.dataset.id, source_document: `${plan.dataset.plan.title}(${plan.dataset.plan.number})`, as_of: plan.derived.asOf, demo: plan.dataset.demo });
      expect(own.tasks).toEqual(all.tasks.filter((t: { plan: string }) => t.plan === plan.dataset.id));
    }
  });

  test('reports.json: both plans\' reports, Tianmen\'s first, each with its plan', () => {
    const all = json(siteDataFile('reports.json', site, GENERATED_AT));
    expect(all.meta.plans.map((p: { id: string }) => p.id)).toEqual([TIANMEN, QINGSHAN]);
    const plans = all.reports.map((r: { plan: string }) => r.plan);
    expect(plans).toEqual([...tianmen!.dataset.reports.map(() => TIANMEN), ...qingshan!.dataset.reports.map(() => QINGSHAN)]);
    expect(json(planDataFile('reports.json', qingshan!, GENERATED_AT)).reports).toEqual(all.reports.filter((r: { plan: string }) => r.plan === QINGSHAN));
  });

  test('tables whose columns differ are refused rather than written under the wrong header', () => {
    const a = { key: 'a', label: '', value: () => 1 };
    const b = { key: 'b', label: '', value: () => 2 };
    expect(() => toCsvTables([a], [{ rows: [{}], columns: [b] }])).toThrow(/列不一致/);
  });
});

describe('the site\'s feed holds both plans\' reports, each entry naming its plan', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (tag) => ['entry', 'link'].includes(tag), parseTagValue: false });
  const feed = parser.parse(siteAtomFeed(site, ROOT, GENERATED_AT)).feed;
  const entries: Record<string, string>[] = feed.entry;

  test('one entry per report of either plan, newest first, ids under each plan\'s pages', () => {
    expect(entries).toHaveLength(tianmen!.dataset.reports.length + qingshan!.dataset.reports.length);
    const ids = entries.map((e) => e.id!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith(`${ROOT}${QINGSHAN}/tasks/`))).toHaveLength(qingshan!.dataset.reports.length);
    expect(ids.filter((id) => id.startsWith(`${ROOT}${TIANMEN}/tasks/`))).toHaveLength(tianmen!.dataset.reports.length);
    const updated = entries.map((e) => e.updated!);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed.id).toBe(ROOT);
  });

  test('titles start with the plan\'s short name, or its title when it has none', () => {
    const qingshanEntry = entries.find((e) => e.id!.includes(`/${QINGSHAN}/`))!;
    expect(qingshanEntry.title).toMatch(/^【青山便民服务三年行动】\d{4}年第.季度 任务\d「/);
    expect(entries.find((e) => e.id!.includes(`/${TIANMEN}/`))!.title).toMatch(/^【天门市公共服务质量提升行动实施方案】/);
    // The demo mark is each plan's own: Qingshan's reports are not demo data.
    expect(entries.filter((e) => e.id!.includes(`/${TIANMEN}/`)).every((e) => e.summary!.startsWith('【演示数据】'))).toBe(true);
    expect(entries.filter((e) => e.id!.includes(`/${QINGSHAN}/`)).some((e) => e.summary!.startsWith('【演示数据】'))).toBe(false);
  });

  test('a plan\'s own feed: only its entries, titles without its name, id and self under /{id}/', () => {
    const own = parser.parse(atomFeed(qingshan!.dataset, ROOT, GENERATED_AT)).feed;
    expect(own.id).toBe(`${ROOT}${QINGSHAN}/`);
    expect(own.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(`${ROOT}${QINGSHAN}/feed.xml`);
    expect(own.entry.map((e: Record<string, string>) => e.id)).toEqual(entries.filter((e) => e.id!.includes(`/${QINGSHAN}/`)).map((e) => e.id));
    expect(own.entry.every((e: Record<string, string>) => !e.title!.startsWith('【'))).toBe(true);
  });
});

describe('the site\'s calendar holds both plans\' deadlines, never one UID for two events', () => {
  const eventsOf = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return { uid: e.uid, start: e.startDate.toString(), summary: e.summary };
    });
  const all = eventsOf(siteCalendarIcs(content, ROOT));
  const own = content.plans.map((plan) => eventsOf(calendarIcs(plan, ROOT)));

  test('every event of each plan\'s own calendar, UIDs unique across the two', () => {
    expect(all).toHaveLength(own[0]!.length + own[1]!.length);
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
    expect(all.map((e) => e.uid)).toEqual(own.flat().map((e) => e.uid));
    const host = new URL(content.site.site).hostname;
    expect(all.filter((e) => e.uid.startsWith(`target-${QINGSHAN}-`)).length).toBeGreaterThan(0);
    expect(all.every((e) => e.uid.endsWith(`@${host}`) && (e.uid.includes(`-${TIANMEN}-`) || e.uid.includes(`-${QINGSHAN}-`)))).toBe(true);
  });

  test('a quarter due in both plans is two events, each summary naming its plan', () => {
    const due = all.filter((e) => e.uid.startsWith('report-due-') && e.uid.includes('-2024-Q1@'));
    expect(due.map((e) => [e.uid.split('@')[0], e.start, e.summary])).toEqual([
      [`report-due-${TIANMEN}-2024-Q1`, '2024-04-10', '【演示数据】【天门市公共服务质量提升行动实施方案】2024年第一季度进展报送期限'],
      [`report-due-${QINGSHAN}-2024-Q1`, due[1]!.start, '【青山便民服务三年行动】2024年第一季度进展报送期限'],
    ]);
    // A plan's own calendar does not repeat its name in every event.
    expect(own[1]!.find((e) => e.uid.startsWith(`report-due-${QINGSHAN}-2024-Q1@`))!.summary).toBe('2024年第一季度进展报送期限');
  });
});
