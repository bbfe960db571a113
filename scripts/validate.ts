// npm run validate [-- DIR] [--reports DIR]: checks every content file and reports every problem in one run.
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDatasetInParallel } from '../src/content/load.ts';
import { githubAnnotation, markdownSummary, problemLine, summaryLine } from '../src/content/report-problems.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { reports: { type: 'string' } } });
  const contentDir = positionals[0] ?? 'content';
  const result = await loadDatasetInParallel({ contentDir, reportsDir: values.reports, demo: Boolean(values.reports) });
  for (const problem of result.problems) console.log(problemLine(problem));
  console.log(summaryLine(result.fileCount, result.problems));
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const problem of result.problems) console.log(githubAnnotation(problem));
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdownSummary(result.fileCount, result.problems));
  }
  return result.ok ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  // A crash is a bug in the validator, not in the content: say so plainly, without a stack trace.
  console.error(`校验程序内部错误(不是内容的问题,请联系维护人员): ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
