// /submit/templates/{period}/{unit}.xlsx: each lead unit's 填报表 for the quarter being collected.
import { site } from '../../../../site/dataset.ts';
import { publishedSheetInputs } from '../../../../site/sheet-templates.ts';
import { templateWorkbook, type TemplateInput } from '../../../../xlsx/template.ts';

export async function getStaticPaths() {
  return publishedSheetInputs((await site()).featured.dataset).map((input) => ({ params: { period: input.period, unit: input.unit.id }, props: { input } }));
}

export async function GET({ props }: { props: { input: TemplateInput } }) {
  const body = new Uint8Array(await templateWorkbook(props.input));
  return new Response(body, { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}
