// robots.txt is made at build time so its Sitemap line follows content/site.yaml's `site` and `base`.
import { site } from '../site/dataset.ts';
import { robotsTxt } from '../export/sitemap.ts';
import { siteRoot } from '../site/url-scheme.ts';

export async function GET() {
  const settings = (await site()).content.site;
  return new Response(robotsTxt(siteRoot(settings.site, settings.base)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
