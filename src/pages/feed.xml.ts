import { site } from '../site/dataset.ts';
import { recordsOf } from '../site/report-record.ts';
import { atomFeed } from '../export/feed.ts';
import { siteRoot } from '../site/url-scheme.ts';
import { generatedAt } from '../site/build-stamp.ts';

export async function GET() {
  const { dataset } = (await site()).featured;
  return new Response(atomFeed(dataset, siteRoot(dataset.site.site, dataset.site.base), generatedAt, recordsOf(dataset.reportFiles)), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
