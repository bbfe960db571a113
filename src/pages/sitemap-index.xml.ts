import { site } from '../site/dataset.ts';
import { siteRoot, sitemapIndexXml } from '../export/sitemap.ts';

export async function GET() {
  const { dataset } = await site();
  return new Response(sitemapIndexXml(siteRoot(dataset.site.site, import.meta.env.BASE_URL)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
