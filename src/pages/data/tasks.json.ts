import { site } from '../../site/dataset.ts';
import { generatedAt } from '../../site/build-stamp.ts';
import { tasksJson } from '../../export/datasets.ts';

export async function GET() {
  const { dataset, derived } = (await site()).featured;
  return new Response(JSON.stringify(tasksJson(dataset, derived, generatedAt), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
