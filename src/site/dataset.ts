// The build's single entry to content: the project's loader, run once per build. Invalid content
// stops the build with the validator's own messages, so the site never publishes a partial dataset.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentInParallel, type Dataset, type SiteContent } from '../content/load.ts';
import { problemLine } from '../content/report-problems.ts';
import { BuildFailure } from '../build-failure.ts';
import { walkEntries } from '../fs/walk.ts';
import { buildKind, DEMO_REPORTS_DIR } from './build-kind.ts';
import {
  claimsByReport,
  deriveAll,
  reportsByTask,
  schedulesByTask,
  type ClaimDisagreement,
  type Derived,
  type HalfYear,
  type MissingInPeriod,
  type PeriodChanges,
  type PeriodSchedule,
  type PeriodScheduleRollups,
  type TargetProgress,
  type TaskSchedule,
} from '../derive/index.ts';
import type { Area, Report, Task } from '../schema/index.ts';
import { siteUrls, type PlanUrls } from './url-scheme.ts';

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
  /** 序时进度 of each covered quarter. */
  schedule: Map<string, PeriodSchedule>;
  /** Each covered quarter's roll-ups (plan, areas, lead units). */
  scheduleRollups: Map<string, PeriodScheduleRollups>;
  /** Each task's 序时进度 per covered quarter, oldest first (every task present). */
  scheduleByTask: Map<number, TaskSchedule[]>;
  /** 双过半 by calendar year. */
  halfYear: Map<number, HalfYear>;
  /** Disagreeing claims by claimKey(period, task). */
  claims: Map<string, ClaimDisagreement[]>;
}


/** One plan as its pages see it: derivations and indexes are per plan, because task numbers are. */
export interface PlanSite {
  dataset: Dataset;
  derived: Derived;
  lookup: Lookup;
  /** The plan's page URLs under the build's base. */
  urls: PlanUrls;
}

export interface Site {
  content: SiteContent;
  /** In folder order. */
  plans: PlanSite[];
  /** The plan of a `[plan]` route's parameter; an unknown id is a bug in getStaticPaths, so it throws. */
  plan(id: string): PlanSite;
  /**
   * The plan root pages take an example from (a search placeholder, a sample file path, one archive link):
   * the first. Everything a root page lists or counts spans every plan; only examples come from this one.
   */
  featured: PlanSite;
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
    ...scheduleLookup(dataset, derived),
  };
}

function scheduleLookup(dataset: Dataset, derived: Derived): Pick<Lookup, 'schedule' | 'scheduleRollups' | 'scheduleByTask' | 'halfYear' | 'claims'> {
  const { byPeriod, rollups, halfYears, claims } = derived.schedule;
  const byTask = schedulesByTask(byPeriod);
  return {
    schedule: new Map(byPeriod.map((p) => [p.period, p])),
    scheduleRollups: new Map(rollups.map((r) => [r.period, r])),
    scheduleByTask: new Map(dataset.tasks.map((t) => [t.id, byTask.get(t.id) ?? []])),
    halfYear: new Map(halfYears.map((y) => [y.year, y])),
    claims: claimsByReport(claims),
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
  // `astro dev`: an edit anywhere in the content shows on the next page load, without a restart.
  if (import.meta.env.DEV && contentChanged()) cached = undefined;
  // A failed load is not kept: under `astro dev` the next request tries again once the content is fixed.
  cached ??= loadSite().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

let fingerprint = '';

/** Whether any content file was added, removed or written since the last look (a few ms for 400 files). */
function contentChanged(): boolean {
  const { contentDir, reportsDir } = buildKind(process.env);
  const next = [contentDir, reportsDir]
    .filter((dir): dir is string => dir !== undefined && existsSync(dir))
    .flatMap((dir) =>
      walkEntries(dir).map(({ path }) => {
        const stat = statSync(join(dir, path), { throwIfNoEntry: false });
        return `${dir}/${path}:${stat?.size}:${stat?.mtimeMs}`;
      }),
    )
    .join('\n');
  const changed = next !== fingerprint;
  fingerprint = next;
  return changed;
}

async function loadSite(): Promise<Site> {
  const { contentDir, reportsDir, demo, plan } = buildKind(process.env);
  if (reportsDir === DEMO_REPORTS_DIR && !existsSync(DEMO_REPORTS_DIR)) throw new BuildFailure(`演示数据目录 ${DEMO_REPORTS_DIR} 不存在,请先运行 npm run demo:generate`);
  const result = await loadContentInParallel({ contentDir, reportsDir, demo, plan, workerScript: READ_WORKER });
  if (!result.ok) {
    throw new BuildFailure(`内容校验未通过,网站没有生成。请先运行 npm run validate 并修改:\n${result.problems.map(problemLine).join('\n')}`);
  }
  const { content } = result;
  // A site without a plan (npm run init before import:plan) has nothing the pages could show yet.
  if (content.plans.length === 0) throw new BuildFailure(`${contentDir}/ 中还没有方案,网站没有生成。请先用 npm run import:plan 导入方案`);
  const urls = siteUrls(content.site.base);
  const plans = content.plans.map((dataset): PlanSite => {
    const derived = deriveAll(dataset);
    return { dataset, derived, lookup: buildLookup(dataset, derived), urls: urls.plan(dataset.id) };
  });
  const byId = new Map(plans.map((p) => [p.dataset.id, p]));
  return {
    content,
    plans,
    plan(id) {
      const found = byId.get(id);
      if (!found) throw new Error(`没有方案 ${id}`);
      return found;
    },
    featured: plans[0]!,
  };
}

/** getStaticPaths of a plan's page that has one address per plan (/{id}/tasks/, /{id}/plan/, …). */
export async function eachPlan(): Promise<{ params: { plan: string } }[]> {
  return (await site()).plans.map(({ dataset }) => ({ params: { plan: dataset.id } }));
}
