// /submit/templates/{plan}/{period}/{unit}.xlsx: on a site of one plan, each lead unit's 填报表 for the quarter
// being collected. A site of several plans publishes one sheet per unit spanning them instead
// (../../[period]/[unit].xlsx.ts), so nothing is made here.
import { site } from '../../../../../site/dataset.ts';
import { publishedSheetInputs } from '../../../../../site/sheet-templates.ts';
import { templateWorkbook, type TemplateInput } from '../../../../../xlsx/template.ts';

export async function getStaticPaths() {
  const { plans } = await site();
  if (plans.length !== 1) return [];
  const { dataset } = plans[0]!;
  return publishedSheetInputs([dataset]).map((input) => ({ params: { plan: dataset.id, period: input.period, unit: input.unit.id }, props: { input } }));
}

export async function GET({ props }: { props: { input: TemplateInput } }) {
  const body = new Uint8Array(await templateWorkbook(props.input));
  return new Response(body, { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}
