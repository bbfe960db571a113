// /submit/history/{id}.json: one task's published reports, for the submission form to pre-fill a draft
// (see TaskReportHistory). Fetched by the form when the task is chosen.
import { site } from '../../../site/dataset.ts';
import { reportKey } from '../../../content/paths.ts';
import { taskReportHistory } from '../../../content/report-yaml.ts';

export async function getStaticPaths() {
  return (await site()).dataset.tasks.map((task) => ({ params: { id: String(task.id) } }));
}

export async function GET({ params }: { params: { id: string } }) {
  const { dataset, lookup } = await site();
  const id = Number(params.id);
  const history = taskReportHistory(id, lookup.reportsByTask.get(id) ?? [], (r) => dataset.reportFiles.get(reportKey(r.task, r.period)));
  return new Response(JSON.stringify(history), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
