import { site } from '../../site/dataset.ts';
import { toCsv } from '../../export/csv.ts';
import { reportColumns } from '../../export/datasets.ts';

export function GET() {
  return new Response(toCsv(site().dataset.reports, reportColumns));
}
