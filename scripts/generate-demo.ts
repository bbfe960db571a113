// npm run demo:generate [-- --out DIR]
// The labelled demo dataset: made-up quarterly reports for the plan's first nine quarters and its real tasks, so the
// site can be shown and tested before real reports exist. Every text says 【演示】; every link is on
// example.org. Deterministic: a seeded PRNG and fixed dates, never Math.random or the clock, so the
// committed files in examples/demo/reports are exactly what this script writes.
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/content/load.ts';
import { walkEntries } from '../src/fs/walk.ts';
import { taskFileName } from '../src/content/paths.ts';
import { problemLine, summaryLine } from '../src/content/report-problems.ts';
import { reportToYaml } from '../src/content/report-yaml.ts';
import { deriveAll } from '../src/derive/index.ts';
import { DEMO_LABEL, PERIOD_PATTERN, periodEnd, periodFromIndex, periodIndex, periodRange, reportingWindow, type Plan } from '../src/schema/index.ts';
import { buildReports, type DemoOptions } from './demo-reports.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const CONTENT_DIR = join(REPO_ROOT, 'content');
/** Where the committed demo lives (src/site/dataset.ts reads it for npm run build:demo). */
const DEFAULT_OUT = 'examples/demo/reports';
/** How many quarters of made-up reports: from the window's first, at most this many (and never past its end). */
const DEMO_QUARTERS = 9;
/** The demo's quarters, seed and last report date follow the plan: its window, its date. */
function demoCalendar(plan: Plan): { quarters: string[]; seed: number; latestReportDate: string } {
  const window = reportingWindow(plan);
  const first = periodIndex(window.first);
  const last = Math.min(first + DEMO_QUARTERS - 1, window.last === undefined ? Infinity : periodIndex(window.last));
  const quarters = periodRange(window.first, periodFromIndex(last));
  // No demo report is dated after this: the last quarter's reports come in within 20 days.
  const latestReportDate = new Date(Date.parse(`${periodEnd(quarters.at(-1)!)}T00:00:00Z`) + 20 * 86_400_000).toISOString().slice(0, 10);
  return { quarters, seed: Number(plan.date.replaceAll('-', '')), latestReportDate };
}
/** Missing reports: in the last quarter (units still late) and spread over the others; about 8% in all. */
const MISSING_LAST_QUARTER = 9;
const MISSING_EARLIER = 20;
/** The schema comment as seen from examples/demo/reports/YYYY-Qn/, wherever --out points (files must not depend on it). */
const SCHEMA_COMMENT = posix.relative(posix.join(DEFAULT_OUT, '2023-Q1'), 'schemas/report.schema.json');
const HEADER = [`【${DEMO_LABEL}】非官方进展,内容均为虚构。由 scripts/generate-demo.ts 生成(npm run demo:generate),请勿手工修改。`];

// ---------------------------------------------------------------------------------------------
// Files.

/** Removes what an earlier run wrote (YYYY-Qn/NN.yaml, and quarter folders left empty); nothing else in `out`. */
function clearGenerated(out: string) {
  if (!existsSync(out)) return;
  const inQuarterFolder = walkEntries(out, { skip: (dir) => dir.includes('/') || !PERIOD_PATTERN.test(dir) }).filter(({ path }) => path.includes('/'));
  for (const { path } of inQuarterFolder) if (/\/\d{2,}\.yaml$/.test(path)) rmSync(join(out, path));
  for (const folder of readdirSync(out)) if (PERIOD_PATTERN.test(folder) && readdirSync(join(out, folder)).length === 0) rmdirSync(join(out, folder));
}

function main(): number {
  const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
  const out = resolve(values.out ?? join(REPO_ROOT, DEFAULT_OUT));
  const insideContent = relative(CONTENT_DIR, out);
  if (insideContent === '' || (!insideContent.startsWith('..') && !isAbsolute(insideContent))) {
    console.error(`演示数据不能写入 content/(${out}):演示数据与正式数据必须分开。请换一个 --out 目录`);
    return 1;
  }

  // The real tasks; what the demo generates depends on the content alone, never on the clock.
  const loaded = loadDataset({ contentDir: CONTENT_DIR });
  if (!loaded.ok) {
    console.error(`content/ 未通过校验,无法生成演示数据:\n${loaded.problems.map(problemLine).join('\n')}`);
    return 1;
  }
  const { tasks, units, plan } = loaded.dataset;
  const { quarters: QUARTERS, seed, latestReportDate: LATEST_REPORT_DATE } = demoCalendar(plan);
  const options: DemoOptions = { quarters: QUARTERS, seed, latestReportDate: LATEST_REPORT_DATE, missing: { lastQuarter: MISSING_LAST_QUARTER, earlier: MISSING_EARLIER } };
  const { reports, missing } = buildReports(tasks, units, options);

  clearGenerated(out);
  for (const report of reports) {
    const dir = join(out, report.period);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, taskFileName(report.task)), reportToYaml(report, { schemaComment: SCHEMA_COMMENT, comments: { header: HEADER } }), 'utf8');
  }

  // Check what was written with the project's own loader and derivations.
  const check = loadDataset({ contentDir: CONTENT_DIR, reportsDir: out, demo: true, today: LATEST_REPORT_DATE });
  for (const problem of check.problems) console.log(problemLine(problem));
  if (!check.ok) {
    console.error(`生成的演示数据未通过校验:${summaryLine(check.fileCount, check.problems)}`);
    return 1;
  }
  const derived = deriveAll(check.dataset);
  const states = derived.counts.targetStates;
  const latest = derived.counts.latest;
  console.log(
    [
      `已生成演示数据 ${reports.length} 份报告(${QUARTERS[0]} 至 ${QUARTERS.at(-1)},${tasks.length} 项任务,缺报 ${missing} 份)到 ${out}`,
      `目标状态: 已达标 ${states.met},推进中 ${states.on_the_way},逾期 ${states.overdue},无数据 ${states.no_data}`,
      `最新状态: ${Object.entries(latest).map(([k, v]) => `${k} ${v}`).join(',')}`,
      summaryLine(check.fileCount, check.problems),
    ].join('\n'),
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`演示数据生成失败: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 2;
}
