// Which kind of build this is, decided once, here: which content folder, which reports, whether the
// site is labelled demo, where it is written, and whether it is held to urls/published.txt. The npm
// scripts, astro.config, the loader's entry (dataset.ts), the integration and the benchmark all ask this
// module; nobody else reads the environment variables below.
import { join } from 'node:path';

/** The environment variables a build reads, named for the project rather than one city. */
export const BUILD_ENV = {
  /** Another content folder (the benchmark's synthetic sets, the base-path scenario). */
  contentDir: 'PLAN_TRACKER_CONTENT_DIR',
  /** Reports from another folder (test fixtures such as the hostile reports); labelled demo. */
  reportsDir: 'PLAN_TRACKER_REPORTS_DIR',
  /** '1': the demo dataset (examples/demo/reports), labelled demo on every page and export. */
  demo: 'PLAN_TRACKER_DEMO',
  /** Where the site is written (dist/ by default). */
  outDir: 'PLAN_TRACKER_OUT_DIR',
  /** The plan (id) whose reports the demo or other reports replace, on a site of several plans. */
  plan: 'PLAN_TRACKER_PLAN',
} as const;

export const DEFAULT_CONTENT_DIR = 'content';
export const DEFAULT_OUT_DIR = 'dist';
/** `npm run build:demo` reads these; the default build never does. */
export const DEMO_REPORTS_DIR = join('examples', 'demo', 'reports');

export interface BuildKind {
  contentDir: string;
  /** Reports from elsewhere than `${contentDir}/reports`. */
  reportsDir: string | undefined;
  /** Labelled demo: banner on every page, `"demo": true` in every export. */
  demo: boolean;
  outDir: string;
  /** The plan the other reports belong to (needed only with several plans). */
  plan: string | undefined;
  /** Only the real site is held to urls/published.txt: the list describes it and nothing else. */
  checksPublishedUrls: boolean;
  /**
   * The repository's own content, whatever its reports: urls/redirects.yaml names this site's old
   * addresses, so its redirect pages belong in the demo and fixture-report builds too, and in no other.
   */
  usesUrlLedger: boolean;
}

/** Pure: the build kind from an environment (process.env in the build; a literal in tests). */
export function buildKind(env: Record<string, string | undefined>): BuildKind {
  const contentDir = env[BUILD_ENV.contentDir] || DEFAULT_CONTENT_DIR;
  const outDir = env[BUILD_ENV.outDir] || DEFAULT_OUT_DIR;
  const otherReports = env[BUILD_ENV.reportsDir] || undefined;
  const demoDataset = env[BUILD_ENV.demo] === '1';
  const reportsDir = otherReports ?? (demoDataset ? DEMO_REPORTS_DIR : undefined);
  // Which content folder and whether it is demo data are two things: any content folder builds a real site
  // (another city's plan, the base-path scenario); only the demo dataset and reports from another folder
  // (test fixtures such as the hostile reports) are not the content's own data, and say so.
  const demo = demoDataset || otherReports !== undefined;
  const usesUrlLedger = contentDir === DEFAULT_CONTENT_DIR;
  const plan = env[BUILD_ENV.plan] || undefined;
  return { contentDir, reportsDir, demo, outDir, plan, checksPublishedUrls: usesUrlLedger && !demo && reportsDir === undefined, usesUrlLedger };
}

/** The environment that makes a build of this kind (for scripts that start one). */
export function buildEnv(kind: { contentDir?: string; reportsDir?: string; demo?: boolean; outDir?: string; plan?: string }): Record<string, string> {
  const env: Record<string, string> = {};
  if (kind.contentDir) env[BUILD_ENV.contentDir] = kind.contentDir;
  if (kind.reportsDir) env[BUILD_ENV.reportsDir] = kind.reportsDir;
  if (kind.demo) env[BUILD_ENV.demo] = '1';
  if (kind.outDir) env[BUILD_ENV.outDir] = kind.outDir;
  if (kind.plan) env[BUILD_ENV.plan] = kind.plan;
  return env;
}
