// The downloads of the two-plan site as built (dist-two/, test/scenarios/two-plans.ts): the site's data files,
// feed and calendar hold both plans, each plan has its own under /{id}/, and /data/ lists both, valid HTML
// with no axe violation.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { readSiteSettings } from '../../src/content/site-settings.ts';
import { DATA_FILES, pagePath, planPath, siteUrls } from '../../src/site/url-scheme.ts';
import { TWO_PLANS_SCENARIO } from '../scenarios/two-plans.ts';
import { axeViolations, openPage, servedWithoutJs } from './harness.ts';
import type { BuiltSite } from './sites.ts';

const ROOT = TWO_PLANS_SCENARIO.outDir;
const PLANS = TWO_PLANS_SCENARIO.plans;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const csvRows = (path: string): string[][] => parseCsv(read(path), { bom: true, record_delimiter: '\r\n' });

test('each plan has its six data files, its feed and its calendar under /{id}/', () => {
  const missing = PLANS.flatMap((id) => [...DATA_FILES.map((f) => planPath(id).data(f)), planPath(id).feed, planPath(id).calendar]).filter((path) => !existsSync(join(ROOT, path)));
  expect(missing).toEqual([]);
});

test('/data/ CSVs: the header once, then each plan\'s own file\'s rows in plan order; tasks.csv has the 45 tasks', () => {
  for (const file of DATA_FILES.filter((f) => f.endsWith('.csv'))) {
    const [header, ...rows] = csvRows(pagePath.dataFile(file));
    expect(header![0], file).toBe('plan');
    const own = PLANS.map((id) => csvRows(planPath(id).data(file)));
    expect(rows, file).toEqual(own.flatMap(([, ...r]) => r));
  }
  const tasks = csvRows(pagePath.dataFile('tasks.csv')).slice(1);
  expect(tasks).toHaveLength(45);
  expect([...new Set(tasks.map((r) => r[0]))]).toEqual([...PLANS]);
});

test('/data/tasks.json and reports.json: meta.plans names both, every task and report its plan', () => {
  const tasks = JSON.parse(read(pagePath.dataFile('tasks.json')));
  const reports = JSON.parse(read(pagePath.dataFile('reports.json')));
  expect(tasks.meta.plans.map((p: { id: string }) => p.id)).toEqual([...PLANS]);
  expect(tasks.meta.source_document).toBeUndefined();
  expect(tasks.meta.demo).toBe(true);
  for (const id of PLANS) {
    const own = JSON.parse(read(planPath(id).data('reports.json')));
    expect(own.meta.plan).toBe(id);
    expect(own.reports).toEqual(reports.reports.filter((r: { plan: string }) => r.plan === id));
  }
  expect(new Set(reports.reports.map((r: { plan: string }) => r.plan))).toEqual(new Set(PLANS));
});

test('/feed.xml has both plans\' entries; /calendar.ics both plans\' events, no UID twice', () => {
  const entries: { id: string }[] = new XMLParser({ isArray: (tag) => tag === 'entry' }).parse(read(pagePath.feed)).feed.entry;
  for (const id of PLANS) expect(entries.some((e) => e.id.includes(`/${id}/tasks/`)), id).toBe(true);
  const uids = [...read(pagePath.calendar).matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]!);
  expect(new Set(uids).size).toBe(uids.length);
  for (const id of PLANS) expect(uids.filter((u) => u.startsWith(`report-due-${id}-2024-Q1@`)), id).toHaveLength(1);
});

describe('/data/ with two plans', () => {
  const html = () => read('data/index.html');

  test('lists the site\'s files, then a section per plan linking to its own files', () => {
    const settings = readSiteSettings(TWO_PLANS_SCENARIO.contentDir);
    const urls = siteUrls(settings.base);
    for (const file of DATA_FILES) expect(html()).toContain(`href="${urls.url(pagePath.dataFile(file))}"`);
    for (const id of PLANS) {
      expect(html()).toContain(`id="plan-${id}"`);
      for (const file of DATA_FILES) expect(html()).toContain(`href="${urls.plan(id).data(file)}"`);
      expect(html()).toContain(`href="${urls.plan(id).feed}"`);
    }
  });

  test('is valid HTML', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html(), 'data/index.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  // serveSite needs only the folder, the settings and the URLs: the site has two plans, so no one dataset.
  const settings = () => readSiteSettings(TWO_PLANS_SCENARIO.contentDir);
  const built = {
    name: 'two',
    root: ROOT,
    get settings() {
      return settings();
    },
    get urls() {
      return siteUrls(settings().base);
    },
  } as unknown as BuiltSite;
  const served = servedWithoutJs(built);

  test('has no axe violation', async () => {
    const { page } = await openPage(await served.browser.newContext(), served.site.url);
    await page.goto(served.site.href(pagePath.data));
    expect(await axeViolations(page)).toEqual([]);
  });
});
