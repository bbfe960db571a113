// /submit/'s 填报表 upload in Chromium: the first load carries no spreadsheet code; a filled sheet dropped
// on the page gives the report file the form's serializer writes for the same answers; a damaged one its
// problems by cell; axe finds nothing in either state, in normal and elderly mode. Needs `npm run build`
// and Debian's python3-openpyxl (the sheet is filled through another writer than the one that made it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, serveSite, type Site } from './harness.ts';
import { planFolderOf, REAL, TWO } from './sites.ts';
import { pagePath } from '../../src/site/url-scheme.ts';
import { filledReportYamlOptions, reportToYaml } from '../../src/content/report-yaml.ts';
import { planFolder } from '../../src/content/paths.ts';

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

// Two plans on one site (dist-two): a sheet is one plan's, named by its number; the upload takes that plan's
// tasks and rules and writes into its folder, and will not mix two plans' sheets in one folder's upload.
describe('填报表 upload on a site of two plans', () => {
  const TWO_TODAY = '2025-01-10';
  const QINGSHAN = 'qingshan-2024';
  const QINGSHAN_PERIOD = '2024-Q3';
  const template = (plan: string, period: string) => join(ROOT, TWO.root, pagePath.sheetTemplate(plan, period, 'hrss'));
  let two: Site;
  beforeAll(async () => {
    two = await serveSite(TWO);
  });
  afterAll(async () => {
    await two?.close();
  });

  test('a Qingshan sheet gives Qingshan\'s file in its folder; with a Tianmen sheet beside it, it is refused', async () => {
    const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    const { page, log } = await openPage(context, two.url);
    await page.clock.setFixedTime(new Date(`${TWO_TODAY}T10:00:00+08:00`));
    await page.goto(two.href(pagePath.submit), { waitUntil: 'networkidle' });
    const summary = '规范化家政服务企业达到20家。';
    const qingshan = fill('qingshan', { 进展状态: '按计划推进', '进展摘要(一句话,不超过120字)': summary, '目标1 实际值': '20', '目标1 数据截止日期': '2024-09-30' }, template(QINGSHAN, QINGSHAN_PERIOD), 2);
    await dropFile(page, qingshan);
    await page.locator('#sheet-output').waitFor();
    const folder = planFolder(QINGSHAN);
    expect(await page.locator('#sheet-file-list li').allTextContents()).toEqual([`content/${folder}reports/${QINGSHAN_PERIOD}/02.yaml`]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#sheet-download').click()]);
    const expected = reportToYaml(
      { task: 2, period: QINGSHAN_PERIOD, status: 'on_track', summary, metrics: [{ target: 'housekeeping-firms', value: 20, as_of: '2024-09-30' }], evidence: [], reported_by: 'hrss', reported_on: '2024-09-30' },
      filledReportYamlOptions({ id: 2, title: '发展家政服务' }, QINGSHAN_PERIOD, folder),
    );
    expect(readFileSync((await download.path())!, 'utf8')).toBe(expected);

    const tianmen = fill('tianmen', { 进展状态: '按计划推进', '进展摘要(一句话,不超过120字)': SUMMARY }, template('ggfw-2022', readdirSync(join(ROOT, TWO.root, 'submit/templates/ggfw-2022'))[0]!));
    const bytes = [qingshan, tianmen].map((path) => ({ bytes: [...readFileSync(path)], name: path.split('/').at(-1)! }));
    await page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const { bytes, name } of files) transfer.items.add(new File([new Uint8Array(bytes)], name));
      document.getElementById('sheet-drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.locator('#sheet-problems').waitFor();
    expect(await page.locator('#sheet-problem-list li').allTextContents()).toEqual([expect.stringMatching(/^tianmen\.xlsx: 这份填报表属于另一个方案(.+),与 青政办发〔2024〕12号 的填报表不能一起上传。请分开上传$/)]);
    expect(await page.locator('#sheet-output').isHidden()).toBe(true);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);
});
