import { site } from '../../site/dataset.ts';
import { toCsv } from '../../export/csv.ts';
import { taskColumns } from '../../export/datasets.ts';

export function GET() {
  const { dataset, derived } = site();
  return new Response(toCsv(dataset.tasks, taskColumns(dataset, derived)));
}
