// /submit/'s 填报表 upload in Chromium: the first load carries no spreadsheet code; a filled sheet dropped
// on the page gives the report file the form's serializer writes for the same answers; a damaged one its
// problems by cell; axe finds nothing in either state, in normal and elderly mode. Needs `npm run build`
// and Debian's python3-openpyxl (the sheet is filled through another writer than the one that made it).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, serveSite, type Site } from './harness.ts';
import { planFolderOf, REAL, TWO } from './sites.ts';
import { pagePath } from '../../src/site/url-scheme.ts';
import { filledReportYamlOptions, reportToYaml } from '../../src/content/report-yaml.ts';
import { planFolder, reportPath } from '../../src/content/paths.ts';
import { loadContent } from '../../src/content/load.ts';
import { problemLine } from '../../src/content/report-problems.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TODAY = '2023-01-10';
const PERIOD = '2022-Q4';
const TEMPLATE = join(ROOT, REAL.root, pagePath.sheetTemplate(REAL.dataset().id, PERIOD, 'hrss'));
const SUMMARY = '全市统一就业服务咨询热线已开通,覆盖92%的地区。';

let browser: Browser;
let site: Site;
let tmp: string;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveSite(REAL);
  tmp = mkdtempSync(join(tmpdir(), 'xlsx-upload-'));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

function fill(name: string, cells: Record<string, unknown>, template = TEMPLATE, task = 5): string {
  const answers = join(tmp, `${name}.json`);
  const out = join(tmp, `${name}.xlsx`);
  writeFileSync(answers, JSON.stringify([{ task, cells }]));
  const run = spawnSync('/usr/bin/python3', [join(ROOT, 'test/fixtures/xlsx/fill.py'), template, out, answers], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`fill.py: ${run.stderr}(需要 python3-openpyxl)`);
  return out;
}

async function dropFile(page: Page, path: string) {
  const bytes = [...readFileSync(path)];
  const name = path.split('/').at(-1)!;
  await page.evaluate(({ bytes, name }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    document.getElementById('sheet-drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { bytes, name });
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);

describe('填报表 upload on /submit/', () => {
  for (const path of [REAL.urls.url(pagePath.submit), REAL.urls.elderly(REAL.urls.url(pagePath.submit))]) {
    test(`${path}: no spreadsheet code on first load; a dropped sheet gives the form's file; problems by cell; axe clean, fits 375 px`, async () => {
      const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', acceptDownloads: true, viewport: { width: 375, height: 740 } });
      const { page, log } = await openPage(context, site.url);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+08:00`));
      await page.goto(site.href(path), { waitUntil: 'networkidle' });
      expect(requests.filter((u) => /sheet-engine|exceljs/.test(u))).toEqual([]);
      expect(await page.locator('#sheet-drop').isVisible()).toBe(true);

      await dropFile(page, fill('damaged', { 进展状态: '完成', '进展摘要(一句话,不超过120字)': SUMMARY, '目标1 实际值': '92%', '佐证材料1 名称': '通知', '佐证材料1 网址': 'www.example.gov.cn/a.html', '佐证材料2 网址': 'https://www.example.gov.cn/b.html' }));
      await page.locator('#sheet-problems').waitFor();
      expect(await page.locator('#sheet-problem-list li').allTextContents()).toEqual([
        'damaged.xlsx 填报!D4: "完成" 不是有效状态,可选: completed(已完成), on_track(按计划推进), ongoing(常态化推进), at_risk(进度滞后), not_started(未启动)',
        'damaged.xlsx 填报!H4: "92%" 不是数字,只写数字,单位已在目标中定义;1.5万 写作 15000',
        'damaged.xlsx 填报!Q4: 不是有效的网页地址,只能填写以 https:// 开头的网址(http:// 也可)',
        'damaged.xlsx 填报!R4: 缺少必填字段,请添加该字段(文字)',
      ]);
      expect(await page.locator('#sheet-output').isHidden()).toBe(true);
      expect(await axe(page)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      await dropFile(page, fill('filled', { 进展状态: '按计划推进', '进展摘要(一句话,不超过120字)': SUMMARY, '目标1 实际值': '９２', '目标1 数据截止日期': '2022年12月31日', '佐证材料1 名称': '市人社局通知 ', '佐证材料1 网址': 'https://www.example.gov.cn/a.html' }));
      await page.locator('#sheet-output').waitFor();
      expect(await page.locator('#sheet-problems').isHidden()).toBe(true);
      expect(await page.locator('#sheet-file-list li').allTextContents()).toEqual([`content/${planFolderOf(REAL.contentDir)}reports/${PERIOD}/05.yaml`]);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#sheet-download').click()]);
      expect(download.suggestedFilename()).toBe('05.yaml');
      const yaml = readFileSync((await download.path())!, 'utf8');
      const expected = reportToYaml(
        { task: 5, period: PERIOD, status: 'on_track', summary: SUMMARY, metrics: [{ target: 'hotline-coverage', value: 92, as_of: '2022-12-31' }], evidence: [{ title: '市人社局通知', url: 'https://www.example.gov.cn/a.html' }], reported_by: 'hrss', reported_on: '2022-12-31' },
        filledReportYamlOptions({ id: 5, title: '畅通就业咨询渠道' }, PERIOD, planFolderOf(REAL.contentDir)),
      );
      expect(yaml).toBe(expected);
      expect(await axe(page)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(log.consoleErrors).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
      await context.close();
    }, 90_000);
  }
});

// Two plans on one site (dist-two): a unit's one sheet spans the plans open in the site's quarter, a 方案 column
// telling their task numbers apart; the upload checks each row with its plan's tasks and rules and gives each
// report its own plan's folder, several plans' files in one zip under content/.
describe('填报表 upload on a site of two plans', () => {
  const TWO_TODAY = '2025-01-10';
  const TIANMEN = 'ggfw-2022';
  const QINGSHAN = 'qingshan-2024';
  let two: Site;
  beforeAll(async () => {
    two = await serveSite(TWO);
  });
  afterAll(async () => {
    await two?.close();
  });

  test('市民政局\'s spanning sheet, a Tianmen row and a Qingshan row: one file in each plan\'s folder', async () => {
    const [period, ...others] = readdirSync(join(ROOT, TWO.root, pagePath.sheetTemplates)).filter((f) => /^\d{4}-Q\d$/.test(f));
    expect(others).toEqual([]);
    const plans = TWO.datasets();
    const nameOf = (id: string) => { const p = plans.find((d) => d.id === id)!.plan; return p.short ?? p.title; };
    const template = join(ROOT, TWO.root, pagePath.spanningSheet(period!, 'civil-affairs'));
    const answers = join(tmp, 'spanning.json');
    const summary = (plan: string) => `${plan}本季度按计划推进。`;
    writeFileSync(answers, JSON.stringify([
      { plan: nameOf(TIANMEN), task: 34, cells: { 进展状态: '按计划推进', '进展摘要(一句话,不超过120字)': summary('天门') } },
      { plan: nameOf(QINGSHAN), task: 1, cells: { 进展状态: '按计划推进', '进展摘要(一句话,不超过120字)': summary('青山') } },
    ]));
    const filled = join(tmp, '市民政局.xlsx');
    const run = spawnSync('/usr/bin/python3', [join(ROOT, 'test/fixtures/xlsx/fill.py'), template, filled, answers], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`fill.py: ${run.stderr}`);

    const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    const { page, log } = await openPage(context, two.url);
    await page.clock.setFixedTime(new Date(`${TWO_TODAY}T10:00:00+08:00`));
    await page.goto(two.href(pagePath.submit), { waitUntil: 'networkidle' });
    await dropFile(page, filled);
    await page.locator('#sheet-output').waitFor();
    expect(await page.locator('#sheet-problems').isHidden()).toBe(true);
    const paths = [`content/${reportPath(period!, 34, planFolder(TIANMEN))}`, `content/${reportPath(period!, 1, planFolder(QINGSHAN))}`];
    expect(await page.locator('#sheet-file-list li').allTextContents()).toEqual(paths);
    expect(await page.getAttribute('#sheet-upload-link', 'href')).toBe(`${TWO.settings.repository.replace(/\/+$/, '')}/upload/${TWO.settings.branch}/content`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#sheet-download').click()]);
    expect(download.suggestedFilename()).toBe(`reports-${period}.zip`);
    const entries = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(entries)).toEqual(paths.map((p) => p.replace(/^content\//, '')));

    // Unzipped into a copy of the two-plan content, Tianmen's reports being the demo's as in the build: both valid, in their plans.
    const copy = join(tmp, 'two-content');
    const demoReports = join(tmp, 'two-demo-reports');
    cpSync(TWO.contentDir, copy, { recursive: true });
    cpSync(TWO.reportsDir!, demoReports, { recursive: true });
    const tianmenReports = `${planFolder(TIANMEN)}reports/`;
    for (const [path, bytes] of Object.entries(entries)) {
      const file = path.startsWith(tianmenReports) ? join(demoReports, path.slice(tianmenReports.length)) : join(copy, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
    // The demo's own reports are dated up to late January.
    const checked = loadContent({ contentDir: copy, reportsDir: demoReports, plan: TIANMEN, demo: true, today: '2025-02-01' });
    expect(checked.problems.filter((p) => p.severity === 'error').map(problemLine)).toEqual([]);
    if (!checked.ok) throw new Error('not ok');
    expect(checked.content.plans.find((p) => p.id === TIANMEN)!.reports.find((r) => r.task === 34 && r.period === period)?.summary).toBe(summary('天门'));
    expect(checked.content.plans.find((p) => p.id === QINGSHAN)!.reports.find((r) => r.task === 1 && r.period === period)?.summary).toBe(summary('青山'));
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);
});
