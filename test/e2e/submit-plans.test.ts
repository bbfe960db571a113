// /submit/ on a site of two plans (dist-two: Tianmen with the demo reports, and Qingshan) in Chromium: the plan
// is the form's first choice, and the tasks, the quarters, the task files, the file's folder and its schema
// line are the chosen plan's. The file the form writes for Qingshan is byte for byte the serializer's for the
// same draft and edits, and the validator accepts it in Qingshan's folder. Without JavaScript every plan's
// folder is still named. Needs `npm run build:two`.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openPage, serveSite, type PageLog, type Site } from './harness.ts';
import { TWO } from './sites.ts';
import { loadContent, type Dataset, type SiteContent } from '../../src/content/load.ts';
import { planFolder, reportPath } from '../../src/content/paths.ts';
import { problemLine } from '../../src/content/report-problems.ts';
import { draftReport, filledReportYamlOptions, reportSchemaComment, reportToYaml } from '../../src/content/report-yaml.ts';
import { periodFromIndex, periodIndex, reportingWindow } from '../../src/schema/index.ts';
import { pagePath } from '../../src/site/url-scheme.ts';

const TODAY = '2025-04-10';
const PERIOD = '2025-Q1';
const TIANMEN = 'ggfw-2022';
const QINGSHAN = 'qingshan-2024';

let browser: Browser;
let site: Site;
let content: SiteContent;
let tmp: string;
const planOf = (id: string): Dataset => content.plans.find((p) => p.id === id)!;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveSite(TWO);
  tmp = mkdtempSync(join(tmpdir(), 'submit-plans-'));
  // As the site was built: the demo reports are Tianmen's, Qingshan keeps its own.
  const loaded = loadContent({ contentDir: TWO.contentDir, reportsDir: TWO.reportsDir, plan: TIANMEN, demo: true, today: TODAY });
  if (!loaded.ok) throw new Error(loaded.problems.map(problemLine).join('\n'));
  content = loaded.content;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function openForm(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
  const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', ...options });
  const { page, log } = await openPage(context, site.url);
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+08:00`));
  await page.goto(site.href(pagePath.submit), { waitUntil: 'networkidle' });
  return { context, page, log };
}

const values = (page: Page, select: string) => page.locator(`${select} option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));

/** The quarters the form offers for a plan on TODAY: its window's quarters that have begun, latest first. */
function offered(dataset: Dataset): string[] {
  const window = reportingWindow(dataset.plan);
  const out: string[] = [];
  const last = Math.min(periodIndex('2025-Q2'), window.last ? periodIndex(window.last) : Infinity);
  for (let i = last; i >= periodIndex(window.first); i--) out.push(periodFromIndex(i));
  return out;
}

async function expectLinkedError(page: Page, id: string, text: string) {
  await expect.poll(() => page.locator(`#${id}-error`).textContent()).toBe(text);
  expect(await page.getAttribute(`#${id}`, 'aria-invalid')).toBe('true');
}

async function generate(page: Page): Promise<string> {
  await page.getByRole('button', { name: '生成报告文件' }).click();
  await page.locator('#output').waitFor();
  return page.locator('#output-yaml').inputValue();
}

describe('two plans on one site', () => {
  test('the second plan, then its task: its tasks, its quarters, and a file in its folder the validator accepts', async () => {
    const { context, page, log } = await openForm({ acceptDownloads: true });
    const requestsAfterLoad: string[] = [];
    page.on('request', (request) => requestsAfterLoad.push(`${request.method()} ${request.url()}`));
    const qingshan = planOf(QINGSHAN);

    // Plan first: until one is chosen there is no task and no quarter to choose.
    expect(await page.locator('label[for="f-plan"]').textContent()).toBe('方案');
    expect(await values(page, '#f-plan')).toEqual(['', TIANMEN, QINGSHAN]);
    expect(await page.locator('#f-plan option').allTextContents()).toEqual(['请选择方案', ...content.plans.map((p) => p.plan.short ?? p.plan.title)]);
    expect(await values(page, '#f-task')).toEqual(['']);
    expect(await page.locator('#f-task option').textContent()).toBe('请先选择方案');
    expect(await values(page, '#f-period')).toEqual([]);
    await page.getByRole('button', { name: '生成报告文件' }).click();
    await expectLinkedError(page, 'f-plan', '请选择方案');
    expect(await page.locator('#error-summary li').allTextContents()).toEqual(['方案:请选择方案']);

    await page.locator('#f-plan').selectOption(QINGSHAN);
    await expect.poll(() => page.locator('#f-plan-error').textContent()).toBe('');
    expect(await values(page, '#f-task')).toEqual(['', ...qingshan.tasks.map((t) => String(t.id))]);
    expect(await page.locator('#f-task option').allTextContents()).toEqual(['请选择任务', ...qingshan.tasks.map((t) => `任务 ${t.id} ${t.title}`)]);
    expect(await values(page, '#f-period')).toEqual(offered(qingshan));
    expect(await page.locator('#f-period').inputValue()).toBe(PERIOD);

    const task = qingshan.tasks.find((t) => t.id === 2)!;
    await page.locator('#f-task').selectOption('2');
    const names = new Map(content.units.map((u) => [u.id, u.name]));
    await expect.poll(() => page.locator('#f-task-hint').textContent()).toBe(`牵头单位:${task.lead.map((id) => names.get(id)).join('、')}`);
    // Qingshan's own task 2 and its own 2024-Q2 report, not Tianmen's task 2.
    await expect.poll(() => page.locator('#draft-note').textContent()).toContain('已按 2024-Q2 的报送预填');
    await page.locator('#f-summary').fill('规范化家政服务企业达到25家。');
    await page.locator('#f-m-housekeeping-firms-value').fill('25');
    await page.locator('#f-m-housekeeping-firms-as_of').fill('2025-03-31');
    const yaml = await generate(page);

    const folder = planFolder(QINGSHAN);
    const path = `content/${reportPath(PERIOD, 2, folder)}`;
    expect(path).toBe('content/plans/qingshan-2024/reports/2025-Q1/02.yaml');
    expect(await page.locator('#output-path').textContent()).toBe(path);
    expect(yaml.split('\n')[0]).toBe(`# yaml-language-server: $schema=${reportSchemaComment(folder)}`);
    const draft = draftReport({ task, period: PERIOD, reportedOn: TODAY, planDate: qingshan.plan.date, earlier: qingshan.reports.filter((r) => r.task === 2) });
    const expected = reportToYaml(
      { ...draft.report, summary: '规范化家政服务企业达到25家。', metrics: [{ target: 'housekeeping-firms', value: 25, as_of: '2025-03-31' }] },
      filledReportYamlOptions(task, PERIOD, folder),
    );
    expect(yaml).toBe(expected);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 02.yaml' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(yaml);

    // Where it belongs, in a copy of the two-plan content: no problem at all (nor report.wrong-plan).
    const copy = join(tmp, 'content');
    cpSync(TWO.contentDir, copy, { recursive: true });
    const file = join(copy, reportPath(PERIOD, 2, folder));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, yaml);
    const checked = loadContent({ contentDir: copy, displayRoot: copy, today: TODAY });
    expect(checked.problems.map(problemLine)).toEqual([]);
    expect(checked.ok && checked.content.plans.find((p) => p.id === QINGSHAN)!.reports.some((r) => r.task === 2 && r.period === PERIOD)).toBe(true);

    // The task's file is Qingshan's own.
    expect(requestsAfterLoad.filter((r) => r.includes('/submit/tasks/'))).toEqual([`GET ${site.href(`${pagePath.submitTasks(QINGSHAN)}2.json`)}`]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await context.close();
  }, 90_000);

  test('another plan withdraws the task, its file and its quarters; zero axe violations, fits 375 px', async () => {
    const { context, page, log } = await openForm({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await page.locator('#f-plan').selectOption(TIANMEN);
    expect(await values(page, '#f-period')).toEqual(offered(planOf(TIANMEN)));
    await page.locator('#f-task').selectOption('21');
    await expect.poll(() => page.locator('#draft-note').textContent()).toContain('已按 2024-Q4 的报送预填');
    await page.locator('#f-summary').fill('测试');
    await generate(page);
    expect(await page.locator('#output-path').textContent()).toBe(`content/${reportPath(PERIOD, 21, planFolder(TIANMEN))}`);
    expect(await page.locator('#output-yaml').inputValue()).toContain(`$schema=${reportSchemaComment(planFolder(TIANMEN))}\n`);

    await page.locator('#f-plan').selectOption(QINGSHAN);
    await expect.poll(() => page.locator('#output').isVisible()).toBe(false);
    expect(await page.locator('#f-task').inputValue()).toBe('');
    expect(await page.locator('#report-fields').isVisible()).toBe(false);
    expect(await values(page, '#f-period')).toEqual(offered(planOf(QINGSHAN)));
    // The quarter chosen before is kept when the other plan offers it too.
    expect(await page.locator('#f-period').inputValue()).toBe(PERIOD);
    await expectLinkedError(page, 'f-task', '请选择任务');

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);

  test('without JavaScript: the form stays hidden, and every plan\'s reports folder and every unit\'s one 填报表 are there', async () => {
    const { context, page } = await openForm({ javaScriptEnabled: false });
    const { repository, branch } = TWO.settings;
    expect(await page.locator('#submit-app').isVisible()).toBe(false);
    const main = await page.locator('main').innerText();
    expect(main).toContain('在线表单需要浏览器启用 JavaScript');
    for (const dataset of content.plans) {
      const folder = `content/${dataset.folder}reports/`;
      expect(await page.getByRole('link', { name: folder, exact: true }).getAttribute('href')).toBe(`${repository.replace(/\/+$/, '')}/tree/${branch}/${folder.slice(0, -1)}`);
      // A site of several plans publishes no sheet of one plan: a unit's one sheet spans them.
      expect(await page.locator(`a[href*="/submit/templates/${dataset.id}/"]`).count()).toBe(0);
    }
    // One sheet for 市人社局, which leads tasks in Tianmen and Qingshan, and every sheet linked is there.
    expect(await page.locator('a[href*="/submit/templates/"][href$="/hrss.xlsx"]').count()).toBe(1);
    const links = await page.locator('a[href*="/submit/templates/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links.length).toBe(new Set(content.plans.flatMap((p) => p.tasks.flatMap((t) => t.lead))).size);
    for (const href of links) {
      expect(href).toMatch(/\/submit\/templates\/\d{4}-Q\d\/[a-z-]+\.xlsx$/);
      expect(existsSync(join(TWO.root, href.slice(TWO.urls.base.length)))).toBe(true);
    }
    await context.close();
  }, 60_000);
});
