// /reports/{period}/bulletin.docx: the quarter's 通报 as a Word document, made at build time.
import type { GetStaticPaths } from 'astro';
import { site } from '../../../../site/dataset.ts';
import { bulletinOf } from '../../../../site/bulletins.ts';
import { bulletinDocx, DOCX_TYPE } from '../../../../export/bulletin-docx.ts';

export const getStaticPaths = (async () => (await site()).plans.flatMap(({ dataset, derived }) => derived.periods.map((period) => ({ params: { plan: dataset.id, period } })))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { plan: string; period: string } }) {
  const current = (await site()).plan(params.plan);
  const bytes = await bulletinDocx(bulletinOf(current, params.period), { author: current.dataset.site.title });
  return new Response(bytes, { headers: { 'content-type': DOCX_TYPE } });
}
