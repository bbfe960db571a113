// The redirect pages of the addresses that moved under the plan's id (issue #25), on the real build and
// the builds of the same content: each leads to a page that was built, its 长辈模式 twin to the twin, and
// other content folders get none (their pages were never at the old addresses).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, serveSite, type Site } from './harness.ts';
import { isRedirectPage, readRedirects } from '../../src/site/published-urls.ts';
import { DEMO, REAL, SECOND, SUBPATH } from './sites.ts';

const refreshTarget = (html: string) => /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
const pageFile = (root: string, base: string, url: string) => join(root, url.slice(base.length).replace(/#.*$/, ''), 'index.html');

describe.each([REAL, DEMO])('$name build', (site) => {
  const { redirects } = readRedirects();
  test.skipIf(!existsSync(site.root))('every moved address refreshes to a built page, its twin to the twin', async () => {
    const { urls } = site;
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    expect(Object.keys(redirects).length).toBeGreaterThan(0);
    for (const [from, to] of Object.entries(redirects)) {
      for (const [source, target] of [
        [urls.url(from), urls.url(to)],
        [urls.elderly(urls.url(from)), urls.elderly(urls.url(to))],
      ] as const) {
        const html = readFileSync(pageFile(site.root, urls.base, source), 'utf8');
        expect(isRedirectPage(html), source).toBe(true);
        expect(refreshTarget(html), source).toBe(target);
        expect(existsSync(pageFile(site.root, urls.base, target)), target).toBe(true);
        expect(isRedirectPage(readFileSync(pageFile(site.root, urls.base, target), 'utf8')), target).toBe(false);
      }
    }
    const sample = readFileSync(pageFile(site.root, urls.base, urls.url(Object.keys(redirects)[0]!)), 'utf8');
    const report = await validator.validateString(sample, 'redirect.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});

test.each([SUBPATH, SECOND])('$name build: no redirect page (its content never had the old addresses)', (site) => {
  if (!existsSync(site.root)) return;
  for (const from of Object.keys(readRedirects().redirects)) expect(existsSync(pageFile(site.root, site.urls.base, site.urls.url(from))), from).toBe(false);
});

// Citations link to a paragraph (/plan/#task-12); a meta refresh alone would land at the top of the new page.
describe('a moved address keeps its anchor (real build, Chromium)', () => {
  let browser: Browser;
  let site: Site;
  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveSite(REAL);
  });
  afterAll(async () => {
    await site?.close();
    await browser?.close();
  });

  test('with JavaScript /plan/#task-12 lands on the paragraph at its new address', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context, site.url);
    await page.goto(site.href(`${REAL.urls.url('plan/')}#task-12`));
    await page.waitForURL((url) => url.pathname === REAL.plan().plan, { waitUntil: 'load' });
    expect(new URL(page.url()).hash).toBe('#task-12');
    expect(await page.locator('#task-12').count()).toBe(1);
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await context.close();
  });

  test('without JavaScript the refresh still leads to the new address', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.href(REAL.urls.url('tasks/12/')));
    await page.waitForURL((url) => url.pathname === REAL.plan().task(12), { waitUntil: 'load' });
    expect(await page.locator('h1').first().innerText()).toContain('12.');
    await context.close();
  });
});
