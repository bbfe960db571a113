// /{id}/data/schedule.csv: the plan's own rows, as /data/schedule.csv has them.
import type { GetStaticPaths } from 'astro';
import { eachPlan, site } from '../../../site/dataset.ts';
import { generatedAt } from '../../../site/build-stamp.ts';
import { planExport } from '../../../site/exports.ts';
import { dataFileType, planDataFile } from '../../../export/datasets.ts';

export const getStaticPaths = eachPlan satisfies GetStaticPaths;

export async function GET({ params }: { params: { plan: string } }) {
  return new Response(planDataFile('schedule.csv', planExport((await site()).plan(params.plan)), generatedAt), { headers: { 'content-type': dataFileType('schedule.csv') } });
}
