// npm run reminders -- [--as-of YYYY-MM-DD] [--demo | --reports DIR [--plan ID]] [--content DIR] [--issues FILE]
// Prints, per lead unit, what is due (待报送) or late (逾期未报) for the open quarter, as Markdown: the dry
// run of the reminder issue. A site of several plans gets one text for the quarter, each unit's part
// naming what it owes in every plan expecting that quarter; --plan says whose reports --reports replaces. With --issues (the repository's issues as JSON, `gh issue list --json
// number,title,body`) it prints instead what to do with the quarter's issue, as one JSON line, for the
// workflow's posting step (.github/workflows/reminders.yml). --as-of defaults to today in China.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content/load.ts';
import { problemLine } from '../src/content/report-problems.ts';
import { DEMO_REPORTS_DIR } from '../src/site/build-kind.ts';
import { isIsoDate, todayInChina } from '../src/schema/index.ts';
import { siteReminders, siteRemindersMarkdown } from '../src/workflow/reminders.ts';
import { planIssue, type ExistingIssue } from '../src/workflow/reminder-issue.ts';

const USAGE = '用法: npm run reminders -- [--as-of YYYY-MM-DD] [--demo | --reports 报告文件夹 [--plan 方案标识]] [--content 内容文件夹] [--issues 议题.json]';

function main(argv: string[]): number {
  let values;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: { 'as-of': { type: 'string' }, demo: { type: 'boolean' }, reports: { type: 'string' }, plan: { type: 'string' }, content: { type: 'string' }, issues: { type: 'string' } },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const date = values['as-of'] ?? todayInChina();
  if (!isIsoDate(date)) {
    console.error(`--as-of ${date} 不是有效日期,应写作 YYYY-MM-DD\n${USAGE}`);
    return 2;
  }
  const reportsDir = values.reports ?? (values.demo ? DEMO_REPORTS_DIR : undefined);
  const loaded = loadContent({ contentDir: values.content ?? 'content', ...(reportsDir ? { reportsDir, demo: true } : {}), ...(values.plan ? { plan: values.plan } : {}) });
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(problemLine(problem));
    console.error('内容校验未通过,先按上面的提示修改(npm run validate)。');
    return 1;
  }
  const due = siteReminders(loaded.content, date);
  const markdown = due === null ? `截至 ${date} 没有正在报送的季度。\n` : siteRemindersMarkdown(due, loaded.content);
  if (values.issues === undefined) {
    process.stdout.write(markdown);
    return 0;
  }
  const existing = JSON.parse(readFileSync(values.issues, 'utf8')) as ExistingIssue[];
  process.stdout.write(`${JSON.stringify(planIssue(existing, due, markdown))}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
