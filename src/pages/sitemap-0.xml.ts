import { site } from '../site/dataset.ts';
import { pagePaths, siteRoot, sitemapXml } from '../export/sitemap.ts';

export async function GET() {
  const { dataset, derived } = await site();
  return new Response(sitemapXml(siteRoot(dataset.site.site, import.meta.env.BASE_URL), pagePaths(dataset, derived)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
