import { site } from '../../site/dataset.ts';
import { toCsv } from '../../export/csv.ts';
import { taskColumns } from '../../export/datasets.ts';

export async function GET() {
  const { dataset, derived } = (await site()).featured;
  return new Response(toCsv(dataset.tasks, taskColumns(dataset, derived)));
}
