// The browser harness: Debian's Chromium driven by playwright-core, against the built site served by
// the project's own static server on 127.0.0.1. No browser is never a silent skip.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer } from '../../src/server/static-server.ts';
import type { BuiltSite } from './sites.ts';

export const INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y chromium   (或设置 CHROMIUM_PATH 指向 Chromium)';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`找不到 Chromium,浏览器测试无法运行。请安装: ${INSTALL_HINT}`);
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // The machine's network is closed: background services would only produce refused connections.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export interface Site {
  /** http://127.0.0.1:PORT, for requests the page makes and for the browser's origin checks. */
  origin: string;
  /** The site's root: origin and base path, ending in '/'. */
  url: string;
  built: BuiltSite;
  /** The absolute address of a site-relative path (url-scheme.ts `pagePath`, a page's `urls.*`). */
  href(path: string): string;
  server: Server;
  close(): Promise<void>;
}

/** Serves a built site under its base path, as the host will. */
export async function serveSite(built: BuiltSite): Promise<Site> {
  const { root, settings, urls } = built;
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root}/ 中没有生成好的网站: 请先运行 npm run build(npm test 会自动先生成)`);
  const { server, url, origin } = await startStaticServer({ root, base: settings.base });
  // Accepts both a path with the base (urls.task(3)) and one without (pagePath.task(3)).
  const href = (path: string) => `${origin}${path.startsWith(urls.base) ? path : urls.url(path)}`;
  return { origin, url, built, href, server, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export interface PageLog {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

/** A page that records console errors, failed requests and requests to any other origin. */
export async function openPage(context: BrowserContext, siteUrl: string): Promise<{ page: Page; log: PageLog }> {
  const page = await context.newPage();
  const log: PageLog = { consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] };
  const origin = new URL(siteUrl).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => log.consoleErrors.push(String(error)));
  page.on('requestfailed', (request) => log.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) log.foreignRequests.push(url);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.failedRequests.push(`${response.url()} HTTP ${response.status()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, log };
}

export interface ServedWithoutJs {
  browser: Browser;
  site: Site;
  /** A page with JavaScript off: what every reader gets first. */
  page: Page;
}

/**
 * The browser, the served site and one page without JavaScript for a test file, opened before its tests
 * and closed after them. Read the fields inside tests (they are set once the hooks have run).
 */
export function servedWithoutJs(built: BuiltSite): ServedWithoutJs {
  const browser = useBrowser();
  const site = useSite(built);
  const served = {} as ServedWithoutJs;
  beforeAll(async () => {
    served.browser = browser();
    served.site = site();
    ({ page: served.page } = await openPage(await served.browser.newContext({ javaScriptEnabled: false }), served.site.url));
  });
  return served;
}

/** axe's WCAG 2.1 A/AA violations on the page as it is, one line each with up to three of its elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** A browser for the test file (or describe block) that calls it: launched before, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** The built site served for the describe block that calls it. */
export function useSite(built: BuiltSite): () => Site {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await serveSite(built);
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => site!;
}
