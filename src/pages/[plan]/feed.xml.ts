// /{id}/feed.xml: one plan's reports (src/export/feed.ts).
import type { GetStaticPaths } from 'astro';
import { eachPlan, site } from '../../site/dataset.ts';
import { recordsOf } from '../../site/report-record.ts';
import { atomFeed } from '../../export/feed.ts';
import { siteRoot } from '../../site/url-scheme.ts';
import { generatedAt } from '../../site/build-stamp.ts';

export const getStaticPaths = eachPlan satisfies GetStaticPaths;

export async function GET({ params }: { params: { plan: string } }) {
  const { dataset } = (await site()).plan(params.plan);
  return new Response(atomFeed(dataset, siteRoot(dataset.site.site, dataset.site.base), generatedAt, recordsOf(dataset.reportFiles)), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
