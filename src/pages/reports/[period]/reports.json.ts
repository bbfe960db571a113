// /reports/{period}/reports.json: the quarter's reports, as /data/reports.json has them.
import type { GetStaticPaths } from 'astro';
import { site } from '../../../site/dataset.ts';
import { generatedAt } from '../../../site/build-stamp.ts';
import { recordsOf } from '../../../site/report-record.ts';
import { reportsJson } from '../../../export/datasets.ts';
import { quarterDataset } from '../../../export/quarter-data.ts';

export const getStaticPaths = (async () => (await site()).derived.periods.map((period) => ({ params: { period } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { period: string } }) {
  const { dataset, derived } = await site();
  const json = reportsJson(quarterDataset(dataset, params.period), derived, generatedAt, recordsOf(dataset.reportFiles));
  return new Response(JSON.stringify(json, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
