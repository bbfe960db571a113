// Layout shift (the Layout Instability API, as Lighthouse's CLS counts it: shifts without recent input)
// on the pages that fill themselves in after loading: /search/ while results arrive, /submit/ while its
// form appears. Under 0.1 ("good") on a desktop and a phone screen, in the real and the demo build.
import { describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { pagePath } from '../../src/site/url-scheme.ts';
import { openPage, useBrowser, useSite } from './harness.ts';
import { searchWithQuery } from './page-weight.ts';
import { DEMO, REAL } from './sites.ts';

const SCREENS: Record<string, BrowserContextOptions> = {
  desktop: { viewport: { width: 1350, height: 940 } },
  mobile: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

/** Starts counting before the page's first byte, so every shift of the load is seen. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        w.__shifts.push(`${entry.value.toFixed(3)} ${(entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}#${s.node.id}.${s.node.className}` : s.node?.nodeName)).join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shifts = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { __cls: w.__cls, __shifts: w.__shifts };
  });

const browser = useBrowser();

for (const build of [REAL, DEMO]) {
  describe(`layout shift, ${build.name} build`, () => {
    const served = useSite(build);

    for (const [screen, options] of Object.entries(SCREENS)) {
      test(`search with a query (${screen}): CLS < 0.1 while results arrive`, async () => {
        const site = served();
        const context = await browser().newContext(options);
        const { page } = await openPage(context, site.url);
        await recordShifts(page);
        await page.goto(site.href(searchWithQuery(build.dataset())), { waitUntil: 'networkidle' });
        await page.locator('#search-results li').first().waitFor();
        await page.waitForTimeout(300);
        const { __cls, __shifts } = await shifts(page);
        console.log(`CLS ${build.name} search ${screen}: ${__cls.toFixed(3)} ${__shifts.join(' | ')}`);
        expect(__cls).toBeLessThan(0.1);
        await context.close();
      });

      test(`submit (${screen}): CLS < 0.1 while the form appears and a task is chosen`, async () => {
        const site = served();
        const context = await browser().newContext(options);
        const { page } = await openPage(context, site.url);
        await recordShifts(page);
        await page.goto(site.href(pagePath.submit), { waitUntil: 'networkidle' });
        // The task's file and the form engine arrive later than the 500 ms after the choice that
        // the API excuses as input-driven: what they add must not move the page either.
        await page.route('**/submit/tasks/*/*.json', async (route) => {
          await new Promise((r) => setTimeout(r, 800));
          await route.continue();
        });
        await page.locator('[data-form] select').first().selectOption(String(build.dataset().tasks[0]!.id));
        await page.locator('[data-form] fieldset').nth(1).waitFor();
        await page.waitForTimeout(300);
        const { __cls, __shifts } = await shifts(page);
        console.log(`CLS ${build.name} submit ${screen}: ${__cls.toFixed(3)} ${__shifts.join(' | ')}`);
        expect(__cls).toBeLessThan(0.1);
        await context.close();
      });
    }
  });
}
