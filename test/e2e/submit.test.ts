// /submit/ in a real Chromium against the built site: the form shows the validator's own Chinese
// messages as staff type, and the file it writes passes the validator and is byte for byte what the
// project's serializer gives for the same report (the CLI's draft plus the same edits).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser, openPage, serveSite, type PageLog, type Site } from './harness.ts';
import { DEMO, planFolderOf, REAL, SUBPATH, type BuiltSite } from './sites.ts';
import { loadDataset, type Dataset } from '../../src/content/load.ts';
import { pagePath } from '../../src/site/url-scheme.ts';
import { problemLine } from '../../src/content/report-problems.ts';
import { listFiles } from '../../src/fs/walk.ts';
import { DEMO_MARK_OPENING } from '../../src/schema/index.ts';
import { draftReport, reportSchemaComment, reportToYaml, type ReportInput } from '../../src/content/report-yaml.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// A fixed clock: the form's "today" (default report date and the latest quarter) and the validator's.
const TODAY = '2025-04-10';
const PERIOD = '2025-Q1';
// The form writes the file into the plan's folder: its schema line climbs out of it.
const SCHEMA_LINE = reportSchemaComment(planFolderOf(REAL.contentDir));

let browser: Browser;
let tmp: string;
beforeAll(async () => {
  browser = await launchBrowser();
  tmp = mkdtempSync(join(tmpdir(), 'submit-form-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The site's dataset as the form sees it on TODAY. */
function loadOn(site: BuiltSite): Dataset {
  const result = loadDataset({ contentDir: site.contentDir, reportsDir: site.reportsDir, demo: site.demo, today: TODAY });
  if (!result.ok) throw new Error(result.problems.map(problemLine).join('\n'));
  return result.dataset;
}

/** Writes `text` as reports/{period}/{NN}.yaml into a fresh copy of `from` (and demo reports) and validates it. */
function validateIn(name: string, period: string, file: string, text: string, from: string, demoReports = false) {
  const contentDir = join(tmp, name);
  cpSync(from, contentDir, { recursive: true });
  // Demo reports sit beside the content copy, as examples/demo/reports sits beside content/: the loader
  // reports anything unexpected inside a content folder.
  const reportsDir = demoReports ? join(tmp, `${name}-demo-reports`) : join(contentDir, planFolderOf(contentDir), 'reports');
  if (demoReports) cpSync(DEMO.reportsDir!, reportsDir, { recursive: true });
  const path = join(reportsDir, period, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return loadDataset({ contentDir, reportsDir, demo: demoReports, displayRoot: contentDir, today: TODAY });
}

async function openForm(site: Site, path: string = pagePath.submit, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
  const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', ...options });
  const { page, log } = await openPage(context, site.url);
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+08:00`));
  await page.goto(site.href(path), { waitUntil: 'networkidle' });
  return { context, page, log };
}

const errorOf = (page: Page, id: string) => page.locator(`#${id}-error`);

async function expectLinkedError(page: Page, id: string, text: string) {
  await expect.poll(() => errorOf(page, id).textContent()).toBe(text);
  expect(await page.getAttribute(`#${id}`, 'aria-invalid')).toBe('true');
  expect((await page.getAttribute(`#${id}`, 'aria-describedby'))?.split(' ')).toContain(`${id}-error`);
}

async function generate(page: Page): Promise<string> {
  await page.getByRole('button', { name: '生成报告文件' }).click();
  await page.locator('#output').waitFor();
  return page.locator('#output-yaml').inputValue();
}

// The real content at / and under the scenario's sub-path, with its own repository.
for (const build of [REAL, SUBPATH]) describe(`${build.name} build`, () => {
  const { repository, branch } = build.settings;
  const submitPage = build.urls.url(pagePath.submit);
  let site: Site;
  let dataset: Dataset;
  beforeAll(async () => {
    site = await serveSite(build);
    dataset = loadOn(build);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('task 14 (a target): live errors in the validator\'s words, then a file the validator accepts', async () => {
    const { context, page, log } = await openForm(site);
    const requestsAfterLoad: string[] = [];
    page.on('request', (request) => requestsAfterLoad.push(`${request.method()} ${request.url()}`));

    expect(await page.locator('#f-period').inputValue()).toBe(PERIOD);
    expect(await page.locator('#f-reported-on').inputValue()).toBe(TODAY);
    // One plan: no plan to choose, the form as it was before plans (test/e2e/submit-plans.test.ts has two).
    expect(await page.locator('#f-plan').count()).toBe(0);
    expect(await page.locator('#f-task optgroup').count()).toBe(0);
    // The schema, rules and serializer are not part of the first load (issue #23): they come with the task.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((name) => name.includes('/engine.')))).toEqual([]);
    await page.locator('#f-task').selectOption('14');
    await expect.poll(() => page.locator('#f-task-hint').textContent()).toBe('牵头单位:市医疗保障局');
    await expect.poll(() => page.locator('#draft-note').textContent()).toContain('此前没有报送');
    expect(await page.locator('#f-status-not_started').isChecked()).toBe(true);
    // One input per target, with its unit.
    expect(await page.locator('#metrics fieldset.metric').count()).toBe(1);
    expect(await page.locator('label[for="f-m-designated-institutions-value"]').textContent()).toBe('实际值(单位:家)');

    // Generating with an empty summary: the error summary at the top, focused, linking to the field.
    await page.getByRole('button', { name: '生成报告文件' }).click();
    const summaryBox = page.locator('#error-summary');
    await summaryBox.waitFor();
    expect(await summaryBox.getAttribute('role')).toBe('alert');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    await expectLinkedError(page, 'f-summary', '不能为空,请填写内容(只有空格也算空)');
    const link = summaryBox.getByRole('link', { name: /^进展摘要:不能为空/ });
    expect(await link.getAttribute('href')).toBe('#f-summary');
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-summary');
    expect(await page.locator('#output').isVisible()).toBe(false);

    // A value with a unit in it: exactly the validator's message for the same value in a file.
    const inFile = validateIn(
      `${build.name}-bad-value`,
      PERIOD,
      '14.yaml',
      `task: 14\nperiod: ${PERIOD}\nstatus: on_track\nsummary: 测试\nmetrics:\n  - target: designated-institutions\n    value: 1.5万\n    as_of: "2025-03-31"\nreported_by: healthcare-security\nreported_on: "${TODAY}"\n`,
      build.contentDir,
    );
    const valueProblem = inFile.problems.find((p) => p.field === 'metrics[0].value');
    expect(valueProblem?.message).toBe('"1.5万" 不是数字');
    await page.locator('#f-m-designated-institutions-value').fill('1.5万');
    await page.locator('#f-m-designated-institutions-value').blur();
    await expectLinkedError(page, 'f-m-designated-institutions-value', `${valueProblem!.message},${valueProblem!.fix}`);
    // Announced where a screen reader hears it.
    await expect.poll(() => page.locator('#form-status').textContent()).toContain('异地就医定点医药机构数量:实际值(单位:家):"1.5万" 不是数字');

    // An evidence link that is not a web address.
    await page.locator('#f-e1-title').fill('市医保局关于异地就医直接结算的通知');
    await page.locator('#f-e1-url').fill('www.tianmen.gov.cn/notice');
    await page.locator('#f-e1-url').blur();
    await expectLinkedError(page, 'f-e1-url', '不是有效的网页地址,只能填写以 https:// 开头的网址(http:// 也可)');

    // The select offers only the task's lead units; a unit slipped in anyway meets the validator's rule.
    expect(await page.locator('#f-reported-by option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(['healthcare-security']);
    await page.locator('#f-reported-by').evaluate((select) => select.append(new Option('市人社局(hrss)', 'hrss')));
    await page.locator('#f-reported-by').selectOption('hrss');
    await expectLinkedError(page, 'f-reported-by', '"hrss" 不是任务 14 的牵头单位,该任务的牵头单位: healthcare-security(市医疗保障局)');

    // A report date in the future (the rule the validator applies against the clock).
    await page.locator('#f-reported-on').fill('2025-04-11');
    await page.locator('#f-reported-on').blur();
    await expectLinkedError(page, 'f-reported-on', '报送日期 2025-04-11 晚于今天,请填写实际报送日期');

    // Now correct everything, add and remove an evidence row, and generate.
    await page.locator('#f-reported-on').fill(TODAY);
    await page.locator('#f-reported-by').selectOption('healthcare-security');
    await page.locator('#f-status-on_track').check();
    await page.locator('#f-summary').fill('  新增异地就医定点医药机构12家,累计180家。 ');
    await page.locator('#f-details').fill('第一段:已完成备案系统升级。\n\n第二段:下季度继续推进门诊慢特病跨省直接结算。');
    await page.locator('#f-m-designated-institutions-value').fill('180');
    await page.locator('#f-m-designated-institutions-as_of').fill('2025-03-31');
    await page.locator('#f-e1-url').fill('https://www.tianmen.gov.cn/notice/2025-01.html');
    await page.getByRole('button', { name: '添加一份材料' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-e2-title');
    await page.locator('#f-e2-title').fill('待删除');
    await page.getByRole('button', { name: '删除材料 2' }).click();
    expect(await page.locator('.evidence-row').count()).toBe(1);
    const yaml = await generate(page);
    expect(await page.locator('#error-summary').isVisible()).toBe(false);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);

    // Byte for byte: the CLI's draft for this task and quarter, with the same edits, through the same serializer.
    const task = dataset.tasks.find((t) => t.id === 14)!;
    const draft = draftReport({ task, period: PERIOD, reportedOn: TODAY, earlier: [] });
    const expected: ReportInput = {
      ...draft.report,
      status: 'on_track',
      summary: '新增异地就医定点医药机构12家,累计180家。',
      details: '第一段:已完成备案系统升级。\n\n第二段:下季度继续推进门诊慢特病跨省直接结算。',
      metrics: [{ target: 'designated-institutions', value: 180, as_of: '2025-03-31' }],
      evidence: [{ title: '市医保局关于异地就医直接结算的通知', url: 'https://www.tianmen.gov.cn/notice/2025-01.html' }],
    };
    const expectedYaml = reportToYaml(expected, { schemaComment: SCHEMA_LINE, comments: { header: ['任务 14「提高异地就医报销便捷性」2025年第一季度进展。'] } });
    expect(yaml).toBe(expectedYaml);
    expect(yaml.split('\n').slice(0, 3)).toEqual([`# yaml-language-server: $schema=${SCHEMA_LINE}`, '# 任务 14「提高异地就医报销便捷性」2025年第一季度进展。', '']);

    // The validator accepts it where it belongs.
    expect(await page.locator('#output-path').textContent()).toBe(`content/${planFolderOf(REAL.contentDir)}reports/2025-Q1/14.yaml`);
    const result = validateIn(`${build.name}-task-14`, PERIOD, '14.yaml', yaml, build.contentDir);
    expect(result.problems.map(problemLine)).toEqual([]);
    expect(result.ok).toBe(true);

    // Download: the same bytes, named NN.yaml.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 14.yaml' }).click()]);
    expect(download.suggestedFilename()).toBe('14.yaml');
    expect(readFileSync(await download.path(), 'utf8')).toBe(yaml);

    // The GitHub link carries the path and the content; it is not followed here.
    const href = (await page.locator('#output-github').getAttribute('href'))!;
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe(`${repository}/new/${branch}`);
    expect(url.searchParams.get('filename')).toBe(`content/${planFolderOf(REAL.contentDir)}reports/2025-Q1/14.yaml`);
    expect(url.searchParams.get('value')).toBe(yaml);
    expect(href).toContain(`&value=${encodeURIComponent(yaml)}`);

    // Copy to the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.getByRole('button', { name: '复制内容' }).click();
    await expect.poll(() => page.locator('#output-status').textContent()).toMatch(/^已复制/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(yaml);

    // Editing after generating keeps the file current; a new error withdraws it.
    await page.locator('#f-summary').fill('');
    await expect.poll(() => page.locator('#output').isVisible()).toBe(false);

    // Nothing typed was sent anywhere while filling in, generating, downloading and copying: the only
    // requests are the GETs of the chosen task's targets and published reports and of the form's own
    // code (loaded once a task is chosen), from this site, each asked for once. check.ts is a chunk of its own:
    // the 填报表 upload (src/client/xlsx/sheet-engine.ts) checks with it too.
    expect(requestsAfterLoad.filter((r) => !r.startsWith('GET blob:'))).toEqual([
      `GET ${site.href(`${pagePath.submitTasks(dataset.id)}14.json`)}`,
      expect.stringMatching(new RegExp(`^GET ${site.href('_astro/engine')}\\.[\\w-]+\\.js$`)),
      expect.stringMatching(new RegExp(`^GET ${site.href('_astro/check')}\\.[\\w-]+\\.js$`)),
    ]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await context.close();
  }, 60_000);

  test('task 3 (no targets): no metric inputs, and a file the validator accepts', async () => {
    const { context, page, log } = await openForm(site);
    await page.locator('#f-task').selectOption('3');
    expect(await page.locator('#f-task-hint').textContent()).toBe('牵头单位:市教育局');
    await expect.poll(() => page.locator('#metrics-intro').textContent()).toBe('本任务没有数量目标,不需要填写。');
    expect(await page.locator('#metrics input').count()).toBe(0);
    await page.locator('#f-status-ongoing').check();
    await page.locator('#f-summary').fill('开展教育收费专项检查,受理投诉3件,均已办结。');
    const yaml = await generate(page);

    const task = dataset.tasks.find((t) => t.id === 3)!;
    const draft = draftReport({ task, period: PERIOD, reportedOn: TODAY, earlier: [] });
    const expected = reportToYaml(
      { ...draft.report, status: 'ongoing', summary: '开展教育收费专项检查,受理投诉3件,均已办结。' },
      { schemaComment: SCHEMA_LINE, comments: { header: ['任务 3「规范学校(幼儿园)收费行为」2025年第一季度进展。'] } },
    );
    expect(yaml).toBe(expected);
    expect(yaml).toContain('\nevidence: []\n');
    expect(yaml).not.toContain('metrics');
    const result = validateIn(`${build.name}-task-03`, PERIOD, '03.yaml', yaml, build.contentDir);
    expect(result.problems.map(problemLine)).toEqual([]);

    const url = new URL((await page.locator('#output-github').getAttribute('href'))!);
    expect(url.searchParams.get('filename')).toBe(`content/${planFolderOf(REAL.contentDir)}reports/2025-Q1/03.yaml`);
    expect(url.searchParams.get('value')).toBe(yaml);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  for (const path of [submitPage, build.urls.elderly(submitPage)]) {
    test(`${path}: the filled-in form with its errors has zero axe violations and fits 375 px`, async () => {
      const { context, page } = await openForm(site, path, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
      expect(await page.evaluate(() => document.documentElement.classList.contains('elderly'))).toBe(path !== submitPage);
      await page.locator('#f-task').selectOption('21');
      await page.locator('#f-m-incineration-share-value').fill('85%');
      await page.locator('#f-e1-url').fill('javascript:alert(1)');
      // Leaving the field shows its message, which moves the button down between press and release when the
      // page is long enough to scroll it into view (it is, with the 填报表 section below): leave it first.
      await page.locator('#f-e1-url').blur();
      await page.getByRole('button', { name: '生成报告文件' }).click();
      await page.locator('#error-summary').waitFor();
      expect(await page.locator('#error-summary li').count()).toBeGreaterThanOrEqual(3);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await page.locator('#f-m-incineration-share-value').fill('85');
      await page.locator('#f-e1-url').fill('https://www.tianmen.gov.cn/a.html');
      await page.locator('#f-e1-title').fill('简报');
      await page.locator('#f-summary').fill('测试');
      await generate(page);
      expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await context.close();
    }, 90_000);
  }

  test('without JavaScript the form stays hidden and the page explains the manual way', async () => {
    const { context, page } = await openForm(site, submitPage, { javaScriptEnabled: false });
    expect(await page.locator('#submit-app').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).toContain('在线表单需要浏览器启用 JavaScript');
    expect(await page.getByRole('link', { name: '报送指南(CONTRIBUTING.md)' }).getAttribute('href')).toBe(`${repository}/blob/${branch}/CONTRIBUTING.md`);
    await context.close();
  }, 60_000);
});

describe('demo build', () => {
  let site: Site;
  beforeAll(async () => {
    site = await serveSite(DEMO);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('pre-fills as npm run new:report does, and writes what the CLI\'s file gives with the same edit', async () => {
    const { context, page, log } = await openForm(site);
    await page.locator('#f-task').selectOption('21');
    await expect.poll(() => page.locator('#draft-note').textContent()).toContain('已按 2024-Q4 的报送预填');
    await page.locator('#f-summary').fill('垃圾分类示范片区扩大到12个社区。');
    const yaml = await generate(page);
    // A demo draft is invented: no one-click way into the real repository from the demo site.
    expect(await page.locator('#output-github').isVisible()).toBe(false);

    // The CLI itself, on a copy of content/ holding the demo reports.
    const contentDir = join(tmp, 'cli');
    cpSync(DEMO.contentDir, contentDir, { recursive: true });
    const cliReports = join(contentDir, planFolderOf(contentDir), 'reports');
    rmSync(cliReports, { recursive: true, force: true });
    cpSync(DEMO.reportsDir!, cliReports, { recursive: true });
    // In a content folder the demo site's 【演示】 mark is an error (report.demo-mark): the copies carry
    // another mark, and the form's output is compared under the same substitution.
    const remark = (text: string) => text.replaceAll(DEMO_MARK_OPENING, '【样本');
    for (const file of listFiles(cliReports).filter((f) => f.endsWith('.yaml'))) {
      const path = join(cliReports, file);
      writeFileSync(path, remark(readFileSync(path, 'utf8')));
    }
    const cli = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/new-report.ts'), '--task', '21', '--period', PERIOD, '--content', contentDir, '--today', TODAY], { encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    const drafted = parse(readFileSync(join(cliReports, PERIOD, '21.yaml'), 'utf8')) as ReportInput;
    const expected = reportToYaml({ ...drafted, summary: '垃圾分类示范片区扩大到12个社区。' }, { schemaComment: SCHEMA_LINE, comments: { header: ['任务 21「加强垃圾收运及分类处理」2025年第一季度进展。'] } });
    expect(remark(yaml)).toBe(expected);
    expect(yaml).toContain('【演示');
    expect(drafted.metrics?.length).toBeGreaterThan(0);

    const result = validateIn('demo-21', PERIOD, '21.yaml', yaml, DEMO.contentDir, true);
    expect(result.problems.filter((p) => p.severity === 'error').map(problemLine)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  // A failed load of the task's file or of the form's own code (loaded with it) is one network matter.
  for (const [what, pattern] of [['the task', '**/submit/tasks/*/21.json'], ['the form\'s own code', '**/_astro/engine.*.js']] as const) {
    test(`when ${what} cannot be read, the form says so, shows no fields, and reads it again on request`, async () => {
      const { context, page } = await openForm(site);
      let reachable = false;
      await page.route(pattern, (route) => (reachable ? route.continue() : route.abort()));
      await page.locator('#f-task').selectOption('21');
      await expect.poll(() => page.locator('#draft-note').textContent()).toBe('未能读取本任务的目标和此前的报送(网络问题),暂时无法填写;请点“重新读取”再试。');
      expect(await page.locator('#report-fields').isVisible()).toBe(false);
      await page.getByRole('button', { name: '生成报告文件' }).click();
      await expectLinkedError(page, 'f-task', '未能读取本任务的资料,请点“重新读取”');
      reachable = true;
      await page.getByRole('button', { name: '重新读取' }).click();
      await expect.poll(() => page.locator('#draft-note').textContent()).toContain('已按 2024-Q4 的报送预填');
      expect(await page.locator('#task-retry').isVisible()).toBe(false);
      expect(await page.locator('#report-fields').isVisible()).toBe(true);
      await page.locator('#f-summary').fill('测试');
      expect(await generate(page)).toContain('\nsummary: 测试\n');
      await context.close();
    }, 60_000);
  }

  test('a draft that fails in the form itself says so: not a network problem, no 重新读取, no file', async () => {
    const { context, page, log } = await openForm(site);
    // The task's file is read, but its reports are not a list: drafting throws.
    await page.route('**/submit/tasks/*/21.json', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), reports: 5 } });
    });
    await page.locator('#f-task').selectOption('21');
    await expect.poll(() => page.locator('#draft-note').textContent()).toBe('表单程序出错,未能为本任务生成报告草稿(不是网络问题,重新读取也无法解决)。请按下面“不用表单报送”的步骤报送,并告知网站维护人员。');
    expect(await page.locator('#task-retry').isVisible()).toBe(false);
    expect(await page.locator('#report-fields').isVisible()).toBe(false);
    await page.getByRole('button', { name: '生成报告文件' }).click();
    await expectLinkedError(page, 'f-task', '表单程序出错,无法为本任务生成报告,请按“不用表单报送”的步骤报送');
    expect(await page.locator('#error-summary li').allTextContents()).toEqual(['任务:表单程序出错,无法为本任务生成报告,请按“不用表单报送”的步骤报送']);
    expect(await page.locator('#output').isVisible()).toBe(false);
    // For whoever maintains the site: the error itself, in the console.
    expect(log.consoleErrors).toEqual([expect.stringContaining('submit form: drafting failed')]);
    await context.close();
  }, 60_000);

  test('a file generated for one task is withdrawn while the next chosen task loads', async () => {
    const { context, page } = await openForm(site);
    await page.locator('#f-task').selectOption('21');
    await page.locator('#f-summary').fill('测试');
    await generate(page);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/submit/tasks/*/3.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('#f-task').selectOption('3');
    await expect.poll(() => page.locator('#draft-note').textContent()).toBe('正在读取本任务的目标和此前的报送……');
    expect(await page.locator('#output').isVisible()).toBe(false);
    expect(await page.locator('#report-fields').isVisible()).toBe(false);
    release();
    await expect.poll(() => page.locator('#report-fields').isVisible()).toBe(true);
    // Once task 3 is read, the file shown (the form checks again after a first attempt) is task 3's.
    await expect.poll(() => page.locator('#output-path').textContent()).toBe(`content/${planFolderOf(REAL.contentDir)}reports/${PERIOD}/03.yaml`);
    await context.close();
  }, 60_000);

  test('a quarter that already has a report: the validator\'s duplicate rule, at the period', async () => {
    const { context, page } = await openForm(site);
    await page.locator('#f-task').selectOption('21');
    await page.locator('#f-period').selectOption('2024-Q4');
    await page.locator('#f-summary').fill('测试');
    await page.getByRole('button', { name: '生成报告文件' }).click();
    await expectLinkedError(page, 'f-period', '任务 21 在 2024-Q4 已有报告(examples/demo/reports/2024-Q4/21.yaml),同一任务每季度只报送一份;更正请直接修改原文件');
    expect(await page.locator('#output').isVisible()).toBe(false);
    await context.close();
  }, 60_000);
});
