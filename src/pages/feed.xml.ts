// /feed.xml: every plan's reports (src/export/feed.ts).
import { site } from '../site/dataset.ts';
import { siteExport } from '../site/exports.ts';
import { siteAtomFeed } from '../export/feed.ts';
import { siteRoot } from '../site/url-scheme.ts';
import { generatedAt } from '../site/build-stamp.ts';

export async function GET() {
  const exported = siteExport(await site());
  return new Response(siteAtomFeed(exported, siteRoot(exported.site.site, exported.site.base), generatedAt), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
