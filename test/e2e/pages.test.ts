// Every page type, in a real Chromium, for the real build and the demo build: loads cleanly, stays on
// its own origin, has zero axe violations (normal and elderly mode), fits a 375 px phone, works without JS.
// Search itself is tested in search.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { pagePath } from '../../src/site/url-scheme.ts';
import { axeViolations, launchBrowser, openPage, serveSite, type Site } from './harness.ts';
import { NOT_FOUND_PAGE, pagesOf, pageTypes, searchWithQuery } from './page-weight.ts';
import { DEMO, REAL, SECOND, SUBPATH, TWO, type BuiltSite } from './sites.ts';


/** A page's 长辈模式 twin as a reader without JS reaches it (the 404 page has none: it takes ?mode=elderly). */
const elderlyTwin = (site: BuiltSite, path: string) => (path === NOT_FOUND_PAGE ? `${NOT_FOUND_PAGE}?mode=elderly` : site.urls.elderly(site.urls.url(path)));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const build of [REAL, DEMO, SECOND, TWO]) {
  describe(`${build.name} build`, () => {
    let site: Site;
    beforeAll(async () => {
      site = await serveSite(build);
    });
    afterAll(async () => {
      await site?.close();
    });

    for (const [type, path] of Object.entries(pagesOf(build))) {
      test(`${type} (${path}) loads with no errors and no other origin`, async () => {
        const context = await browser.newContext();
        const { page, log } = await openPage(context, site.url);
        const response = await page.goto(site.href(path), { waitUntil: 'networkidle' });
        // Every page is a file of its own, 404.html included (a missing address is tested below).
        expect(response?.status()).toBe(200);
        expect(await page.locator('h1').first().textContent()).toBeTruthy();
        expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
        expect(log.consoleErrors).toEqual([]);
        expect(log.failedRequests).toEqual([]);
        expect(log.foreignRequests).toEqual([]);
        expect(await page.locator('.demo-banner').count()).toBe(build.demo ? 1 : 0);
        await context.close();
      });

      for (const mode of ['normal', 'elderly'] as const) {
        test(`${type} has no axe violations in ${mode} mode`, async () => {
          const context = await browser.newContext();
          const { page } = await openPage(context, site.url);
          await page.goto(site.href(mode === 'normal' ? path : elderlyTwin(build, path)), { waitUntil: 'networkidle' });
          expect(await page.evaluate(() => document.documentElement.classList.contains('elderly'))).toBe(mode === 'elderly');
          expect(await axeViolations(page)).toEqual([]);
          await context.close();
        });
      }

      test(`${type} fits a 375 px wide phone screen`, async () => {
        const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
        const { page } = await openPage(context, site.url);
        await page.goto(site.href(path), { waitUntil: 'networkidle' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await context.close();
      });

      test(`${type} shows its content without JavaScript`, async () => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const { page } = await openPage(context, site.url);
        await page.goto(site.href(path));
        expect((await page.locator('main').innerText()).length).toBeGreaterThan(20);
        // Every chart has its numbers in a table that is there without JS.
        const charts = await page.locator('figure.chart-figure').count();
        expect(await page.locator('figure.chart-figure table').count()).toBe(charts);
        for (const table of await page.locator('figure.chart-figure table').all()) expect(await table.isVisible()).toBe(true);
        await context.close();
      });
    }

    test('a missing address is 404 with the 404 page', async () => {
      const context = await browser.newContext();
      const { page } = await openPage(context, site.url);
      const response = await page.goto(site.href('no-such-page/'));
      expect(response?.status()).toBe(404);
      expect(await response?.text()).toBe(readFileSync(join(build.root, NOT_FOUND_PAGE), 'utf8'));
      await context.close();
    });
  });
}

// The 长辈模式 links, for a site at / and one under a sub-path: every twin address is built from the base.
for (const build of [DEMO, SUBPATH]) {
  describe(`elderly mode (长辈模式), ${build.name} build`, () => {
    const { urls } = build;
    const taskPage = urls.url(pageTypes(build.dataset()).task!);
    const tasksPage = build.plan().tasks;
    let site: Site;
    beforeAll(async () => {
      site = await serveSite(build);
    });
    afterAll(async () => {
      await site?.close();
    });

    test('works without JavaScript: the toggle leads to the twin page, which stays in elderly mode through its links', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const { page } = await openPage(context, site.url);
      await page.goto(site.href(taskPage));
      const normalSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      await page.getByRole('link', { name: '长辈模式', exact: true }).click();
      await page.waitForURL(site.href(urls.elderly(taskPage)), { waitUntil: 'load' });
      const sizes = await page.evaluate(() => ({
        body: parseFloat(getComputedStyle(document.body).fontSize),
        h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
      }));
      expect(sizes.body).toBeGreaterThanOrEqual(18);
      expect(sizes.body).toBeGreaterThan(normalSize);
      expect(sizes.h1).toBeGreaterThan(sizes.body);
      // Every page link on a twin page stays among the twins; files (CSV, feed, CSS) keep their one URL.
      const pageLinks = await page.locator('a[href^="/"]:not([data-elderly-link])').evaluateAll((links) =>
        links.map((a) => (a as HTMLAnchorElement).pathname).filter((p) => p.endsWith('/')),
      );
      expect(pageLinks.length).toBeGreaterThan(5);
      expect(pageLinks.filter((p) => !p.startsWith(urls.elderly(urls.base)))).toEqual([]);
      await page.locator('.site-nav').getByRole('link', { name: '全部任务' }).click();
      await page.waitForURL(site.href(urls.elderly(tasksPage)), { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.classList.contains('elderly'))).toBe(true);
      await page.getByRole('link', { name: '退出长辈模式' }).click();
      await page.waitForURL(site.href(tasksPage), { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.classList.contains('elderly'))).toBe(false);
      await context.close();
    });

    test('with JavaScript the toggle works in place and is remembered on the next page', async () => {
      const context = await browser.newContext();
      const { page, log } = await openPage(context, site.url);
      await page.goto(site.href(taskPage), { waitUntil: 'networkidle' });
      await page.getByRole('link', { name: '长辈模式', exact: true }).click();
      expect(new URL(page.url()).pathname).toBe(taskPage);
      expect(await page.evaluate(() => document.documentElement.classList.contains('elderly'))).toBe(true);
      await page.goto(site.href(build.planPaths().plan), { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.classList.contains('elderly'))).toBe(true);
      await page.getByRole('link', { name: '退出长辈模式' }).click();
      await page.goto(site.href(pagePath.home), { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.classList.contains('elderly'))).toBe(false);
      expect(log.consoleErrors).toEqual([]);
      await context.close();
    });
  });
}

describe('charts (demo build)', () => {
  let site: Site;
  beforeAll(async () => {
    site = await serveSite(DEMO);
  });
  afterAll(async () => {
    await site?.close();
  });

  // The demo build has readings, so both pages draw a chart (page-weight.test.ts checks that pages without one load no chart code).
  for (const path of [pagePath.home, pageTypes(DEMO.dataset()).task!]) {
    test(`${path}: with JS the chart is drawn and its table is one tap away`, async () => {
      const context = await browser.newContext();
      const { page, log } = await openPage(context, site.url);
      await page.goto(site.href(path), { waitUntil: 'networkidle' });
      const figure = page.locator('figure.chart-figure').first();
      expect(await figure.locator('canvas').isVisible()).toBe(true);
      // Chart.js drew something: the canvas has pixels that are not transparent.
      const painted = await figure.locator('canvas').evaluate((c) => {
        const canvas = c as HTMLCanvasElement;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        return n;
      });
      expect(painted).toBeGreaterThan(1000);
      expect(await figure.locator('table').isVisible()).toBe(false);
      await figure.locator('summary').click();
      expect(await figure.locator('table').isVisible()).toBe(true);
      expect(log.consoleErrors).toEqual([]);
      await context.close();
    });
  }
});

describe('keyboard (demo build)', () => {
  let site: Site;
  beforeAll(async () => {
    site = await serveSite(DEMO);
  });
  afterAll(async () => {
    await site?.close();
  });

  for (const path of [pagePath.home, searchWithQuery(DEMO.dataset()), pagePath.submit]) {
    test(`${path}: Tab reaches every interactive element, each with a visible focus indicator`, async () => {
      const context = await browser.newContext();
      const { page } = await openPage(context, site.url);
      await page.goto(site.href(path), { waitUntil: 'networkidle' });
      if (path.startsWith(pagePath.search)) await page.locator('#search-results li').first().waitFor();
      // Every visible, enabled control in document order, each tagged so Tab order can be compared.
      const expected = await page.evaluate(() => {
        // A closed <details> shows only its summary: what it holds is reached once it is opened.
        const folded = (el: HTMLElement) => {
          const details = el.closest('details:not([open])');
          return details !== null && el.closest('summary')?.parentElement !== details;
        };
        const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
          (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !folded(el),
        );
        controls.forEach((el, i) => (el.dataset.tabCheck = String(i)));
        return controls.length;
      });
      expect(expected).toBeGreaterThan(5);
      const reached = new Set<string>();
      const withoutIndicator: string[] = [];
      for (let i = 0; i < expected + 2; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return { id: el.dataset.tabCheck ?? '', label: `${el.tagName} ${el.textContent?.trim().slice(0, 20) ?? ''}`, visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
        });
        if (!focus) continue;
        reached.add(focus.id);
        if (!focus.visible) withoutIndicator.push(focus.label);
      }
      expect(withoutIndicator).toEqual([]);
      expect([...reached].filter((id) => id !== '').length).toBe(expected);
      await context.close();
    });
  }
});
