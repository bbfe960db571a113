// /reports/{period}/reports.csv: the quarter's reports, as /data/reports.csv has them.
import type { GetStaticPaths } from 'astro';
import { site } from '../../../site/dataset.ts';
import { toCsv } from '../../../export/csv.ts';
import { reportColumns } from '../../../export/datasets.ts';
import { quarterDataset } from '../../../export/quarter-data.ts';

export const getStaticPaths = (async () => (await site()).derived.periods.map((period) => ({ params: { period } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { period: string } }) {
  return new Response(toCsv(quarterDataset((await site()).dataset, params.period).reports, reportColumns));
}
