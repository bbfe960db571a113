// A tiny made-up dataset for the derivations: 2 areas, 4 units, 4 tasks, reports 2022-Q4 .. 2023-Q3.
// Story (as-of 2023-10-08, latest period 2023-Q3):
//   task 1 (health; lead health-bureau; responsible finance-bureau)
//     clinics      at_least 10, deadline 2023-06-30: 10 on 2023-06-15 (met early), 8 on 2023-09-20 (missed later)
//     review-days  at_most 5, no deadline: 7, then 4
//     Q4 on_track, Q1 -, Q2 on_track, Q3 completed (while clinics is 8 < 10: warning)
//   task 2 (health; lead health-bureau AND transport-bureau)
//     outage-cut   reduce_by 10 (%), deadline 2023-12-31: 4, then 7
//     backup-lines at_least 3: never read
//     Q4 -, Q1 -, Q2 at_risk (first report), Q3 on_track
//   task 3 (transport; lead transport-bureau; responsible finance-bureau, towns)
//     roads        reach 406, deadline 2022-12-31: 300 on 2022-12-31, 406 on 2023-06-10 (met late)
//     Q4 on_track, Q1 -, Q2 completed, Q3 ongoing (down)
//   task 4 (transport; lead transport-bureau; no targets)
//     Q4 not_started, Q1 -, Q2 on_track, Q3 on_track (unchanged)
//   2023-Q1: nobody reported.
import type { Dataset } from '../../../src/content/load.ts';
import type { Metric, Report, StatusKey, Target, Task } from '../../../src/schema/index.ts';

export function makeTarget(t: Pick<Target, 'id' | 'value' | 'comparator'> & Partial<Target>): Target {
  return { label: t.id, quote: t.id, unit: '个', ...t };
}

export function makeTask(t: Pick<Task, 'id' | 'area' | 'lead'> & Partial<Task>): Task {
  return { title: `任务${t.id}`, text: `任务${t.id}。`, responsible: [], targets: [], ...t };
}

export function makeReport(
  task: number,
  period: string,
  status: StatusKey,
  reported_on: string,
  metrics: [target: string, value: number, as_of: string][] = [],
): Report {
  return {
    task,
    period,
    status,
    summary: '进展摘要',
    metrics: metrics.map(([target, value, as_of]): Metric => ({ target, value, as_of })),
    evidence: [],
    reported_by: 'health-bureau',
    reported_on,
  };
}

export const TASKS: Task[] = [
  makeTask({
    id: 1,
    area: 'health',
    lead: ['health-bureau'],
    responsible: ['finance-bureau'],
    targets: [
      makeTarget({ id: 'clinics', value: 10, comparator: 'at_least', deadline: '2023-06-30' }),
      makeTarget({ id: 'review-days', value: 5, comparator: 'at_most', unit: '个工作日' }),
    ],
  }),
  makeTask({
    id: 2,
    area: 'health',
    lead: ['health-bureau', 'transport-bureau'],
    targets: [
      makeTarget({ id: 'outage-cut', value: 10, comparator: 'reduce_by', unit: '%', deadline: '2023-12-31' }),
      makeTarget({ id: 'backup-lines', value: 3, comparator: 'at_least' }),
    ],
  }),
  makeTask({
    id: 3,
    area: 'transport',
    lead: ['transport-bureau'],
    responsible: ['finance-bureau', 'towns'],
    targets: [makeTarget({ id: 'roads', value: 406, comparator: 'reach', unit: '户', deadline: '2022-12-31' })],
  }),
  makeTask({ id: 4, area: 'transport', lead: ['transport-bureau'] }),
];

export const REPORTS: Report[] = [
  makeReport(1, '2022-Q4', 'on_track', '2022-12-20'),
  makeReport(3, '2022-Q4', 'on_track', '2023-01-05', [['roads', 300, '2022-12-31']]),
  makeReport(4, '2022-Q4', 'not_started', '2022-12-28'),
  makeReport(1, '2023-Q2', 'on_track', '2023-06-20', [['clinics', 10, '2023-06-15'], ['review-days', 7, '2023-06-15']]),
  makeReport(2, '2023-Q2', 'at_risk', '2023-06-28', [['outage-cut', 4, '2023-06-20']]),
  makeReport(3, '2023-Q2', 'completed', '2023-06-12', [['roads', 406, '2023-06-10']]),
  makeReport(4, '2023-Q2', 'on_track', '2023-06-25'),
  makeReport(1, '2023-Q3', 'completed', '2023-09-22', [['clinics', 8, '2023-09-20'], ['review-days', 4, '2023-09-20']]),
  makeReport(2, '2023-Q3', 'on_track', '2023-10-08', [['outage-cut', 7, '2023-09-25']]),
  makeReport(3, '2023-Q3', 'ongoing', '2023-09-30'),
  makeReport(4, '2023-Q3', 'on_track', '2023-09-29'),
];

/** A whole Dataset, as the loader returns it, so the tests prove the derivations accept one. */
export function makeDataset(tasks: Task[] = TASKS, reports: Report[] = REPORTS): Dataset {
  const sortedReports = [...reports].sort((a, b) => a.period.localeCompare(b.period) || a.task - b.task);
  return {
    id: 'test-2022',
    folder: '',
    site: { title: '测试', site: 'https://example.org', base: '/', repository: 'https://github.com/example/tracker', branch: 'main', licence: 'CC BY 4.0', licence_url: 'https://creativecommons.org/licenses/by/4.0/' },
    plan: {
      number: '测试〔2022〕1号',
      issuer: '测试',
      date: '2022-10-13',
      title: '测试方案',
      notice_heading: '通知',
      recipients: '各单位',
      preamble: '前言',
      general_requirements: { heading: '总体要求', text: '要求', goal: '目标' },
      safeguards: [1, 2, 3, 4].map((n) => ({ number: String(n), title: '保障', text: '保障措施' })),
      attachment: '附件',
      id: 'test-2022',
    },
    areas: [
      { id: 'health', number: '一', name: '医疗卫生', short: '医疗' },
      { id: 'transport', number: '二', name: '交通出行', short: '交通' },
    ],
    units: [
      { id: 'health-bureau', name: '市卫健委', kind: 'department' },
      { id: 'transport-bureau', name: '市交通运输局', kind: 'department' },
      { id: 'finance-bureau', name: '市财政局', kind: 'department' },
      { id: 'towns', name: '各乡镇', kind: 'collective' },
    ],
    tasks: [...tasks].sort((a, b) => a.id - b.id),
    reports: sortedReports,
    planText: '',
    taskFiles: new Map(),
    reportFiles: new Map(),
    archives: [],
    demo: false,
  };
}

/** The same tasks, nothing reported yet. */
export const noReports = (): Dataset => makeDataset(TASKS, []);
