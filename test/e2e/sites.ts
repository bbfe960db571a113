// The built sites the tests run over, each with what it was built from: the folder, the content (whose
// site.yaml gives the base and the repository), the reports and whether it is labelled demo. Tests take
// page addresses from a site's dataset and url-scheme.ts, never from literals, so the same test passes for
// a site at / and one under a sub-path, and for another city's plan. `npm test` builds all five before vitest runs.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, type Dataset } from '../../src/content/load.ts';
import { problemLine } from '../../src/content/report-problems.ts';
import { readSiteSettings } from '../../src/content/site-settings.ts';
import type { SiteSettings } from '../../src/schema/index.ts';
import { DEFAULT_CONTENT_DIR, DEFAULT_OUT_DIR, DEMO_REPORTS_DIR } from '../../src/site/build-kind.ts';
import { planPath, siteUrls, type PlanPaths, type PlanUrls, type SiteUrls } from '../../src/site/url-scheme.ts';
import { SUBPATH_SCENARIO } from '../scenarios/subpath.ts';

/**
 * Where a content folder's only plan keeps its files, relative to it: '' in the one-plan shape, else
 * `plans/<id>/` (content/ itself since issue #25). For tests that write into a copy of a content folder.
 */
export function planFolderOf(contentDir: string): string {
  const plans = join(contentDir, 'plans');
  if (!existsSync(plans)) return '';
  const [only, ...others] = readdirSync(plans);
  if (!only || others.length > 0) throw new Error(`${contentDir}: expected one plan in plans/, found ${[only, ...others].join(', ')}`);
  return `plans/${only}/`;
}

export const HOSTILE_REPORTS_DIR = join('test', 'fixtures', 'hostile', 'reports');

export interface BuiltSite {
  name: 'real' | 'demo' | 'hostile' | 'subpath' | 'second' | 'two';
  /** The built folder. */
  root: string;
  contentDir: string;
  /** Reports from elsewhere than `${contentDir}/reports`. */
  reportsDir?: string;
  demo: boolean;
  readonly settings: SiteSettings;
  readonly urls: SiteUrls;
  /** The dataset the site was built from (loaded on first use). */
  dataset(): Dataset;
  /** The URLs of the site's (only) plan's pages. */
  plan(): PlanUrls;
  /** The same, site-relative (url-scheme.ts `planPath`). */
  planPaths(): PlanPaths;
}

function builtSite(name: BuiltSite['name'], root: string, contentDir: string, reportsDir?: string): BuiltSite {
  const demo = reportsDir !== undefined;
  // Read on first use: a test file that never touches the scenario runs before it is written.
  let settings: SiteSettings | undefined;
  let dataset: Dataset | undefined;
  return {
    name,
    root,
    contentDir,
    reportsDir,
    demo,
    get settings() {
      return (settings ??= readSiteSettings(contentDir));
    },
    get urls() {
      return siteUrls(this.settings.base);
    },
    dataset() {
      if (dataset) return dataset;
      const result = loadDataset({ contentDir, reportsDir, demo });
      if (!result.ok) throw new Error(`${name}: the dataset does not load:\n${result.problems.map(problemLine).join('\n')}`);
      return (dataset = result.dataset);
    },
    plan() {
      return this.urls.plan(this.dataset().id);
    },
    planPaths() {
      return planPath(this.dataset().id);
    },
  };
}

/** content/, as deployed. */
export const REAL = builtSite('real', DEFAULT_OUT_DIR, DEFAULT_CONTENT_DIR);
/** content/ with the demo reports (npm run build:demo -- --out dist-demo). */
export const DEMO = builtSite('demo', 'dist-demo', DEFAULT_CONTENT_DIR, DEMO_REPORTS_DIR);
/** content/ with the hostile fixture reports (npm run build:hostile). */
export const HOSTILE = builtSite('hostile', 'dist-hostile', DEFAULT_CONTENT_DIR, HOSTILE_REPORTS_DIR);
/** The base-path scenario (test/scenarios/subpath.ts): another base and another repository. */
export const SUBPATH = builtSite('subpath', SUBPATH_SCENARIO.outDir, SUBPATH_SCENARIO.contentDir);

/** Another city's plan (test/fixtures/plans/qingshan): a real site from other content, issued in 2024. */
export const SECOND_PLAN_CONTENT = join('test', 'fixtures', 'plans', 'qingshan', 'content');
export const SECOND = builtSite('second', 'dist-second', SECOND_PLAN_CONTENT);

export const ALL_SITES = [REAL, DEMO, HOSTILE, SUBPATH, SECOND];

// --- The two-plan scenario (test/scenarios/two-plans.ts), for the submit form's plan choice. Minimal on
// purpose: its dataset() and plan() have no single plan to return, so only tests that load it by plan use it.
/** Tianmen (with the demo reports) and Qingshan on one site (npm run build:two). */
export const TWO = builtSite('two', 'dist-two', join('.scenarios', 'two', 'content'), DEMO_REPORTS_DIR);
