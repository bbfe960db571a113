// Hostile content (test/fixtures/hostile/): what an attacker or a careless paste could put in a report.
// (a) Real markup and script links never reach a build: the validator rejects each with a named error.
// (b) What the validator allows but looks dangerous is built (`dist-hostile/`, made by `npm test` with
//     `npm run build -- --reports test/fixtures/hostile/reports --out dist-hostile`) and, in Chromium,
//     shows literally: no dialog, no console error, no CSP violation, no element made from content.
// Also: every link to another site in every build has rel="noopener noreferrer".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadDataset } from '../../src/content/load.ts';
import { builtFile } from './page-weight.ts';
import { builtPages } from './built-files.ts';
import { launchBrowser, openPage, serveSite, type Site } from './harness.ts';
import { ALL_SITES, HOSTILE as HOSTILE_SITE } from './sites.ts';
import { pagePath } from '../../src/site/url-scheme.ts';

const ROOT = HOSTILE_SITE.root;
const HOSTILE = join(HOSTILE_SITE.reportsDir!, '2023-Q1/01.yaml');
const hostile = parse(readFileSync(HOSTILE, 'utf8')) as {
  task: number;
  period: string;
  summary: string;
  details: string;
  metrics: { note: string }[];
  evidence: { title: string; url: string }[];
};

describe('(a) real markup and script links are rejected before any build', () => {
  test('each one with a named error at its field', () => {
    const result = loadDataset({ contentDir: 'content', reportsDir: 'test/fixtures/hostile/rejected', displayRoot: process.cwd(), today: '2026-11-29' });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.line}:${p.col} ${p.field} ${p.message}`)).toEqual([
      '5:10 summary 含有 HTML 标签',
      '6:12 details 含有 HTML 标签',
      '8:12 evidence[0].title 含有 HTML 标签',
      '9:10 evidence[0].url 不是有效的网页地址',
      '11:10 evidence[1].url 不是有效的网页地址',
    ]);
  });

  test('the dangerous-looking report is accepted (so it reaches the build below)', () => {
    const result = loadDataset({ contentDir: 'content', reportsDir: HOSTILE_SITE.reportsDir, today: '2026-11-29' });
    expect(result.problems).toEqual([]);
  });
});

describe('(b) the built site shows hostile text literally', () => {
  let browser: Browser;
  let site: Site;
  beforeAll(async () => {
    site = await serveSite(HOSTILE_SITE);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const literalTexts = [
    hostile.summary,
    ...hostile.details.split('\n'),
    hostile.evidence[0]!.title,
  ];

  async function visit(path: string, waitFor?: (page: import('playwright-core').Page) => Promise<unknown>) {
    const context = await browser.newContext();
    const { page, log } = await openPage(context, site.url);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.goto(site.href(path), { waitUntil: 'networkidle' });
    if (waitFor) await waitFor(page);
    // Code from content could only run through an element it made: a handler attribute or a script, both
    // counted below (and blocked by the CSP, whose violations are console errors). What an element's own
    // load would trigger (onerror, onload) has run once the page has loaded, painted a frame and run a task.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const text = (await page.locator('body').textContent()) ?? '';
    const injected = await page.evaluate(() => ({
      svg: document.querySelectorAll('main svg[onload], svg[onload]').length,
      imgWithHandler: document.querySelectorAll('img[onerror]').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
      textareas: document.querySelectorAll('textarea').length,
      // The site's own scripts are files from this origin; any other script element came from content.
      otherScripts: [...document.scripts].filter((script) => !script.src.startsWith(`${location.origin}/`)).length,
    }));
    await context.close();
    return { dialogs, log, text, injected };
  }

  const urls = HOSTILE_SITE.urls;
  const task = () => HOSTILE_SITE.dataset().tasks.find((t) => t.id === hostile.task)!;
  for (const path of [HOSTILE_SITE.plan().task(hostile.task), urls.elderly(HOSTILE_SITE.plan().task(hostile.task))]) {
    test(`${path}: every hostile text shows literally, nothing runs`, async () => {
      const { dialogs, log, text, injected } = await visit(path);
      expect(dialogs).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
      expect(log.failedRequests).toEqual([]);
      expect(injected).toEqual({ svg: 0, imgWithHandler: 0, handlers: 0, textareas: 0, otherScripts: 0 });
      for (const literal of literalTexts) expect(text).toContain(literal.trim());
      expect(text).toContain(hostile.metrics[0]!.note);
    });
  }

  // Which pages show the update's summary: the quarter's page lists it; the others show tasks, not updates.
  const pages: [string, boolean][] = [
    [urls.url(pagePath.home), false],
    [HOSTILE_SITE.plan().quarter(hostile.period), true],
    [HOSTILE_SITE.plan().reports, false],
    [urls.unit(task().lead[0]!), false],
    [HOSTILE_SITE.plan().area(task().area), false],
  ];
  for (const [path, showsSummary] of pages) {
    test(`${path}: no dialog, no error, ${showsSummary ? 'the summary shown literally' : 'the summary not shown'}`, async () => {
      const { dialogs, log, text, injected } = await visit(path);
      expect(dialogs).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(injected).toEqual({ svg: 0, imgWithHandler: 0, handlers: 0, textareas: 0, otherScripts: 0 });
      expect(text.includes(hostile.summary)).toBe(showsSummary);
      // Where the summary is not shown, no part of it is either.
      if (!showsSummary) expect(text).not.toContain('alert(1)');
    });
  }

  test('the evidence link keeps its query as written and opens nothing', async () => {
    const html = readFileSync(builtFile(ROOT, urls, HOSTILE_SITE.plan().task(hostile.task)), 'utf8');
    const escapedUrl = hostile.evidence[0]!.url.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    expect(html).toContain(`href="${escapedUrl}"`);
  });

  test('search: excerpts of hostile text are text, never markup', async () => {
    const { dialogs, log, text, injected } = await visit(`${urls.url(pagePath.search)}?q=onerror`, (page) =>
      page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? '')),
    );
    expect(dialogs).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(injected).toEqual({ svg: 0, imgWithHandler: 0, handlers: 0, textareas: 0, otherScripts: 0 });
    expect(text).toContain('onerror');
    expect(text).toMatch(/<img src=x\s*onerror/);
  });

  test('search: entity-like text in an excerpt stays as written', async () => {
    const { dialogs, text } = await visit(`${urls.url(pagePath.search)}?q=${encodeURIComponent('不加粗')}`, (page) =>
      page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? '')),
    );
    expect(dialogs).toEqual([]);
    expect(text).toContain('&#60;b&#62;不加粗&#60;/b&#62;');
  });

  test('feed.xml and reports.json carry the text exactly', () => {
    const feed = readFileSync(join(ROOT, 'feed.xml'), 'utf8');
    expect(XMLValidator.validate(feed)).toBe(true);
    const entries = new XMLParser({ processEntities: true, htmlEntities: false }).parse(feed).feed.entry;
    const summaries = (Array.isArray(entries) ? entries : [entries]).map((e: { summary: string }) => String(e.summary));
    expect(summaries.some((s) => s.endsWith(hostile.summary))).toBe(true);
    const reports = JSON.parse(readFileSync(join(ROOT, 'data/reports.json'), 'utf8'));
    expect(JSON.stringify(reports)).toContain(JSON.stringify(hostile.details).slice(1, -1));
    expect(reports.meta?.demo ?? reports.demo).toBe(true);
  });
});

describe('links to other sites carry rel="noopener noreferrer"', () => {
  test.each(ALL_SITES)('$root: every <a> with an external href', ({ root }) => {
    const missing: string[] = [];
    let external = 0;
    for (const { file } of builtPages(root)) {
      for (const [tag] of readFileSync(file, 'utf8').matchAll(/<a\s[^>]*>/g)) {
        const href = /\shref="([^"]*)"/.exec(tag)?.[1];
        if (!href || !/^(https?:)?\/\//i.test(href)) continue;
        external++;
        const rel = (/\srel="([^"]*)"/.exec(tag)?.[1] ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) missing.push(`${file}: ${tag}`);
      }
    }
    expect(external).toBeGreaterThan(0);
    expect(missing.slice(0, 10)).toEqual([]);
  });
});
