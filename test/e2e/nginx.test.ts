// The release as a domestic server serves it: Debian's nginx with the shipped configuration
// (deploy/nginx/, only port and root replaced) serving the base-path build (dist-subpath/) under
// /ztzl/ggfw/. The headers (the CSP equal to the pages' own), gzip, the caching rules, the 404 page,
// and in Chromium every page type with no console error, no request elsewhere and no axe violation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { SECURITY_HEADERS } from '../../src/deploy/nginx-headers.ts';
import { cspHeader, HEADER_ONLY_DIRECTIVES, policyWithoutHashes } from '../../src/site/csp.ts';
import { pagePath } from '../../src/site/url-scheme.ts';
import { axeViolations, launchBrowser, openPage } from './harness.ts';
import { serveWithNginx, templateSiteConf, type NginxSite } from './nginx.ts';
import { NOT_FOUND_PAGE, pagesOf } from './page-weight.ts';
import { SUBPATH } from './sites.ts';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
/** One GET as a client sends it, the body as it comes over the wire (not decompressed). */
function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

const LONG = 'public, max-age=31536000, immutable';
const first = (dir: string, test: (name: string) => boolean) => readdirSync(join(SUBPATH.root, dir)).find(test)!;
/** The largest file of a kind: a file under gzip_min_length is sent as is, by design. */
const largest = (dir: string, ext: string) =>
  readdirSync(join(SUBPATH.root, dir))
    .filter((n) => n.endsWith(ext))
    .sort((a, b) => statSync(join(SUBPATH.root, dir, b)).size - statSync(join(SUBPATH.root, dir, a)).size)[0]!;

test('templating replaces exactly the listen and root lines', () => {
  const conf = '    listen 80;\n    root /srv/x;\n    location / {}\n';
  expect(templateSiteConf(conf, 8123, '/tmp/www')).toBe('    listen 127.0.0.1:8123;\n    root /tmp/www;\n    location / {}\n');
  expect(() => templateSiteConf('    root /a;\n', 1, '/b')).toThrow(/listen/);
});

describe('nginx with deploy/nginx/ serving dist-subpath/ under its base', () => {
  let site: NginxSite;
  let browser: Browser;
  beforeAll(async () => {
    expect(SUBPATH.settings.base).toBe('/ztzl/ggfw/');
    site = await serveWithNginx(SUBPATH);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test('every response carries the security headers; the CSP is the pages\' policy plus frame-ancestors', async () => {
    for (const path of [pagePath.home, SUBPATH.planPaths().task(SUBPATH.dataset().tasks[0]!.id), 'no-such-page/', `_astro/${first('_astro', (n) => n.endsWith('.css'))}`]) {
      const res = await get(site.href(path));
      for (const [name, value] of SECURITY_HEADERS) expect(res.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
    const html = readFileSync(join(SUBPATH.root, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1]!.replaceAll('&#39;', "'");
    const header = (await get(site.url)).headers['content-security-policy'] as string;
    expect(header).toBe(cspHeader());
    const withHeaderOnly = new Map([...policyWithoutHashes(meta), ...HEADER_ONLY_DIRECTIVES.map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as [string, string[]])]);
    expect([...policyWithoutHashes(header)]).toEqual([...withHeaderOnly]);
  });

  test('text is gzipped for a client that accepts it, and sent as is otherwise', async () => {
    const css = `_astro/${largest('_astro', '.css')}`;
    const js = `_astro/${largest('_astro', '.js')}`;
    for (const path of [pagePath.home, css, js, 'data/tasks.json', 'data/tasks.csv', 'feed.xml', 'conac-badge.svg']) {
      const gz = await get(site.href(path), { 'accept-encoding': 'gzip' });
      expect(gz.status, path).toBe(200);
      expect(gz.headers['content-encoding'], path).toBe('gzip');
      expect(gz.headers.vary, path).toBe('Accept-Encoding');
      const plain = await get(site.href(path));
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(readFileSync(join(SUBPATH.root, path.endsWith('/') || path === '' ? `${path}index.html` : path))), path).toBe(true);
    }
  });

  test('hashed files are cached for a year, pages, data and entry files are revalidated', async () => {
    const cases: [string, string][] = [
      [`_astro/${first('_astro', (n) => n.endsWith('.js'))}`, LONG],
      [`pagefind/fragment/${first('pagefind/fragment', () => true)}`, LONG],
      [`pagefind/${first('pagefind', (n) => n.endsWith('.pf_meta'))}`, LONG],
      ['pagefind/pagefind.js', 'no-cache'],
      ['pagefind/pagefind-entry.json', 'no-cache'],
      [pagePath.home, 'no-cache'],
      [SUBPATH.planPaths().tasks, 'no-cache'],
      ['elderly/', 'no-cache'],
      ['data/tasks.csv', 'no-cache'],
      ['elderly-mode.js', 'no-cache'],
    ];
    const got = await Promise.all(cases.map(async ([path]) => [path, (await get(site.href(path))).headers['cache-control']]));
    expect(got).toEqual(cases);
    expect((await get(site.href('data/tasks.csv'))).headers['content-type']).toBe('text/csv; charset=utf-8');
    expect((await get(site.href(pagePath.home))).headers['content-type']).toBe('text/html; charset=utf-8');
  });

  test('a missing address, inside or outside the base, is 404 with the site\'s 404 page', async () => {
    const notFound = readFileSync(join(SUBPATH.root, NOT_FOUND_PAGE));
    for (const url of [site.href('no-such-page/'), site.href('tasks/99999/'), `${site.origin}/elsewhere/`]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.body.equals(notFound), url).toBe(true);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  test('a folder without its slash is redirected on the same host', async () => {
    const res = await get(site.href(SUBPATH.planPaths().tasks).replace(/\/$/, ''));
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(SUBPATH.urls.url(SUBPATH.planPaths().tasks));
  });

  for (const [type, path] of Object.entries(pagesOf(SUBPATH))) {
    test(`${type} (${path}) loads with no error, no other origin and no axe violation`, async () => {
      const context = await browser.newContext();
      const { page, log } = await openPage(context, site.url);
      const response = await page.goto(site.href(path), { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').first().textContent()).toBeTruthy();
      if (type === 'search') expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(log).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] });
      await context.close();
    });
  }
});
