// /submit/tasks/{plan}/{id}.json: what the submission form needs to draft one task's report, the task and its
// published reports (see SubmitTaskData). Fetched by the form when the task is chosen. Under the plan's id
// because every plan numbers its tasks from 1.
import type { Task } from '../../../../schema/index.ts';
import { site } from '../../../../site/dataset.ts';
import { reportKey } from '../../../../content/paths.ts';
import { submitTaskData } from '../../../../content/report-yaml.ts';

export async function getStaticPaths() {
  return (await site()).plans.flatMap(({ dataset }) =>
    dataset.tasks.map((task) => ({ params: { plan: dataset.id, id: String(task.id) }, props: { plan: dataset.id, task } })),
  );
}

export async function GET({ props }: { props: { plan: string; task: Task } }) {
  const { dataset, lookup } = (await site()).plan(props.plan);
  const { task } = props;
  const data = submitTaskData(task, lookup.reportsByTask.get(task.id) ?? [], (r) => dataset.reportFiles.get(reportKey(r.task, r.period)));
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
