import { expect, test } from 'vitest';
import { parseGitLog } from '../../src/site/git-history.ts';
import { reportRevisions } from '../../src/site/report-revisions.ts';
import { revisionText } from '../../src/site/revision-text.ts';

const report = (status: string, value: number, extra = '') => `task: 1\nperiod: 2023-Q1\nstatus: ${status}\nsummary: 进展\nmetrics:\n  - target: a\n    value: ${value}\n    as_of: "2023-03-31"\n${extra}`;

test('each amendment: its date, the fields that changed and old → new for status and metric values', () => {
  expect(
    reportRevisions([
      { date: '2023-04-10', text: report('on_track', 1) },
      { date: '2023-04-11', text: `# 只加注释\n${report('on_track', 1)}\n` },
      { date: '2023-05-02', text: report('at_risk', 1, 'details: 补充说明\n') },
      { date: '2023-06-01', text: 'status: [未闭合' },
      { date: '2023-06-20', text: report('at_risk', 2, 'details: 补充说明\n') },
    ]),
  ).toEqual([
    { date: '2023-05-02', fields: ['status', 'details'], changes: [{ field: 'status', from: 'on_track', to: 'at_risk' }] },
    { date: '2023-06-20', fields: ['metrics'], changes: [{ field: 'metrics.a', from: 1, to: 2 }] },
  ]);
});

test('a metric added or removed reads null on the side where it is absent', () => {
  const [revision] = reportRevisions([
    { date: '2023-04-10', text: report('on_track', 1) },
    { date: '2023-05-02', text: report('on_track', 1).replace('target: a', 'target: b') },
  ]);
  expect(revision!.changes).toEqual([
    { field: 'metrics.b', from: null, to: 1 },
    { field: 'metrics.a', from: 1, to: null },
  ]);
});

test('one file published once has no revisions', () => {
  expect(reportRevisions([{ date: '2023-04-10', text: report('on_track', 1) }])).toEqual([]);
});

test('the log: first addition is the publication date; a deletion ends the older history; a shallow cut dates nothing', () => {
  const log = ['\0c5 2023-09-01', 'M\tr/1.yaml', 'A\tr/2.yaml', '\0c4 2023-08-01', 'A\tr/1.yaml', '\0c3 2023-07-01', 'D\tr/1.yaml', '\0c2 2023-06-01', 'M\tr/1.yaml', '\0c1 2023-05-01', 'A\tr/1.yaml', 'A\tr/3.yaml', ''].join('\n');
  expect(Object.fromEntries(parseGitLog(log))).toEqual({
    'r/1.yaml': { added: '2023-05-01', commits: [{ sha: 'c4', date: '2023-08-01' }, { sha: 'c5', date: '2023-09-01' }] },
    'r/2.yaml': { added: '2023-09-01', commits: [{ sha: 'c5', date: '2023-09-01' }] },
    'r/3.yaml': { added: '2023-05-01', commits: [{ sha: 'c1', date: '2023-05-01' }] },
  });
  expect(parseGitLog(log, new Set(['c1'])).get('r/3.yaml')).toEqual({ added: undefined, commits: [{ sha: 'c1', date: '2023-05-01' }] });
});

test('an amendment in readers\' words: fields by their labels, statuses by theirs, values by their targets', () => {
  const revision = { date: '2023-05-02', fields: ['status', 'metrics'], changes: [{ field: 'status', from: 'on_track', to: 'at_risk' }, { field: 'metrics.a', from: 80.7, to: null }] };
  expect(revisionText(revision, (id) => `目标${id}`)).toBe('修改了状态、数值(状态:按计划推进 → 进度滞后;目标a:80.7 → (无))');
  expect(revisionText({ date: '2023-05-02', fields: ['summary'], changes: [] }, (id) => id)).toBe('修改了进展摘要');
});
