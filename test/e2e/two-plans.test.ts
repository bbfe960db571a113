// Two plans on one site (test/scenarios/two-plans.ts, built to dist-two/): Tianmen's 40 tasks with the demo
// reports and Qingshan's 5, one shared units list, overlapping units and quarters. Every page type of both
// passes the browser suite in pages.test.ts; here: the home page's plan cards, unit pages that list both
// plans' tasks, every task page of both plans, and search with the 方案 filter in a real Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isInWindow, reportingWindow } from '../../src/schema/index.ts';
import { pagePath, planPath } from '../../src/site/url-scheme.ts';
import { launchBrowser, openPage, serveSite, type Site } from './harness.ts';
import { TWO } from './sites.ts';

const read = (path: string) => readFileSync(join(TWO.root, path, 'index.html'), 'utf8');
const [tianmen, qingshan] = TWO.datasets();
const TIANMEN = planPath('ggfw-2022');
const QINGSHAN = planPath('qingshan-2024');

/** Hrefs of the task links inside one plan's section of a unit page (its data-plan attribute). */
function taskLinksOf(html: string, plan: string): string[] {
  const section = new RegExp(`<section class="unit-plan"[^>]*data-plan="${plan}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';
  return [...new Set([...section.matchAll(/href="\/([^"#]+\/tasks\/\d+\/)"/g)].map((m) => m[1]!))];
}

test('the site holds both plans, in folder order, overlapping in quarters', () => {
  expect([tianmen?.id, qingshan?.id]).toEqual(['ggfw-2022', 'qingshan-2024']);
  expect([tianmen!.tasks.length, qingshan!.tasks.length]).toEqual([40, 5]);
  // 2024-Q1 is in both reporting windows and both plans reported it.
  expect([tianmen!, qingshan!].map((d) => isInWindow('2024-Q1', reportingWindow(d.plan)) && d.reports.some((r) => r.period === '2024-Q1'))).toEqual([true, true]);
});

test('the home page shows a card per plan, the newest first, each linking to its dashboard', () => {
  const html = read(pagePath.home);
  const cards = [...html.matchAll(/<li class="plan-card" data-plan="([^"]+)"><h3><a href="([^"]+)">([^<]+)<\/a><\/h3>/g)].map((m) => [m[1], m[2], m[3]]);
  expect(cards).toEqual([
    ['qingshan-2024', `/${QINGSHAN.home}`, '青山便民服务三年行动'],
    ['ggfw-2022', `/${TIANMEN.home}`, '天门市公共服务质量提升行动实施方案'],
  ]);
  expect(html).toContain('<h2 id="plans-current">正在落实的方案(2 个)</h2>');
  expect(html).not.toContain('已结束的方案');
  expect(html).toContain('2024年第一季度至2026年第四季度按季度报送');
  expect(html).toContain('3 个领域的 5 项重点任务;已发布至2024年第二季度。');
  // The dashboards themselves are each plan's own page.
  expect(read(QINGSHAN.home)).toContain('青山市便民服务提升三年行动方案');
});

test('a unit that leads tasks in both plans lists each plan\'s tasks in a section of that plan', () => {
  const html = read(pagePath.unit('hrss'));
  expect(html).toContain('在 2 个方案中牵头 8 项');
  const expected = (dataset: typeof tianmen, path: typeof TIANMEN) =>
    dataset!.tasks.filter((t) => t.lead.includes('hrss') || t.responsible.includes('hrss')).map((t) => path.task(t.id));
  expect(taskLinksOf(html, 'ggfw-2022').sort()).toEqual(expected(tianmen, TIANMEN).sort());
  expect(taskLinksOf(html, 'qingshan-2024').sort()).toEqual(expected(qingshan, QINGSHAN).sort());
  // The lead tasks, as the two plans assign them.
  for (const id of [5, 6, 7, 8, 12, 13]) expect(taskLinksOf(html, 'ggfw-2022')).toContain(TIANMEN.task(id));
  for (const id of [2, 5]) expect(taskLinksOf(html, 'qingshan-2024')).toContain(QINGSHAN.task(id));
  // Each section is headed by its plan, linking to its dashboard.
  expect(html).toContain(`<h2 id="plan-qingshan-2024"><a href="/${QINGSHAN.home}">青山便民服务三年行动</a></h2>`);
});

test('a unit named by one plan only has that plan\'s section and names the other', () => {
  const html = read(pagePath.unit('service-center'));
  expect(taskLinksOf(html, 'qingshan-2024')).toEqual([QINGSHAN.task(3), QINGSHAN.task(4)]);
  expect(html).not.toContain('data-plan="ggfw-2022"');
  expect(html).toContain('《天门市公共服务质量提升行动实施方案》未安排本单位的任务。');
});

test('every task page of both plans is built, under its plan', () => {
  const missing = [tianmen!, qingshan!].flatMap((d) => d.tasks.map((t) => planPath(d.id).task(t.id)).filter((path) => !existsSync(join(TWO.root, path, 'index.html'))));
  expect(missing).toEqual([]);
  expect(read(QINGSHAN.task(1))).toContain('<h1>1. 建设社区食堂</h1>');
  expect(read(TIANMEN.task(1))).toContain('<h1>1. 持续加大教育资源供给</h1>');
});

describe('search across plans (Chromium, real Pagefind)', () => {
  let browser: Browser;
  let site: Site;
  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveSite(TWO);
  });
  afterAll(async () => {
    await site?.close();
    await browser?.close();
  });

  const resultPaths = async (page: Page) => {
    await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    return page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.slice(1)));
  };
  const search = (q: string, plan?: string) => `${TWO.urls.url(pagePath.search)}?q=${encodeURIComponent(q)}${plan ? `&${encodeURIComponent('方案')}=${encodeURIComponent(plan)}` : ''}`;

  test('a word in both plans finds tasks of both; the 方案 filter keeps only that plan\'s', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context, site.url);
    await page.goto(site.href(search('就业')), { waitUntil: 'networkidle' });
    const all = await resultPaths(page);
    expect(all).toContain(QINGSHAN.task(5));
    expect(all).toContain(TIANMEN.task(5));
    expect(await page.locator('#filter-方案 option').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^全部方案$/), expect.stringMatching(/^青山便民服务三年行动\(\d+\)$/), expect.stringMatching(/^天门市公共服务质量提升行动实施方案\(\d+\)$/)]));
    // The result says which plan it is from: 任务 5 exists in both.
    expect(await page.locator(`#search-results > li:has(a[href="/${QINGSHAN.task(5)}"]) .result-plan`).innerText()).toBe('方案:青山便民服务三年行动');

    await page.selectOption('#filter-方案', '青山便民服务三年行动');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('方案') === '青山便民服务三年行动');
    await page.waitForFunction(() => !document.querySelector('#search-results a[href^="/ggfw-2022/"]'));
    const filtered = await resultPaths(page);
    expect(filtered).toContain(QINGSHAN.task(5));
    expect(filtered.filter((path) => !path.startsWith(QINGSHAN.home))).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a shared URL with the filter opens with that plan\'s tasks only', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, site.url);
    await page.goto(site.href(search('就业', '天门市公共服务质量提升行动实施方案')), { waitUntil: 'networkidle' });
    const paths = await resultPaths(page);
    expect(paths).toEqual(expect.arrayContaining([TIANMEN.task(5), TIANMEN.task(6)]));
    expect(paths.filter((path) => !path.startsWith(TIANMEN.home))).toEqual([]);
    await context.close();
  });
});
