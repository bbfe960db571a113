// 序时进度 on the demo build, without JavaScript: every page type that shows it has a mark with its word and
// symbol (never colour alone), the Q2 quarter page has 双过半, a report whose status disagrees with the
// numbers is noted on its task page, and the Q2 page (not among pages.test.ts's page types) is axe clean.
import { AxeBuilder } from '@axe-core/playwright';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { deriveAll } from '../../src/derive/index.ts';
import { SCHEDULE_CLASS, SCHEDULE_CLASS_KEYS, type ScheduleClassKey } from '../../src/schema/index.ts';
import { pagePath } from '../../src/site/url-scheme.ts';
import { openPage, servedWithoutJs, type Site } from './harness.ts';
import { pageTypes } from './page-weight.ts';
import { DEMO } from './sites.ts';

const dataset = DEMO.dataset();
const derived = deriveAll(dataset);
const types = pageTypes(dataset);
const latestQ2 = derived.periods.filter((p) => p.endsWith('-Q2')).at(-1)!;

const served = servedWithoutJs(DEMO);
let browser: Browser;
let site: Site;
let page: Page;
beforeAll(() => {
  ({ browser, site, page } = served);
});

/** Every 序时进度 mark on the page: its class key and the text a reader sees. */
const marks = () =>
  page.locator('[data-schedule-class]').evaluateAll((els) => els.map((el) => ({ key: el.getAttribute('data-schedule-class')!, text: el.textContent!.trim() })));

describe('序时进度 marks (demo build)', () => {
  const pages: Record<string, string> = {
    dashboard: types.dashboard!,
    task: types.task!,
    'task without targets': types['task without targets']!,
    area: types.area!,
    unit: types.unit!,
    quarter: types.quarter!,
    'Q2 quarter': DEMO.planPaths().quarter(latestQ2),
    about: types.about!,
  };
  for (const [type, path] of Object.entries(pages)) {
    test(`${type} (${path}) shows marks with their symbol and word`, async () => {
      await page.goto(site.href(path));
      const shown = await marks();
      expect(shown.length).toBeGreaterThan(0);
      for (const { key, text } of shown) {
        expect(SCHEDULE_CLASS_KEYS).toContain(key);
        const { symbol, label } = SCHEDULE_CLASS[key as ScheduleClassKey];
        expect(text).toBe(`${symbol}${label}`);
      }
    });
  }

  test('the task page shows its latest quarter\'s class beside the unit\'s status, and one row per quarter', async () => {
    const task = Number(/tasks\/(\d+)\//.exec(types.task!)![1]);
    const schedules = derived.schedule.byPeriod.map((p) => p.tasks.find((t) => t.task === task)!);
    await page.goto(site.href(types.task!));
    const facts = page.locator('dl.facts dd', { has: page.locator('[data-schedule-class]') }).first();
    expect(await facts.locator('[data-schedule-class]').getAttribute('data-schedule-class')).toBe(schedules.at(-1)!.class);
    const history = await page.locator('[data-schedule-history] tbody tr [data-schedule-class]').evaluateAll((els) => els.map((el) => el.getAttribute('data-schedule-class')));
    expect(history).toEqual(schedules.map((s) => s.class).reverse());
    const targetRows = await page.locator('[data-schedule-targets-table] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1, 3).map((td) => td.textContent)));
    expect(targetRows).toEqual(schedules.at(-1)!.targets.map((t) => [t.expected === null ? '—' : `${t.expected}%`, t.actual === null ? '—' : `${t.actual}%`]));
  });

  test('a report that says 按计划推进 while its target is behind is noted on the task page', async () => {
    const claim = derived.schedule.claims.find((c) => c.kind === 'on_track_behind')!;
    await page.goto(site.href(DEMO.planPaths().task(claim.task)));
    const note = page.locator(`#update-${claim.period} .claim-note`);
    expect(await note.count()).toBe(1);
    const label = dataset.tasks.find((t) => t.id === claim.task)!.targets.find((t) => t.id === claim.targets[0])!.label;
    expect(await note.innerText()).toContain(`“${label}”落后于序时进度或已逾期`);
  });

  test(`the Q2 quarter page (${latestQ2}) shows 双过半 of its year; other quarters do not`, async () => {
    const year = derived.schedule.halfYears.find((y) => y.year === Number(latestQ2.slice(0, 4)))!;
    await page.goto(site.href(DEMO.planPaths().quarter(latestQ2)));
    const block = page.locator(`[data-half-year="${year.year}"]`);
    expect([await block.getAttribute('data-half-due'), await block.getAttribute('data-half-done')]).toEqual([String(year.due), String(year.halfDone)]);
    expect(await block.locator('[data-half-verdict]').textContent()).toBe(year.allHalf ? '✔已实现双过半' : '✖未实现双过半');
    await page.goto(site.href(types.quarter!));
    expect(types.quarter!.endsWith('-Q2/')).toBe(false);
    expect(await page.locator('[data-half-year]').count()).toBe(0);
  });

  for (const mode of ['normal', 'elderly'] as const) {
    test(`the Q2 quarter page has no axe violations in ${mode} mode`, async () => {
      const context = await browser.newContext();
      const { page: axePage } = await openPage(context, site.url);
      const path = site.href(DEMO.planPaths().quarter(latestQ2));
      await axePage.goto(mode === 'normal' ? path : site.href(DEMO.urls.elderly(DEMO.urls.url(DEMO.planPaths().quarter(latestQ2)))), { waitUntil: 'networkidle' });
      expect(await axePage.evaluate(() => document.documentElement.classList.contains('elderly'))).toBe(mode === 'elderly');
      const results = await new AxeBuilder({ page: axePage }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      await context.close();
    });
  }
});
