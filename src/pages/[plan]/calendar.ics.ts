// /{id}/calendar.ics: one plan's reporting and target deadlines (src/export/calendar.ts).
import type { GetStaticPaths } from 'astro';
import { eachPlan, site } from '../../site/dataset.ts';
import { calendarIcs } from '../../export/calendar.ts';
import { siteRoot } from '../../site/url-scheme.ts';

export const getStaticPaths = eachPlan satisfies GetStaticPaths;

export async function GET({ params }: { params: { plan: string } }) {
  const { dataset } = (await site()).plan(params.plan);
  return new Response(calendarIcs(dataset, siteRoot(dataset.site.site, dataset.site.base)), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
