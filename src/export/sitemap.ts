// sitemaps.org XML sitemap, its index, and robots.txt pointing at it. Every HTML page the site builds,
// by absolute canonical URL (content/site.yaml's `site` + `base`, as in astro.config.ts and the pages'
// <link rel="canonical">). The page list follows the routes in src/pages/; test/unit/sitemap.test.ts
// compares it with the HTML files of a build when one is present.
import type { Dataset } from '../content/load.ts';
import type { Derived } from '../derive/index.ts';
import type { Unit } from '../schema/index.ts';
import { pagePath, planPath } from '../site/url-scheme.ts';
import { escapeXml } from './xml.ts';

/** The site's own pages; 404 is left out on purpose (it is no page to index). */
const ROOT_PAGES = [pagePath.home, pagePath.search, pagePath.data, pagePath.submit, pagePath.about, pagePath.siteMap, pagePath.privacy, pagePath.copyright, pagePath.accessibility];

/**
 * Path of every HTML page, relative to the site's base, with the trailing slash the site uses: the root
 * pages, one page per unit (shared by the plans), then each plan's pages.
 */
export function pagePaths(units: readonly Pick<Unit, 'id'>[], plans: readonly { dataset: Dataset; derived: Derived }[]): string[] {
  return [...ROOT_PAGES, ...units.map((unit) => pagePath.unit(unit.id)), ...plans.flatMap(({ dataset, derived }) => planPagePaths(dataset, derived))];
}

/** One plan's pages, all under /{id}/. */
export function planPagePaths(dataset: Dataset, derived: Derived): string[] {
  const paths = planPath(dataset.id);
  return [
    paths.home,
    paths.tasks,
    paths.reports,
    paths.plan,
    paths.archives,
    ...dataset.tasks.map((task) => paths.task(task.id)),
    ...dataset.areas.map((area) => paths.area(area.id)),
    ...derived.periods.map((period) => paths.quarter(period)),
    // The frozen quarters are copied in after Astro, but they are pages of the site like any other.
    ...dataset.archives.map((archive) => paths.archive(archive.period)),
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
