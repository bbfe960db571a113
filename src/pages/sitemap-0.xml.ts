import { site } from '../site/dataset.ts';
import { pagePaths, sitemapXml } from '../export/sitemap.ts';
import { siteRoot } from '../site/url-scheme.ts';

export async function GET() {
  const { content, plans } = await site();
  return new Response(sitemapXml(siteRoot(content.site.site, content.site.base), pagePaths(content.units, plans)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
