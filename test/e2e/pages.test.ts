// Every page type, in a real Chromium, for the real build and the demo build: loads cleanly, stays on
// its own origin, has zero axe violations (normal and elderly mode), fits a 375 px phone, works without JS.
// Search itself is tested in search.test.ts.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, serveSite, type Site } from './harness.ts';

const REAL_PAGES = {
  dashboard: '/',
  'task list': '/tasks/',
  task: '/tasks/21/',
  area: '/areas/elderly-care/',
  unit: '/units/hrss/',
  quarters: '/reports/',
  plan: '/plan/',
  search: '/search/?q=养老',
  data: '/data/',
  submit: '/submit/',
  about: '/about/',
  'not found': '/404.html',
};
const DEMO_PAGES = { ...REAL_PAGES, quarter: '/reports/2023-Q4/', 'task without targets': '/tasks/3/' };

const builds = [
  { name: 'real', root: 'dist', pages: REAL_PAGES },
  { name: 'demo', root: 'dist-demo', pages: DEMO_PAGES },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const build of builds) {
  describe(`${build.name} build`, () => {
    let site: Site;
    beforeAll(async () => {
      site = await serveSite(build.root);
    });
    afterAll(async () => {
      await site?.close();
    });

    for (const [type, path] of Object.entries(build.pages)) {
      test(`${type} (${path}) loads with no errors and no other origin`, async () => {
        const context = await browser.newContext();
        const { page, log } = await openPage(context, site.url);
        const response = await page.goto(site.url + path, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(path === '/404.html' ? 200 : 200);
        expect(await page.locator('h1').first().textContent()).toBeTruthy();
        expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
        expect(log.consoleErrors).toEqual([]);
        expect(log.failedRequests).toEqual([]);
        expect(log.foreignRequests).toEqual([]);
        if (build.name === 'demo') expect(await page.locator('.demo-banner').count()).toBe(1);
        else expect(await page.locator('.demo-banner').count()).toBe(0);
        await context.close();
      });

      for (const mode of ['normal', 'elderly'] as const) {
        test(`${type} has no axe violations in ${mode} mode`, async () => {
          const context = await browser.newContext();
          const { page } = await openPage(context, site.url);
          const query = mode === 'elderly' ? `${path.includes('?') ? '&' : '?'}mode=elderly` : '';
          await page.goto(site.url + path + query, { waitUntil: 'networkidle' });
          expect(await page.evaluate(() => document.documentElement.classList.contains('elderly'))).toBe(mode === 'elderly');
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
          expect(summary).toEqual([]);
          await context.close();
        });
      }

      test(`${type} fits a 375 px wide phone screen`, async () => {
        const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
        const { page } = await openPage(context, site.url);
        await page.goto(site.url + path, { waitUntil: 'networkidle' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await context.close();
      });

      test(`${type} shows its content without JavaScript`, async () => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const { page } = await openPage(context, site.url);
        await page.goto(site.url + path);
        expect((await page.locator('main').innerText()).length).toBeGreaterThan(20);
        // Every chart has its numbers in a table that is there without JS.
        const charts = await page.locator('figure.chart-figure').count();
        expect(await page.locator('figure.chart-figure table').count()).toBe(charts);
        await context.close();
      });
    }
  });
}

describe('keyboard', () => {
  let site: Site;
  beforeAll(async () => {
    site = await serveSite('dist-demo');
  });
  afterAll(async () => {
    await site?.close();
  });

  for (const path of ['/', '/search/?q=养老', '/submit/']) {
    test(`${path}: Tab reaches the interactive elements with a visible focus indicator`, async () => {
      const context = await browser.newContext();
      const { page } = await openPage(context, site.url);
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      const seen: string[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return { tag: el.tagName, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
        });
        expect(focus).not.toBeNull();
        expect(focus!.outline).toBe(true);
        seen.push(focus!.tag);
      }
      expect(seen).toContain('A');
      expect(seen).toContain('INPUT');
      await context.close();
    });
  }
});
