// /{id}/reports/{period}/reports.json: the quarter's reports, as /{id}/data/reports.json has them.
import type { GetStaticPaths } from 'astro';
import { site } from '../../../../site/dataset.ts';
import { generatedAt } from '../../../../site/build-stamp.ts';
import { recordsOf } from '../../../../site/report-record.ts';
import { reportsJson } from '../../../../export/datasets.ts';
import { quarterDataset } from '../../../../export/quarter-data.ts';

export const getStaticPaths = (async () => (await site()).plans.flatMap(({ dataset, derived }) => derived.periods.map((period) => ({ params: { plan: dataset.id, period } })))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { plan: string; period: string } }) {
  const { dataset, derived } = (await site()).plan(params.plan);
  const json = reportsJson(quarterDataset(dataset, params.period), derived, generatedAt, recordsOf(dataset.reportFiles));
  return new Response(JSON.stringify(json, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
