import { site } from '../site/dataset.ts';
import { sitemapIndexXml } from '../export/sitemap.ts';
import { siteRoot } from '../site/url-scheme.ts';

export async function GET() {
  const { dataset } = await site();
  return new Response(sitemapIndexXml(siteRoot(dataset.site.site, dataset.site.base)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
