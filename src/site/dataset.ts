// The build's single entry to content: the project's loader, run once per build. Invalid content
// stops the build with the validator's own messages, so the site never publishes a partial dataset.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetInParallel, type Dataset } from '../content/load.ts';
import { problemLine } from '../content/report-problems.ts';
import { deriveAll, reportsByTask, type Derived, type PeriodChanges, type MissingInPeriod, type TargetProgress } from '../derive/index.ts';
import type { Area, Report, Task } from '../schema/index.ts';

/** `npm run build:demo` sets this; the default build never reads the demo folder. */
export const DEMO_REPORTS_DIR = 'examples/demo/reports';

/**
 * Where a build reads its reports. `TIANMEN_REPORTS_DIR` (set by `npm run build -- --reports DIR`, used by
 * the browser tests for hostile content) reads another folder; like the demo, a site built from any reports
 * but content/'s own is not the real data, so it is labelled demo (banner, `"demo": true`).
 */
export function reportsSource(env: NodeJS.ProcessEnv): { reportsDir: string | undefined; demo: boolean } {
  const other = env.TIANMEN_REPORTS_DIR;
  if (other) return { reportsDir: other, demo: true };
  // Another content folder (the benchmark's synthetic sets, with generated reports) is not the real data either.
  if (env.TIANMEN_CONTENT_DIR && env.TIANMEN_CONTENT_DIR !== 'content') return { reportsDir: undefined, demo: true };
  const demo = env.TIANMEN_DEMO === '1';
  return { reportsDir: demo ? DEMO_REPORTS_DIR : undefined, demo };
}

/**
 * The content folder: content/ unless TIANMEN_CONTENT_DIR names another one. Only the benchmark sets it
 * (npm run bench builds synthetic datasets of 2,000 tasks); the published site always reads content/.
 */
export const contentDir = (): string => process.env.TIANMEN_CONTENT_DIR || 'content';


/**
 * Indexes for pages, built once: a page that scanned the whole dataset (`tasks.find`, `reports.filter`)
 * made the build grow with tasks x reports; with these every page does work in proportion to what it shows.
 */
export interface Lookup {
  task: Map<number, Task>;
  area: Map<string, Area>;
  /** Unit id → name; an unknown id is shown as itself. */
  unitName: (id: string) => string;
  /** Each task's reports, oldest period first (every task present). */
  reportsByTask: Map<number, Report[]>;
  /** Each quarter's reports, by task id. */
  reportsByPeriod: Map<string, Report[]>;
  changes: Map<string, PeriodChanges>;
  missing: Map<string, MissingInPeriod>;
  /** Every target's progress, task order. */
  allProgress: TargetProgress[];
}

export interface Site {
  dataset: Dataset;
  derived: Derived;
  lookup: Lookup;
}

function buildLookup(dataset: Dataset, derived: Derived): Lookup {
  const unitNames = new Map(dataset.units.map((u) => [u.id, u.name]));
  const reportsByPeriod = new Map<string, Report[]>();
  for (const report of dataset.reports) {
    const list = reportsByPeriod.get(report.period);
    if (list) list.push(report);
    else reportsByPeriod.set(report.period, [report]);
  }
  return {
    task: new Map(dataset.tasks.map((t) => [t.id, t])),
    area: new Map(dataset.areas.map((a) => [a.id, a])),
    unitName: (id) => unitNames.get(id) ?? id,
    reportsByTask: reportsByTask(dataset),
    reportsByPeriod,
    changes: new Map(derived.changes.map((c) => [c.period, c])),
    missing: new Map(derived.missing.map((m) => [m.period, m])),
    allProgress: [...derived.progress.values()].flat(),
  };
}

let cached: Promise<Site> | undefined;

/**
 * The read thread's script in the source tree: this module runs bundled inside the Astro build, where a
 * path relative to itself would point into the bundle. The build runs from the project folder.
 */
const READ_WORKER = join(process.cwd(), 'src', 'content', 'read-worker.ts');

/** The loaded, derived and indexed site, once per build (every page awaits the same promise). */
export function site(): Promise<Site> {
  // A failed load is not kept: under `astro dev` the next request tries again once the content is fixed.
  cached ??= loadSite().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function loadSite(): Promise<Site> {
  const { reportsDir, demo } = reportsSource(process.env);
  if (reportsDir === DEMO_REPORTS_DIR && !existsSync(DEMO_REPORTS_DIR)) throw new Error(`演示数据目录 ${DEMO_REPORTS_DIR} 不存在,请先运行 npm run demo:generate`);
  if (reportsDir && !existsSync(reportsDir)) throw new Error(`报告目录 ${reportsDir} 不存在`);
  const result = await loadDatasetInParallel({ contentDir: contentDir(), reportsDir, demo, workerScript: READ_WORKER });
  if (!result.ok) {
    throw new Error(`内容校验未通过,网站没有生成。请先运行 npm run validate 并修改:\n${result.problems.map(problemLine).join('\n')}`);
  }
  const derived = deriveAll(result.dataset);
  return { dataset: result.dataset, derived, lookup: buildLookup(result.dataset, derived) };
}
