// The reminders' dry run on the demo data before and after the 2024-Q4 deadline (2025-01-10), and the
// one-issue-per-quarter decision, with fixtures; a site of two plans (the two-plan scenario) gets one issue
// for the quarter, grouped by unit.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent, loadDataset } from '../../src/content/load.ts';
import { openQuarter, reminders, remindersMarkdown, siteReminders, siteRemindersMarkdown } from '../../src/workflow/reminders.ts';
import { writeTwoPlansContent } from '../scenarios/two-plans.ts';
import { issueBody, issueMarker, issueTitle, planIssue } from '../../src/workflow/reminder-issue.ts';

const loaded = loadDataset({ contentDir: 'content', reportsDir: 'examples/demo/reports', demo: true });
if (!loaded.ok) throw new Error('the demo dataset does not load');
const demo = loaded.dataset;
const fixture = (date: string) => readFileSync(`test/fixtures/reminders/demo-${date}.md`, 'utf8');
const cli = (...args: string[]) => execFileSync(process.execPath, ['scripts/reminders.ts', '--demo', ...args], { encoding: 'utf8' });

describe('reminders on the demo data', () => {
  test('the dry run before the deadline: 临近提醒, every task not reported by 2025-01-07 待报送, per lead unit', () => {
    expect(cli('--as-of', '2025-01-07')).toBe(fixture('2025-01-07'));
    const due = reminders(demo, '2025-01-07')!;
    expect([due.period, due.dueOn, due.phase, due.state]).toEqual(['2024-Q4', '2025-01-10', 'upcoming', 'pending']);
    // Reported on 2025-01-08: not yet in on the 7th.
    expect(due.units.find((u) => u.unit === 'edu')!.tasks.map((t) => t.id)).toEqual([1, 3, 4]);
  });

  test('the dry run after it: 到期催办, 逾期未报; a report filed late (task 3, 2025-01-20) is still owed on the 15th', () => {
    expect(cli('--as-of', '2025-01-15')).toBe(fixture('2025-01-15'));
    const due = reminders(demo, '2025-01-15')!;
    expect([due.phase, due.state]).toEqual(['overdue', 'late']);
    expect(demo.reports.find((r) => r.period === '2024-Q4' && r.task === 3)!.reported_on).toBe('2025-01-20');
    expect(due.units.find((u) => u.unit === 'edu')!.tasks.map((t) => t.id)).toEqual([3]);
    // Task 18 has two lead units: both are chased.
    expect(due.units.filter((u) => u.tasks.some((t) => t.id === 18)).map((u) => u.name)).toEqual(['市发改委', '市住建局']);
  });

  test('the deadline day is still 待报送; the open quarter is the last ended one inside the window', () => {
    expect(reminders(demo, '2025-01-10')!.state).toBe('pending');
    // Before 2024-Q4 ends the open quarter is still 2024-Q3, and its missing reports are late.
    expect(reminders(demo, '2024-12-20')).toMatchObject({ period: '2024-Q3', phase: 'overdue', state: 'late' });
    expect([openQuarter('2022-11-01', demo.plan), openQuarter('2023-01-02', demo.plan), openQuarter('2026-01-05', demo.plan), openQuarter('2026-04-05', demo.plan)]).toEqual([null, '2022-Q4', '2025-Q4', null]);
    expect(reminders(demo, '2025-04-03')).toMatchObject({ period: '2025-Q1', phase: 'too_early', state: 'pending' });
    expect(reminders(demo, '2025-04-05')).toMatchObject({ period: '2025-Q1', phase: 'upcoming' });
  });

  test('a unit with a GitHub team is mentioned by it; others by the maintainers', () => {
    const withTeam = { ...demo, units: demo.units.map((u) => (u.id === 'edu' ? { ...u, github: '@tianmen-public-service/education' } : u)) };
    const markdown = remindersMarkdown(reminders(withTeam, '2025-01-15')!, demo.plan);
    expect(markdown).toContain('### 市教育局 @tianmen-public-service/education\n');
    expect(markdown).toContain('### 市发改委 @tianmen-public-service/maintainers\n');
  });
});

describe('one issue per quarter', () => {
  const due = reminders(demo, '2025-01-15')!;
  const markdown = remindersMarkdown(due, demo.plan);
  const body = issueBody('2024-Q4', markdown);
  const other = { number: 3, title: '别的议题', body: '提到 plan-tracker:reminders 但不是标记' };

  test('no issue yet: create one, titled and marked for the quarter', () => {
    expect(planIssue([other], due, markdown)).toEqual({ action: 'create', title: '2024年第四季度进展报送提醒', body });
    expect(body.startsWith(`${issueMarker('2024-Q4')}\n## 2024年第四季度进展报送催办`)).toBe(true);
  });

  test('run again with the issue it made: nothing to do; with new content: update that issue, open or closed', () => {
    expect(planIssue([other, { number: 7, title: issueTitle('2024-Q4'), body }], due, markdown)).toEqual({ action: 'none', reason: '#7 已是最新' });
    const older = issueBody('2024-Q4', remindersMarkdown(reminders(demo, '2025-01-07')!, demo.plan));
    expect(planIssue([{ number: 7, title: issueTitle('2024-Q4'), body: older }], due, markdown)).toEqual({ action: 'update', number: 7, title: issueTitle('2024-Q4'), body });
  });

  test('two marked issues (made by hand): always the oldest; another quarter\'s issue is not this one', () => {
    const marked = (number: number) => ({ number, title: 'x', body: `${issueMarker('2024-Q4')}\n旧` });
    expect(planIssue([marked(12), marked(9)], due, markdown)).toMatchObject({ action: 'update', number: 9 });
    expect(planIssue([{ number: 4, title: issueTitle('2024-Q3'), body: issueBody('2024-Q3', '旧') }], due, markdown)).toMatchObject({ action: 'create' });
  });

  test('too early, nothing owed, or no open quarter: no new issue', () => {
    const early = reminders(demo, '2025-04-03')!;
    expect(planIssue([], early, remindersMarkdown(early, demo.plan))).toEqual({ action: 'none', reason: '距报送期限 2025-04-10 还早,暂不提醒' });
    const done = { ...due, units: [] };
    expect(planIssue([], done, remindersMarkdown(done, demo.plan))).toEqual({ action: 'none', reason: '已全部报送,不需要提醒' });
    // All reported after the issue was opened: the issue is updated to say so.
    expect(planIssue([{ number: 7, title: issueTitle('2024-Q4'), body }], done, remindersMarkdown(done, demo.plan))).toMatchObject({ action: 'update', number: 7, body: expect.stringContaining('已全部报送') });
    expect(planIssue([], null, '')).toEqual({ action: 'none', reason: '没有正在报送的季度' });
  });

  test('the CLI with --issues prints the decision as one JSON line', () => {
    const out = cli('--as-of', '2025-01-15', '--issues', 'test/fixtures/reminders/issues-none.json');
    expect(JSON.parse(out)).toEqual({ action: 'create', title: '2024年第四季度进展报送提醒', body });
    expect(out.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('a site of two plans: one issue per quarter, grouped by unit', () => {
  const root = mkdtempSync(join(tmpdir(), 'reminders-two-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const contentDir = writeTwoPlansContent(join(root, 'content'));
  const loadedTwo = loadContent({ contentDir, reportsDir: 'examples/demo/reports', demo: true, plan: 'ggfw-2022' });
  if (!loadedTwo.ok) throw new Error('the two-plan scenario does not load');
  const two = loadedTwo.content;
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/reminders.ts', '--content', contentDir, ...args], { encoding: 'utf8' });

  test('a quarter both windows contain: each unit lists what it owes in each plan, with the report file', () => {
    const due = siteReminders(two, '2025-01-15')!;
    expect([due.period, due.dueOn, due.phase]).toEqual(['2024-Q4', '2025-01-10', 'overdue']);
    expect(due.plans.map((p) => [p.id, p.name])).toEqual([
      ['ggfw-2022', '天门市公共服务质量提升行动实施方案'],
      ['qingshan-2024', '青山便民服务三年行动'],
    ]);
    // 市人社局 leads tasks in both plans: one section, both plans in it.
    const hrss = due.units.find((u) => u.unit === 'hrss')!;
    expect(hrss.plans.map((p) => p.plan)).toEqual(['ggfw-2022', 'qingshan-2024']);
    expect(hrss.plans[1]!.tasks[0]).toMatchObject({ path: expect.stringMatching(/^content\/plans\/qingshan-2024\/reports\/2024-Q4\/\d\d\.yaml$/) });
    expect(due.units.filter((u) => u.unit === 'hrss')).toHaveLength(1);
    // Tianmen's part is that plan's own reminders, unit for unit.
    const tianmen = reminders({ ...two.plans[0]!, site: two.site, units: two.units }, '2025-01-15')!;
    expect(due.units.flatMap((u) => u.plans.filter((p) => p.plan === 'ggfw-2022').map((p) => [u.unit, p.tasks.map((t) => t.id)]))).toEqual(tianmen.units.map((u) => [u.unit, u.tasks.map((t) => t.id)]));

    const markdown = siteRemindersMarkdown(due, two);
    expect(markdown.startsWith('## 2024年第四季度进展报送催办(截至 2025-01-15)\n')).toBe(true);
    expect(markdown).toContain('- 青山便民服务三年行动:2025-01-10(季度结束后第 10 天),已过期限');
    expect(markdown.match(/^### 市人社局 /gm)).toHaveLength(1);
    expect(markdown).toMatch(/### 市人社局 [^\n]*\n\n天门市公共服务质量提升行动实施方案:\n\n- 任务 13:优化失业保险金发放领取程序\(逾期未报,content\/plans\/ggfw-2022\/reports\/2024-Q4\/13\.yaml\)\n\n青山便民服务三年行动:\n\n- 任务 \d+:/);
    expect(planIssue([], due, markdown)).toEqual({ action: 'create', title: '2024年第四季度进展报送提醒', body: issueBody('2024-Q4', markdown) });
  });

  test('a quarter only one window contains names only that plan; none: no issue', () => {
    // Tianmen's window starts 2022-Q4, Qingshan's 2024-Q1 and runs to 2026-Q4, after Tianmen's 2025-Q4.
    expect(siteReminders(two, '2023-01-15')!.plans.map((p) => p.id)).toEqual(['ggfw-2022']);
    const late = siteReminders(two, '2026-04-15')!;
    expect([late.period, late.plans.map((p) => p.id)]).toEqual(['2026-Q1', ['qingshan-2024']]);
    expect(late.units.every((u) => u.plans.every((p) => p.plan === 'qingshan-2024'))).toBe(true);
    expect(siteReminders(two, '2022-10-20')).toBeNull();
  });

  test('plans with different deadlines: the issue opens with the earliest, each plan keeps its own', () => {
    const later = { ...two, plans: two.plans.map((p) => (p.id === 'qingshan-2024' ? { ...p, plan: { ...p.plan, reporting: { ...p.plan.reporting, due_days_after_quarter: 20 } } } : p)) };
    const due = siteReminders(later, '2025-01-15')!;
    expect([due.dueOn, due.phase, due.plans.map((p) => [p.dueOn, p.phase])]).toEqual(['2025-01-10', 'overdue', [['2025-01-10', 'overdue'], ['2025-01-20', 'upcoming']]]);
    const markdown = siteRemindersMarkdown(due, later);
    expect(markdown).toContain('- 青山便民服务三年行动:2025-01-20(季度结束后第 20 天)\n');
    expect(markdown).toMatch(/青山便民服务三年行动:\n\n- 任务 \d+:[^\n]*\(待报送,content\/plans\/qingshan-2024\//);
  });

  test('a site of one plan prints what the one-plan reminders print', () => {
    const onlyTianmen = { ...two, plans: [two.plans[0]!] };
    const due = siteReminders(onlyTianmen, '2025-01-15')!;
    expect(siteRemindersMarkdown(due, onlyTianmen)).toBe(remindersMarkdown(reminders(demo, '2025-01-15')!, demo.plan));
  });

  test('the CLI: the site\'s text; --demo needs --plan to know whose reports the demo ones are', () => {
    const out = run('--demo', '--plan', 'ggfw-2022', '--as-of', '2025-01-15');
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe(siteRemindersMarkdown(siteReminders(two, '2025-01-15')!, two));
    const unnamed = run('--demo', '--as-of', '2025-01-15');
    expect(unnamed.status).toBe(1);
    expect(unnamed.stderr).toContain('请用 --plan 指定方案,可选: ggfw-2022, qingshan-2024');
    const own = run('--as-of', '2025-01-15');
    expect(own.status, own.stderr).toBe(0);
    expect(own.stdout).toContain('青山便民服务三年行动:');
  });
});
