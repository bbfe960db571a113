// Where content lives: file names derived from ids, so the loader, checks and CLIs agree.

/** content/tasks/05.yaml and content/reports/2023-Q1/05.yaml: two digits, more for large datasets. */
export const taskFileName = (id: number) => `${String(id).padStart(2, '0')}.yaml`;

/** Relative to the content folder; `folder` is the plan's ('' in the one-plan shape, else `plans/<id>/`). */
export const reportPath = (period: string, task: number, folder = '') => `${folder}reports/${period}/${taskFileName(task)}`;

/** A plan's folder in the plans layout, relative to the content folder. */
export const planFolder = (id: string) => `plans/${id}/`;

export const reportKey = (task: number, period: string) => `${period}/${task}`;

/** Files any content folder may hold beside what it is read for. */
export const IGNORED_FILES: ReadonlySet<string> = new Set(['README.md', '.gitkeep']);
