import { site } from '../../site/dataset.ts';
import { generatedAt } from '../../site/build-stamp.ts';
import { recordsOf } from '../../site/report-record.ts';
import { reportsJson } from '../../export/datasets.ts';

export async function GET() {
  const { dataset, derived } = (await site()).featured;
  return new Response(JSON.stringify(reportsJson(dataset, derived, generatedAt, recordsOf(dataset.reportFiles)), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
