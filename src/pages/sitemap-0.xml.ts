import { site } from '../site/dataset.ts';
import { pagePaths, sitemapXml } from '../export/sitemap.ts';
import { siteRoot } from '../site/url-scheme.ts';

export async function GET() {
  const { dataset, derived } = await site();
  return new Response(sitemapXml(siteRoot(dataset.site.site, dataset.site.base), pagePaths(dataset, derived)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
