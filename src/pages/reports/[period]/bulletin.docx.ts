// /reports/{period}/bulletin.docx: the quarter's 通报 as a Word document, made at build time.
import type { GetStaticPaths } from 'astro';
import { site } from '../../../site/dataset.ts';
import { bulletinOf } from '../../../site/bulletins.ts';
import { bulletinDocx, DOCX_TYPE } from '../../../export/bulletin-docx.ts';

export const getStaticPaths = (async () => (await site()).derived.periods.map((period) => ({ params: { period } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { period: string } }) {
  const current = await site();
  const bytes = await bulletinDocx(bulletinOf(current, params.period), { author: current.dataset.site.title });
  return new Response(bytes, { headers: { 'content-type': DOCX_TYPE } });
}
