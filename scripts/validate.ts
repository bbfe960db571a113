// npm run validate [-- DIR] [--reports DIR [--plan ID]] [--fix-encoding]: checks every content file, of every
// plan in the folder, and reports every problem in one run. --fix-encoding first rewrites GB18030 and UTF-16 files as UTF-8 (when unambiguous).
import { appendFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, loadContentInParallel } from '../src/content/load.ts';
import { claimWarningCheck } from '../src/derive/claim-check.ts';
import { readValidateArgs } from '../src/content/cli-args.ts';
import { fixEncodings } from '../src/content/fix-encoding.ts';
import { ENCODING_LABELS } from '../src/content/encoding.ts';
import { githubAnnotation, markdownSummary, problemLine, summaryLine } from '../src/content/report-problems.ts';
import { sortProblems } from '../src/content/problem.ts';
import { frozenFolders } from '../src/archive/archives.ts';
import { changedSinceFrozen } from '../src/archive/history.ts';

async function main(): Promise<number> {
  const args = readValidateArgs(process.argv.slice(2));
  for (const message of args.problems) console.error(`命令参数错误: ${message}`);
  if (args.fixEncoding) {
    for (const dir of [args.contentDir, ...(args.reportsDir ? [args.reportsDir] : [])]) {
      if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
      for (const done of fixEncodings(dir)) console.log(`已转换编码: ${join(dir, done.path)}: ${ENCODING_LABELS[done.from]} → UTF-8`);
    }
  }
  const { contentDir, reportsDir, plan } = args;
  const result = await loadContentInParallel({ contentDir, reportsDir, plan, demo: Boolean(reportsDir), reportWarnings: [claimWarningCheck] });
  // Frozen files against what their freeze committed: git's part of the archive check, as the build does it.
  const rewritten = frozenFolders(contentDir).flatMap((folder) => changedSinceFrozen(folder, displayPath()));
  const problems = sortProblems([...result.problems, ...rewritten]);
  for (const problem of problems) console.log(problemLine(problem));
  console.log(summaryLine(result.fileCount, problems));
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const problem of problems) console.log(githubAnnotation(problem));
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdownSummary(result.fileCount, problems));
  }
  return result.ok && rewritten.length === 0 && args.problems.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  // A crash is a bug in the validator, not in the content: say so plainly, without a stack trace.
  console.error(`校验程序内部错误(不是内容的问题,请联系维护人员): ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
