// /data/reports.json: every plan's rows in one file (src/export/datasets.ts).
import { site } from '../../site/dataset.ts';
import { generatedAt } from '../../site/build-stamp.ts';
import { siteExport } from '../../site/exports.ts';
import { dataFileType, siteDataFile } from '../../export/datasets.ts';

export async function GET() {
  return new Response(siteDataFile('reports.json', siteExport(await site()), generatedAt), { headers: { 'content-type': dataFileType('reports.json') } });
}
