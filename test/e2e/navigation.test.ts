// As a new reader on a phone: every task is two taps from the dashboard, and no page shows the data's
// code words (status keys such as on_track) instead of their Chinese labels. (/data/ is left out on
// purpose: its data dictionary explains the codes the CSV files hold, each next to its label.)
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { NO_REPORT, STATUS } from '../../src/schema/index.ts';
import { pagePath } from '../../src/site/url-scheme.ts';
import { launchBrowser, openPage, serveSite, type Site } from './harness.ts';
import { pageTypes } from './page-weight.ts';
import { DEMO, REAL } from './sites.ts';

const CODE_WORDS = [...Object.keys(STATUS), NO_REPORT.key, 'on_the_way', 'no_data', 'reduce_by', 'at_least', 'at_most'];
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const build of [REAL, DEMO]) {
  describe(`a new reader on a phone (${build.root})`, () => {
    const { urls } = build;
    let site: Site;
    let context: BrowserContext;
    beforeAll(async () => {
      site = await serveSite(build);
      // Without JS: every link a reader needs is in the HTML, and pages load faster.
      context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    });
    afterAll(async () => {
      await context?.close();
      await site?.close();
    });

    /** Same-site page links a reader can see and tap on a page. */
    async function visibleLinks(path: string): Promise<string[]> {
      const { page } = await openPage(context, site.url);
      await page.goto(site.href(path), { waitUntil: 'domcontentloaded' });
      const links = await page.locator('main a[href], header a[href]').evaluateAll((as) =>
        as
          .filter((a) => (a as HTMLElement).getClientRects().length > 0)
          .map((a) => new URL((a as HTMLAnchorElement).href))
          .filter((u) => u.origin === location.origin && u.pathname.endsWith('/'))
          .map((u) => u.pathname),
      );
      await page.close();
      return [...new Set(links)];
    }

    // The link structure is the same in both builds; one walk is enough.
    test.runIf(build === DEMO)('every task is at most two taps from the dashboard', async () => {
      const first = await visibleLinks(urls.url(pagePath.home));
      const reached = new Set(first);
      const taskList = build.plan().tasks;
      // One tap to any page but a task page, then every link seen there.
      for (const path of first.filter((p) => !p.startsWith(taskList) || p === taskList)) {
        for (const link of await visibleLinks(path)) reached.add(link);
      }
      const missing = build.dataset().tasks.map((t) => build.plan().task(t.id)).filter((p) => !reached.has(p));
      expect(missing).toEqual([]);
    }, 180_000);

    test('no page shows code words instead of Chinese labels', async () => {
      const shown: string[] = [];
      // Every page type but the data dictionary (see above), the search page and the form (their text is
      // the browser's: results, the form's own labels) and the 404 page.
      const shownPages = Object.entries(pageTypes(build.dataset())).filter(([type]) => !['data', 'search', 'submit', 'not found'].includes(type));
      for (const [, path] of shownPages) {
        const { page } = await openPage(context, site.url);
        await page.goto(site.href(path));
        const text = await page.locator('body').innerText();
        for (const word of CODE_WORDS) if (new RegExp(`(^|[^\\w])${word}([^\\w]|$)`).test(text)) shown.push(`${path}: ${word}`);
        await page.close();
      }
      expect(shown).toEqual([]);
    }, 120_000);
  });
}
