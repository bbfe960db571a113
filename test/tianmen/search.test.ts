// Search as a journalist uses it: real Chromium, the real built site and its real Pagefind index.
// Each query names the tasks that must come back among the first TOP results. The ids come from the plan
// text (content/source/plan.txt) and are checked against it below, so the table cannot drift into
// "whatever search happens to return".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { planBlocks, unitsInPlanText } from '../../src/content/plan-text.ts';
import { resolveFile } from '../../src/server/static-server.ts';
import { pagePath, reportAnchor, type SiteUrls } from '../../src/site/url-scheme.ts';
import { launchBrowser, openPage, serveSite, type Site } from '../e2e/harness.ts';
import { DEMO, REAL, SUBPATH } from '../e2e/sites.ts';

/** A required task must be among the first TOP results: what a phone shows on its first screens. */
const TOP = 10;
/** First-query budget: every /pagefind/ response from page load to the first results. */
const FIRST_QUERY_BUDGET = 300 * 1024;

type Row =
  /** Words that appear verbatim in the plan paragraph of every listed task. */
  | { q: string; kind: 'topic' | 'number' | 'programme'; ids: number[] }
  /** A unit name (or its name without 市): the listed tasks are exactly those it leads in the plan. */
  | { q: string; kind: 'unit'; unit: string; ids: number[] };

const QUERIES: Row[] = [
  // Topics, 2 to 4 characters.
  { q: '养老', kind: 'topic', ids: [12, 34, 35, 36, 37] },
  { q: '燃气', kind: 'topic', ids: [18] },
  { q: '反诈', kind: 'topic', ids: [29] },
  { q: '公厕', kind: 'topic', ids: [19] },
  { q: '噪声', kind: 'topic', ids: [24] },
  { q: '双减', kind: 'topic', ids: [2] },
  { q: '招聘', kind: 'topic', ids: [5, 6, 7, 8] },
  { q: '幼儿园', kind: 'topic', ids: [1, 3] },
  { q: '适老化', kind: 'topic', ids: [36, 40] },
  { q: '教联体', kind: 'topic', ids: [2] },
  { q: '异地就医', kind: 'topic', ids: [14] },
  { q: '垃圾分类', kind: 'topic', ids: [21] },
  { q: '食品安全', kind: 'topic', ids: [4, 26] },
  { q: '黑臭水体', kind: 'topic', ids: [23] },
  // Units: with and without 市, short and long names.
  { q: '市人社局', kind: 'unit', unit: '市人社局', ids: [5, 6, 7, 8, 12, 13] },
  { q: '人社局', kind: 'unit', unit: '市人社局', ids: [5, 6, 7, 8, 12, 13] },
  { q: '市教育局', kind: 'unit', unit: '市教育局', ids: [1, 2, 3, 4] },
  { q: '市民政局', kind: 'unit', unit: '市民政局', ids: [34, 35, 36, 37] },
  { q: '市卫健委', kind: 'unit', unit: '市卫健委', ids: [9, 10, 11] },
  { q: '市住建局', kind: 'unit', unit: '市住建局', ids: [16, 18] },
  { q: '市公安局', kind: 'unit', unit: '市公安局', ids: [28, 29] },
  { q: '市城市管理执法局', kind: 'unit', unit: '市城市管理执法局', ids: [15, 19, 20, 21] },
  { q: '市政务服务和大数据管理局', kind: 'unit', unit: '市政务服务和大数据管理局', ids: [38, 39, 40] },
  // Numbers as the plan writes them.
  { q: '182家', kind: 'number', ids: [14] },
  { q: '406户', kind: 'number', ids: [36] },
  { q: '3169批次', kind: 'number', ids: [26] },
  { q: '1500人', kind: 'number', ids: [33] },
  { q: '20万人次', kind: 'number', ids: [6] },
  { q: '96110', kind: 'number', ids: [29] },
  { q: '12345', kind: 'number', ids: [39] },
  // Programme names the plan puts in quotation marks.
  { q: '马兰花计划', kind: 'programme', ids: [8] },
  { q: '明厨亮灶', kind: 'programme', ids: [4] },
  { q: '春风行动', kind: 'programme', ids: [7] },
  { q: '静默认证', kind: 'programme', ids: [12] },
  { q: '一事联办', kind: 'programme', ids: [13] },
  { q: '村村响', kind: 'programme', ids: [30] },
];

const { planText, plan } = REAL.dataset();
const planTasks = new Map(planBlocks(planText, plan.title).flatMap((b) => (b.kind === 'task' ? [[b.id, b.text] as const] : [])));
const planUnits = unitsInPlanText(planText);

describe('the query table agrees with the plan text', () => {
  test('the plan has its 40 tasks', () => {
    expect(planTasks.size).toBe(40);
  });
  test('the table covers 2-, 3- and 4-character queries and at least 20 queries', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(20);
    for (const length of [2, 3, 4]) expect(QUERIES.some((r) => [...r.q].length === length)).toBe(true);
  });
  for (const row of QUERIES) {
    test(`${row.q} → ${row.ids.join(', ')}`, () => {
      if (row.kind === 'unit') {
        const leads = [...planUnits].filter(([, u]) => u.lead.includes(row.unit)).map(([id]) => id);
        expect(row.ids).toEqual(leads);
      } else {
        for (const id of row.ids) expect(planTasks.get(id), `任务 ${id}`).toContain(row.q);
      }
    });
  }
});

/** The demo updates whose files hold a phrase (examples/demo/reports/YYYY-Qn/NN.yaml), as task id → periods. */
function demoUpdatesWith(phrase: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const dir = DEMO.reportsDir!;
  for (const period of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, period)).sort()) {
      if (!readFileSync(join(dir, period, file), 'utf8').includes(phrase)) continue;
      const id = Number(file.replace('.yaml', ''));
      out.set(id, [...(out.get(id) ?? []), period]);
    }
  }
  return out;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Result links (top-level results only, in order) once the page shows results or says there are none. */
async function resultPaths(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}
const searchFor = (urls: SiteUrls, q: string) => `${urls.url(pagePath.search)}?q=${encodeURIComponent(q)}`;
const resultCount = async (page: Page) => Number(/找到 (\d+) 个结果/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 0);

describe('real build: a shared /search/?q= URL opens with the right tasks on top', () => {
  const taskPath = REAL.plan().task;
  let site: Site;
  let page: Page;
  const table: string[] = [];
  beforeAll(async () => {
    site = await serveSite(REAL);
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    console.log(`\nquery → required ids (top ${TOP}) → ranks found\n${table.join('\n')}`);
    await page?.context().close();
    await site?.close();
  });

  for (const row of QUERIES) {
    test(`${row.q} (${row.kind}) → tasks ${row.ids.join(', ')} in the top ${TOP}`, async () => {
      await page.goto(site.href(searchFor(REAL.urls, row.q)));
      const paths = await resultPaths(page);
      const top = paths.slice(0, TOP);
      const ranks = row.ids.map((id) => `${id}@${paths.indexOf(taskPath(id)) + 1 || '-'}`);
      table.push(`${row.q} → ${row.ids.join(',')} → ${ranks.join(' ')}`);
      expect(top).toEqual(expect.arrayContaining(row.ids.map(taskPath)));
      // The query stays in the box and the URL, so the search can be shared as it is.
      expect(await page.inputValue('#search-q')).toBe(row.q);
      expect(new URL(page.url()).searchParams.get('q')).toBe(row.q);
    });
  }
});

// The real content at / and under the scenario's sub-path: the same results, every address under the base.
for (const build of [REAL, SUBPATH]) describe(`${build.name} build: the search page UI`, () => {
  const { urls } = build;
  const taskPath = build.plan().task;
  let site: Site;
  beforeAll(async () => {
    site = await serveSite(build);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('typing a query and pressing Enter shows results and puts the query in the URL', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context, site.url);
    await page.goto(site.href(pagePath.search), { waitUntil: 'networkidle' });
    await page.fill('#search-q', '口袋公园');
    await page.press('#search-q', 'Enter');
    const paths = await resultPaths(page);
    expect(paths.slice(0, TOP)).toContain(taskPath(20));
    expect(new URL(page.url()).searchParams.get('q')).toBe('口袋公园');
    expect(await page.locator('#search-results mark').first().textContent()).toBeTruthy();
    expect(log.consoleErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    await context.close();
  });

  test('the header search box on any page leads to the results', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, site.url);
    await page.goto(site.href(build.plan().task(build.dataset().tasks[0]!.id)), { waitUntil: 'networkidle' });
    await page.fill('#header-q', '燃气');
    await page.press('#header-q', 'Enter');
    await page.waitForURL((url) => url.pathname === urls.url(pagePath.search) && url.searchParams.get('q') === '燃气');
    expect((await resultPaths(page)).slice(0, TOP)).toContain(taskPath(18));
    await context.close();
  });

  test('choosing a 领域 filter narrows the results to tasks of that area', async () => {
    const { areas, tasks } = build.dataset();
    const taskArea = (id: number) => tasks.find((t) => t.id === id)?.area;
    // The area of the last task the table expects for 养老, and the table's tasks in that area.
    const row = QUERIES.find((r) => r.q === '养老')!;
    const area = areas.find((a) => a.id === taskArea(row.ids.at(-1)!))!;
    const inArea = row.ids.filter((id) => taskArea(id) === area.id);
    const context = await browser.newContext();
    const { page, log } = await openPage(context, site.url);
    await page.goto(site.href(searchFor(urls, row.q)));
    await resultPaths(page);
    const before = await resultCount(page);
    await page.selectOption('#filter-领域', area.short);
    await page.waitForFunction((n) => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return /找到 \d+ 个/.test(text) && !text.includes(`找到 ${n} 个`);
    }, before);
    const after = await resultCount(page);
    const paths = await resultPaths(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(paths.length).toBe(after);
    // Every remaining result is a task of that area, as the dataset says.
    expect(paths.filter((path) => !tasks.some((t) => t.area === area.id && taskPath(t.id) === path))).toEqual([]);
    expect(inArea.length).toBeGreaterThan(1);
    expect(paths).toEqual(expect.arrayContaining(inArea.map(taskPath)));
    expect(new URL(page.url()).searchParams.get('领域')).toBe(area.short);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a result shows the task\'s lead unit', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, site.url);
    const row = QUERIES.find((r) => r.q === '406户')!;
    const task = build.dataset().tasks.find((t) => t.id === row.ids[0])!;
    const lead = build.dataset().units.find((u) => u.id === task.lead[0])!;
    await page.goto(site.href(searchFor(urls, row.q)));
    await resultPaths(page);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('a').first().getAttribute('href')).toBe(taskPath(task.id));
    expect(await first.innerText()).toContain(`牵头单位:${lead.name}`);
    await context.close();
  });

  test('without JavaScript the page says search needs it and links to the task list', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.href(searchFor(urls, '养老')));
    const main = page.locator('main');
    expect(await main.innerText()).toContain('搜索需要启用 JavaScript');
    expect(await main.locator(`a[href="${build.plan().tasks}"]`).count()).toBe(1);
    await context.close();
  });
});

describe('real build: first-query transfer', () => {
  const { urls, root } = REAL;
  const pagefind = urls.url('pagefind/');
  let site: Site;
  const served: { path: string; bytes: number }[] = [];
  beforeAll(async () => {
    site = await serveSite(REAL);
    // Counted where it is certain: every /pagefind/ response the server sends (the page and its worker alike).
    site.server.on('request', (req) => {
      const path = req.url ?? '';
      const file = resolveFile(root, urls.base, path);
      if (path.startsWith(pagefind) && file) served.push({ path, bytes: statSync(file).size });
    });
  });
  afterAll(async () => {
    await site?.close();
  });

  test(`opening /search/?q=养老 loads under ${FIRST_QUERY_BUDGET / 1024} KB of search files before the first results`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.href(searchFor(urls, '养老')));
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
    const total = served.reduce((sum, r) => sum + r.bytes, 0);
    console.log(`first query (养老): ${served.length} /pagefind/ responses, ${total} bytes (${(total / 1024).toFixed(1)} KiB)`);
    expect(served.some((r) => r.path.includes('.pf_index'))).toBe(true);
    expect(total).toBeLessThan(FIRST_QUERY_BUDGET);
    await context.close();
  });
});

describe('demo build: quarterly updates are found and linked', () => {
  const { urls } = DEMO;
  const taskPath = DEMO.plan().task;
  let site: Site;
  beforeAll(async () => {
    site = await serveSite(DEMO);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('a number from one update (97.6%) finds its task with a link to that update', async () => {
    const updates = demoUpdatesWith('97.6%');
    expect([...updates]).toEqual([[26, ['2024-Q1']]]);
    const context = await browser.newContext();
    const { page, log } = await openPage(context, site.url);
    await page.goto(site.href(searchFor(urls, '97.6%')));
    expect((await resultPaths(page))[0]).toBe(taskPath(26));
    const sub = page.locator('#search-results > li').first().locator('.sub-results a', { hasText: '2024年第一季度' });
    expect(await sub.getAttribute('href')).toBe(`${taskPath(26)}#${reportAnchor('2024-Q1')}`);
    await sub.click();
    await page.waitForURL(site.href(`${taskPath(26)}#${reportAnchor('2024-Q1')}`));
    expect(await page.locator(`#${reportAnchor('2024-Q1')}`).innerText()).toContain('97.6%');
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a phrase from several updates (受项目审批进度影响) finds every task holding it', async () => {
    const updates = demoUpdatesWith('受项目审批进度影响');
    expect(updates.size).toBeGreaterThan(1);
    const context = await browser.newContext();
    const { page } = await openPage(context, site.url);
    await page.goto(site.href(searchFor(urls, '受项目审批进度影响')));
    const paths = await resultPaths(page);
    expect(paths.slice(0, TOP)).toEqual(expect.arrayContaining([...updates.keys()].map(taskPath)));
    await context.close();
  });
});
