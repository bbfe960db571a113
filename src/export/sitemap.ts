// sitemaps.org XML sitemap, its index, and robots.txt pointing at it. Every HTML page the site builds,
// by absolute canonical URL (content/site.yaml's `site` + `base`, as in astro.config.ts and the pages'
// <link rel="canonical">). The page list follows the routes in src/pages/; test/unit/sitemap.test.ts
// compares it with the HTML files of a build when one is present.
import type { Dataset } from '../content/load.ts';
import type { Derived } from '../derive/index.ts';
import { pagePath } from '../site/url-scheme.ts';
import { escapeXml } from './xml.ts';

/** Pages outside any collection; 404 is left out on purpose (it is no page to index). */
const FIXED_PAGES = [pagePath.home, pagePath.tasks, pagePath.reports, pagePath.plan, pagePath.search, pagePath.data, pagePath.submit, pagePath.about, pagePath.siteMap, pagePath.privacy, pagePath.copyright, pagePath.accessibility, pagePath.archives];

/** Path of every HTML page, relative to the site's base, with the trailing slash the site uses. */
export function pagePaths(dataset: Dataset, derived: Derived): string[] {
  return [
    ...FIXED_PAGES,
    ...dataset.tasks.map((task) => pagePath.task(task.id)),
    ...dataset.areas.map((area) => pagePath.area(area.id)),
    ...dataset.units.map((unit) => pagePath.unit(unit.id)),
    ...derived.periods.map((period) => pagePath.quarter(period)),
    // The frozen quarters are copied in after Astro, but they are pages of the site like any other.
    ...dataset.archives.map((archive) => pagePath.archive(archive.period)),
  ];
}

export const SITEMAP_INDEX = 'sitemap-index.xml';
export const SITEMAP = 'sitemap-0.xml';

export function sitemapXml(root: string, paths: readonly string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeXml(new URL(path, root).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}

export function sitemapIndexXml(root: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>${escapeXml(new URL(SITEMAP, root).href)}</loc></sitemap>
</sitemapindex>
`;
}

export function robotsTxt(root: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, root).href}\n`;
}
