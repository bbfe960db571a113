// sitemap-index.xml → sitemap-0.xml lists every HTML page by absolute canonical URL; robots.txt points
// at the index. From the module the endpoints use (real and demo dataset, any base), and, where a build
// is present (`npm test` builds dist/ and dist-demo/ first), against the HTML files actually built and
// each page's <link rel="canonical">.
import { existsSync, readFileSync } from 'node:fs';
import { ELDERLY_DIR } from '../../src/site/elderly-twin.ts';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/content/load.ts';
import { deriveAll } from '../../src/derive/index.ts';
import { pagePaths, robotsTxt, SITEMAP, SITEMAP_INDEX, sitemapIndexXml, sitemapXml } from '../../src/export/sitemap.ts';
import { siteRoot } from '../../src/site/url-scheme.ts';
import { isRedirectPage } from '../../src/site/published-urls.ts';
import { REPO_ROOT } from './fixture-corpus.ts';
import { listFiles } from '../../src/fs/walk.ts';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (tag) => ['url', 'sitemap'].includes(tag) });

function load(demo: boolean) {
  const result = loadDataset({ contentDir: join(REPO_ROOT, 'content'), reportsDir: demo ? join(REPO_ROOT, 'examples/demo/reports') : undefined, demo, displayRoot: REPO_ROOT });
  if (!result.ok) throw new Error('the dataset does not load');
  return { dataset: result.dataset, derived: deriveAll(result.dataset) };
}

const builds = [
  { name: 'real', dir: join(REPO_ROOT, 'dist'), ...load(false) },
  { name: 'demo', dir: join(REPO_ROOT, 'dist-demo'), ...load(true) },
];

function locs(xml: string, root: 'urlset' | 'sitemapindex', item: 'url' | 'sitemap'): string[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml);
  expect(doc[root]['@xmlns']).toBe(SITEMAP_NS);
  return (doc[root][item] ?? []).map((entry: { loc: string }) => entry.loc);
}

describe.each(builds)('sitemap ($name dataset)', ({ dataset, derived }) => {
  test.each(['/', '/tracker/'])('base %s: every page by absolute URL under site + base', (base) => {
    const root = siteRoot('https://example.org', base);
    const urls = locs(sitemapXml(root, pagePaths(dataset.units, [{ dataset, derived }])), 'urlset', 'url');
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url.startsWith(`https://example.org${base}`), url).toBe(true);
    const plan = `${dataset.id}/`;
    const expected = [
      '',
      'search/',
      'data/',
      'submit/',
      'about/',
      'sitemap/',
      'privacy/',
      'copyright/',
      'accessibility/',
      ...dataset.units.map((u) => `units/${u.id}/`),
      // Every page of the plan is under its id, the dashboard included (the home page shows it too).
      plan,
      `${plan}tasks/`,
      `${plan}reports/`,
      `${plan}plan/`,
      `${plan}archive/`,
      ...dataset.tasks.map((t) => `${plan}tasks/${t.id}/`),
      ...dataset.areas.map((a) => `${plan}areas/${a.id}/`),
      ...derived.periods.map((p) => `${plan}reports/${p}/`),
    ].map((path) => `https://example.org${base}${path}`);
    expect([...urls].sort()).toEqual(expected.sort());
    expect(dataset.tasks).toHaveLength(40);
    expect(dataset.areas).toHaveLength(12);
  });

  test('the index points to the sitemap, and robots.txt to the index', () => {
    const root = siteRoot(dataset.site.site, dataset.site.base);
    expect(locs(sitemapIndexXml(root), 'sitemapindex', 'sitemap')).toEqual([new URL(SITEMAP, root).href]);
    expect(robotsTxt(root)).toMatch(new RegExp(`^Sitemap: ${new URL(SITEMAP_INDEX, root).href.replaceAll('.', '\\.')}$`, 'm'));
  });
});

test('the demo sitemap has a page for every quarter with reports', () => {
  const { dataset, derived } = builds[1]!;
  const paths = pagePaths(dataset.units, [{ dataset, derived }]);
  for (const period of new Set(dataset.reports.map((r) => r.period))) expect(paths).toContain(`${dataset.id}/reports/${period}/`);
});

/** Built HTML pages, as paths relative to the site root (`{plan}/tasks/1/`); 404, the 长辈模式 twins and the redirect pages of moved addresses left out. */
function builtPages(dir: string): string[] {
  const skip = (folder: string) => folder === ELDERLY_DIR || folder.split('/').at(-1) === 'pagefind';
  return listFiles(dir, { skip })
    .filter((file) => file.endsWith('.html'))
    .filter((path) => path !== '404.html' && path !== '404/index.html')
    .filter((path) => !isRedirectPage(readFileSync(join(dir, path), 'utf8')))
    .map((path) => path.replace(/index\.html$/, ''));
}

describe.each(builds)('the $name build', ({ dir, dataset }) => {
  // Without a build there is nothing to compare; `npm test` always builds both before running vitest.
  test.skipIf(!existsSync(join(dir, SITEMAP_INDEX)))('lists exactly the HTML pages it built, each with its canonical URL', () => {
    const root = siteRoot(dataset.site.site, dataset.site.base);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${root}${SITEMAP_INDEX}`);
    const [sitemapUrl] = locs(readFileSync(join(dir, SITEMAP_INDEX), 'utf8'), 'sitemapindex', 'sitemap');
    expect(sitemapUrl).toBe(`${root}${SITEMAP}`);
    const listed = locs(readFileSync(join(dir, SITEMAP), 'utf8'), 'urlset', 'url');
    const pages = builtPages(dir);
    expect(pages.length).toBeGreaterThan(50);
    expect([...listed].sort()).toEqual(pages.map((path) => `${root}${path}`).sort());
    const wrong: string[] = [];
    for (const path of pages) {
      const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (canonical !== `${root}${path}`) wrong.push(`${path}: ${canonical}`);
      // The elderly twin is the same page: it names the normal page as canonical and is not listed.
      const twin = readFileSync(join(dir, ELDERLY_DIR, path, 'index.html'), 'utf8');
      const twinCanonical = /<link rel="canonical" href="([^"]+)"/.exec(twin)?.[1];
      if (twinCanonical !== `${root}${path}`) wrong.push(`${ELDERLY_DIR}/${path}: ${twinCanonical}`);
    }
    expect(wrong).toEqual([]);
  });
});
