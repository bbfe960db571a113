// /submit/templates/{period}/{unit}.xlsx: on a site of several plans, each lead unit's one 填报表 for the site's
// quarter, its rows the unit's tasks in every plan open then (src/site/sheet-templates.ts). A site of one plan
// keeps its sheets under the plan (../[plan]/[period]/[unit].xlsx.ts), as they always were.
import { site } from '../../../../site/dataset.ts';
import { publishedSheetInputs } from '../../../../site/sheet-templates.ts';
import { templateWorkbook, type TemplateInput } from '../../../../xlsx/template.ts';

export async function getStaticPaths() {
  const { plans } = await site();
  if (plans.length < 2) return [];
  return publishedSheetInputs(plans.map((p) => p.dataset)).map((input) => ({ params: { period: input.period, unit: input.unit.id }, props: { input } }));
}

export async function GET({ props }: { props: { input: TemplateInput } }) {
  const body = new Uint8Array(await templateWorkbook(props.input));
  return new Response(body, { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}
