// /{id}/reports/{period}/metrics.csv: the readings filed that quarter, as /{id}/data/metrics.csv has them.
import type { GetStaticPaths } from 'astro';
import { site } from '../../../../site/dataset.ts';
import { toCsv } from '../../../../export/csv.ts';
import { metricColumns } from '../../../../export/datasets.ts';
import { quarterMetricRows } from '../../../../export/quarter-data.ts';

export const getStaticPaths = (async () => (await site()).plans.flatMap(({ dataset, derived }) => derived.periods.map((period) => ({ params: { plan: dataset.id, period } })))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { plan: string; period: string } }) {
  return new Response(toCsv(quarterMetricRows((await site()).plan(params.plan).derived, params.period), metricColumns(params.plan)));
}
