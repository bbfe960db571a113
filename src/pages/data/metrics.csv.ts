import { site } from '../../site/dataset.ts';
import { toCsv } from '../../export/csv.ts';
import { metricColumns, metricRows } from '../../export/datasets.ts';

export async function GET() {
  return new Response(toCsv(metricRows((await site()).featured.derived), metricColumns));
}
