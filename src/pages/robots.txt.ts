// robots.txt is made at build time so its Sitemap line follows content/site.yaml's `site` and `base`.
import { site } from '../site/dataset.ts';
import { robotsTxt, siteRoot } from '../export/sitemap.ts';

export async function GET() {
  return new Response(robotsTxt(siteRoot((await site()).dataset.site.site, import.meta.env.BASE_URL)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
