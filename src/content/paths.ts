// Where content lives: file names derived from ids, so the loader, checks and CLIs agree.

/** content/tasks/05.yaml and content/reports/2023-Q1/05.yaml: two digits, more for large datasets. */
export const taskFileName = (id: number) => `${String(id).padStart(2, '0')}.yaml`;

export const reportPath = (period: string, task: number) => `reports/${period}/${taskFileName(task)}`;

export const reportKey = (task: number, period: string) => `${period}/${task}`;
