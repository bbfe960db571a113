// /{id}/reports/{period}/reports.csv: the quarter's reports, as /{id}/data/reports.csv has them.
import type { GetStaticPaths } from 'astro';
import { site } from '../../../../site/dataset.ts';
import { toCsv } from '../../../../export/csv.ts';
import { reportColumns } from '../../../../export/datasets.ts';
import { quarterDataset } from '../../../../export/quarter-data.ts';

export const getStaticPaths = (async () => (await site()).plans.flatMap(({ dataset, derived }) => derived.periods.map((period) => ({ params: { plan: dataset.id, period } })))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { plan: string; period: string } }) {
  return new Response(toCsv(quarterDataset((await site()).plan(params.plan).dataset, params.period).reports, reportColumns(params.plan)));
}
