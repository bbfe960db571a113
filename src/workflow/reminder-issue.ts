// One GitHub issue per quarter for the reminders: found again by a marker in its body, so running the
// workflow twice (or daily) updates that issue and never opens a second. Pure: the workflow lists the
// repository's issues, this decides, and a step with only `issues: write` carries the decision out.
import { periodLabel } from '../schema/index.ts';
import type { Reminders } from './reminders.ts';

/** What the decision reads: one plan's reminders or a site's (siteReminders), which share these fields. */
export type IssueReminders = Pick<Reminders, 'period' | 'phase' | 'dueOn'> & { units: readonly unknown[] };

export interface ExistingIssue {
  number: number;
  title: string;
  body: string;
}

export type IssueAction =
  | { action: 'create'; title: string; body: string }
  | { action: 'update'; number: number; title: string; body: string }
  | { action: 'none'; reason: string };

/** An HTML comment: invisible on GitHub, and specific enough not to appear in an issue by chance. */
export const issueMarker = (period: string) => `<!-- plan-tracker:reminders:${period} -->`;

export const issueTitle = (period: string) => `${periodLabel(period)}进展报送提醒`;

/** The issue's body: the marker, then the reminders' Markdown. */
export const issueBody = (period: string, markdown: string) => `${issueMarker(period)}\n${markdown}`;

/** What to do with the quarter's issue, given the repository's issues (any state) and the reminders. */
export function planIssue(existing: readonly ExistingIssue[], reminders: IssueReminders | null, markdown: string): IssueAction {
  if (reminders === null) return { action: 'none', reason: '没有正在报送的季度' };
  const marker = issueMarker(reminders.period);
  // The oldest carrying the marker: should a second ever exist, every run still edits the same one.
  const found = existing.filter((issue) => issue.body.includes(marker)).sort((a, b) => a.number - b.number)[0];
  const title = issueTitle(reminders.period);
  const body = issueBody(reminders.period, markdown);
  if (found) {
    if (found.body === body && found.title === title) return { action: 'none', reason: `#${found.number} 已是最新` };
    return { action: 'update', number: found.number, title, body };
  }
  if (reminders.phase === 'too_early') return { action: 'none', reason: `距报送期限 ${reminders.dueOn} 还早,暂不提醒` };
  if (reminders.units.length === 0) return { action: 'none', reason: '已全部报送,不需要提醒' };
  return { action: 'create', title, body };
}
