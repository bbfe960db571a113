import { site } from '../site/dataset.ts';
import { sitemapIndexXml } from '../export/sitemap.ts';
import { siteRoot } from '../site/url-scheme.ts';

export async function GET() {
  const settings = (await site()).content.site;
  return new Response(sitemapIndexXml(siteRoot(settings.site, settings.base)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
