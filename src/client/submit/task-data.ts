// Each task's targets and published reports (/submit/tasks/{plan}/{id}.json, same origin), fetched once when the
// task is first chosen. A failed fetch is not kept, so choosing the task again tries again.
import type { SubmitTaskData } from '../../content/report-yaml.ts';

/** `read(id)`: the task's file, or null when it could not be fetched or parsed (a network matter). */
export function taskDataReader(taskDataUrl: string): (id: number) => Promise<SubmitTaskData | null> {
  const pending = new Map<number, Promise<SubmitTaskData | null>>();
  return (id) => {
    let read = pending.get(id);
    if (!read) {
      read = fetch(`${taskDataUrl}${id}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<SubmitTaskData>) : null))
        .catch(() => null);
      void read.then((data) => data ?? pending.delete(id));
      pending.set(id, read);
    }
    return read;
  };
}
