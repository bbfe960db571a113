// /submit/templates/{plan}/{period}/{unit}.xlsx: each lead unit's 填报表 for the quarter being collected, one
// per plan the unit leads tasks in. One sheet spanning plans would need the import to route each row to its
// plan's folder; until then a sheet is one plan's, as its meta (the plan's number) already says.
import { site } from '../../../../../site/dataset.ts';
import { publishedSheetInputs } from '../../../../../site/sheet-templates.ts';
import { templateWorkbook, type TemplateInput } from '../../../../../xlsx/template.ts';

export async function getStaticPaths() {
  return (await site()).plans.flatMap(({ dataset }) =>
    publishedSheetInputs(dataset).map((input) => ({ params: { plan: dataset.id, period: input.period, unit: input.unit.id }, props: { input } })),
  );
}

export async function GET({ props }: { props: { input: TemplateInput } }) {
  const body = new Uint8Array(await templateWorkbook(props.input));
  return new Response(body, { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}
