// The dashboard shows the derivations' numbers, not numbers of its own: every count on / of the demo
// build equals deriveAll over the same demo dataset, and the counts add up to the plan's totals.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { deriveAll } from '../../src/derive/index.ts';
import { NO_REPORT, SCHEDULE_CLASS_KEYS, STATUS, periodLabel } from '../../src/schema/index.ts';
import { pagePath } from '../../src/site/url-scheme.ts';
import { servedWithoutJs } from './harness.ts';
import { DEMO } from './sites.ts';

const dataset = DEMO.dataset();
const derived = deriveAll(dataset);
const STATUS_KEYS = [...Object.keys(STATUS), NO_REPORT.key];

const served = servedWithoutJs(DEMO);
let page: Page;
beforeAll(async () => {
  page = served.page;
  await page.goto(served.site.href(pagePath.home));
});

const numberIn = async (selector: string) => Number(await page.locator(selector).innerText());

describe('dashboard numbers (demo build)', () => {
  test('tasks per status in the latest quarter', async () => {
    const shown: Record<string, number> = {};
    for (const key of STATUS_KEYS) shown[key] = await numberIn(`[data-count="${key}"]`);
    expect(shown).toEqual(Object.fromEntries(STATUS_KEYS.map((k) => [k, derived.counts.latest[k as keyof typeof derived.counts.latest] ?? 0])));
    expect(Object.values(shown).reduce((a, b) => a + b, 0)).toBe(dataset.tasks.length);
  });

  test('targets met, on the way, overdue and without data', async () => {
    const shown: Record<string, number> = {};
    for (const key of ['met', 'on_the_way', 'overdue', 'no_data']) shown[key] = await numberIn(`[data-target-count="${key}"]`);
    expect(shown).toEqual({ ...derived.counts.targetStates });
    expect(Object.values(shown).reduce((a, b) => a + b, 0)).toBe(dataset.tasks.reduce((n, t) => n + t.targets.length, 0));
  });

  test('the as-of date and latest quarter', async () => {
    const text = await page.locator('[data-as-of]').innerText();
    const [y, m, d] = derived.asOf!.split('-').map(Number);
    expect(text).toContain(`${y}年${m}月${d}日`);
    expect(text).toContain(periodLabel(derived.latestPeriod!));
  });

  test('the status-by-quarter table behind the chart', async () => {
    const rows = await page.locator('figure.chart-figure tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))),
    );
    expect(rows).toEqual(derived.counts.byPeriod.map((p) => STATUS_KEYS.map((k) => p.counts[k as keyof typeof p.counts])));
    for (const row of rows) expect(row.reduce((a, b) => a + b, 0)).toBe(dataset.tasks.length);
  });

  test('progress by area', async () => {
    const rows = await page.locator('table:has(caption:text("各领域任务与目标")) tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))),
    );
    const byArea = new Map(derived.counts.byArea.map((a) => [a.area, a.counts]));
    const targetsByArea = new Map(derived.counts.targetStatesByArea.map((a) => [a.area, a.counts]));
    expect(rows).toEqual(
      dataset.areas.map((a) => [
        dataset.tasks.filter((t) => t.area === a.id).length,
        byArea.get(a.id)?.completed ?? 0,
        targetsByArea.get(a.id)?.met ?? 0,
        targetsByArea.get(a.id)?.overdue ?? 0,
      ]),
    );
  });

  describe('序时进度 of the latest quarter', () => {
    const rollups = derived.schedule.rollups.at(-1)!;
    const plan = rollups.plan;
    const numbersIn = async (attribute: string) => {
      const shown: Record<string, string> = {};
      for (const key of SCHEDULE_CLASS_KEYS) shown[key] = await page.locator(`[data-schedule-period="${rollups.period}"] [${attribute}="${key}"]`).innerText();
      return shown;
    };

    test('tasks, their shares and targets per class', async () => {
      expect(rollups.period).toBe(derived.latestPeriod);
      const tasks = await numbersIn('data-schedule-count');
      expect(tasks).toEqual(Object.fromEntries(SCHEDULE_CLASS_KEYS.map((k) => [k, String(plan.tasks[k])])));
      expect(Object.values(tasks).reduce((n, v) => n + Number(v), 0)).toBe(dataset.tasks.length);
      expect(await numbersIn('data-schedule-share')).toEqual(Object.fromEntries(SCHEDULE_CLASS_KEYS.map((k) => [k, `${plan.taskShares[k]}%`])));
      const targets = await numbersIn('data-schedule-targets');
      expect(targets).toEqual(Object.fromEntries(SCHEDULE_CLASS_KEYS.map((k) => [k, String(plan.targets[k])])));
      expect(Object.values(targets).reduce((n, v) => n + Number(v), 0)).toBe(dataset.tasks.reduce((n, t) => n + t.targets.length, 0));
    });

    test('the behind list: every item, newest first, with its class and gap', async () => {
      const rows = await page.locator('table.behind-list tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [Number(tr.getAttribute('data-behind-task')), tr.querySelector('[data-schedule-class]')!.getAttribute('data-schedule-class'), tr.querySelector('[data-behind-gap]')!.getAttribute('data-behind-gap')]),
      );
      expect(rows).toEqual(plan.behind.map((b) => [b.task, b.class, b.gap === null ? '' : String(b.gap)]));
      expect(rows.length).toBe(plan.tasks.behind + plan.tasks.overdue + plan.tasks.no_report);
    });

    test('双过半 of the latest year the data reached', async () => {
      const year = derived.schedule.halfYears.at(-1)!;
      const block = page.locator('[data-half-year]');
      expect(await block.evaluate((el) => [el.getAttribute('data-half-year'), el.getAttribute('data-half-due'), el.getAttribute('data-half-done'), el.getAttribute('data-half-share')])).toEqual([
        String(year.year),
        String(year.due),
        String(year.halfDone),
        String(year.share),
      ]);
      expect(await block.locator('tbody tr').count()).toBe(year.targets.length);
      expect(await block.locator('[data-half-verdict]').textContent()).toBe(year.allHalf ? '✔已实现双过半' : '✖未实现双过半');
    });
  });
});
