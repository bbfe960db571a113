import { site } from '../../site/dataset.ts';
import { toCsv } from '../../export/csv.ts';
import { reportColumns } from '../../export/datasets.ts';

export async function GET() {
  return new Response(toCsv((await site()).featured.dataset.reports, reportColumns));
}
