// What a first visit to one built page downloads: its HTML, the stylesheets it links and the scripts it
// loads, each gzip-compressed as a static host would serve it. Scripts are followed through their
// static imports (a chunk imported by a page script is downloaded with it); dynamic imports such as
// Pagefind's are loaded on demand and reported separately, not counted.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Dataset } from '../../src/content/load.ts';
import { resolveFile } from '../../src/server/static-server.ts';
import { pagePath, planPath, type SiteUrls } from '../../src/site/url-scheme.ts';

export interface PageWeight {
  page: string;
  /** gzip bytes */
  html: number;
  css: number;
  js: number;
  total: number;
  /** Site paths of every script the page loads at once, in load order. */
  scripts: string[];
  /** Site paths loaded only on demand (dynamic import). */
  lazy: string[];
}

/** The page a host serves for a missing address; it is also a file of its own. */
export const NOT_FOUND_PAGE = '404.html';

/**
 * One page of each type, as site-relative paths (url-scheme.ts `pagePath`), chosen from the dataset the
 * site was built from: measured by test/e2e/page-weight.test.ts and npm run bench, visited by the browser
 * tests. A type the dataset has no page for (a quarter before any report, a task without targets in a plan
 * where every task has one) is left out rather than invented.
 */
export function pageTypes(dataset: Pick<Dataset, 'id' | 'tasks' | 'reports'>): Record<string, string> {
  const plan = planPath(dataset.id);
  const withTargets = dataset.tasks.find((t) => t.targets.length > 0);
  const withoutTargets = dataset.tasks.find((t) => t.targets.length === 0);
  const task = withTargets ?? dataset.tasks[0];
  if (!task) throw new Error('the dataset has no tasks');
  const latestQuarter = dataset.reports.at(-1)?.period;
  const types: Record<string, string | undefined> = {
    home: pagePath.home,
    dashboard: plan.home,
    'task list': plan.tasks,
    task: plan.task(task.id),
    'task without targets': withoutTargets && plan.task(withoutTargets.id),
    area: plan.area(task.area),
    unit: pagePath.unit(task.lead[0]!),
    quarters: plan.reports,
    quarter: latestQuarter && plan.quarter(latestQuarter),
    archives: plan.archives,
    plan: plan.plan,
    search: pagePath.search,
    data: pagePath.data,
    submit: pagePath.submit,
    about: pagePath.about,
    'site map': pagePath.siteMap,
    privacy: pagePath.privacy,
    copyright: pagePath.copyright,
    accessibility: pagePath.accessibility,
    'not found': NOT_FOUND_PAGE,
  };
  return Object.fromEntries(Object.entries(types).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

type PlanData = Pick<Dataset, 'id' | 'tasks' | 'reports'>;

/** The page types that belong to one plan, under /{id}/ (the rest are the site's, at the root). */
const PLAN_PAGE_TYPES = new Set(['dashboard', 'task list', 'task', 'task without targets', 'area', 'quarters', 'quarter', 'archives', 'plan']);

/**
 * One page of each type on a site of any number of plans. One plan: pageTypes. Several: the site's pages
 * once (home is then the plan cards; the unit page is the unit that leads tasks in the most plans, so it
 * shows several sections), and each plan's pages named `task (qingshan-2024)`.
 */
export function sitePageTypes(datasets: readonly PlanData[]): Record<string, string> {
  const [first, ...others] = datasets;
  if (!first) throw new Error('the site has no plans');
  if (others.length === 0) return pageTypes(first);
  const leading = new Map<string, number>();
  for (const dataset of datasets) for (const unit of new Set(dataset.tasks.flatMap((t) => t.lead))) leading.set(unit, (leading.get(unit) ?? 0) + 1);
  const unit = [...leading].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const site = Object.entries(pageTypes(first)).filter(([type]) => !PLAN_PAGE_TYPES.has(type));
  const plans = datasets.flatMap((dataset) => Object.entries(pageTypes(dataset)).filter(([type]) => PLAN_PAGE_TYPES.has(type)).map(([type, path]) => [`${type} (${dataset.id})`, path] as const));
  return Object.fromEntries([...site.map(([type, path]) => [type, type === 'unit' ? pagePath.unit(unit) : path] as const), ...plans]);
}

/** A query the site's own search answers: the first task's title. */
export const searchWithQuery = (dataset: Pick<Dataset, 'tasks'>) => `${pagePath.search}?q=${encodeURIComponent(dataset.tasks[0]!.title)}`;

/** One page of each type for the browser tests, the search page with results to show. */
export const pagesOf = (site: { datasets(): PlanData[] }) => ({ ...sitePageTypes(site.datasets()), search: searchWithQuery(site.datasets()[0]!) });

/** The file an address names in the built folder, resolved as the preview server resolves it. */
export function builtFile(root: string, urls: SiteUrls, address: string): string {
  const file = resolveFile(root, urls.base, new URL(address, 'http://site').pathname);
  if (!file) throw new Error(`${root}: nothing is served at ${address}`);
  return file;
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Attribute values of tags like `<link rel="stylesheet" href="…">` in our own generated HTML. */
function tagUrls(html: string, tag: 'link' | 'script'): string[] {
  const urls: string[] = [];
  for (const [element] of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
    if (tag === 'link' && !/\brel="stylesheet"/.test(element)) continue;
    const url = /\b(?:src|href)="([^"]+)"/.exec(element)?.[1];
    if (url) urls.push(url);
  }
  return urls;
}

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

/**
 * @param root   the built site folder (dist/)
 * @param urls   the site's addresses (its base path)
 * @param page   a site-relative page path, e.g. '' or 'tasks/21/' (pageTypes)
 */
export function pageWeight(root: string, urls: SiteUrls, page: string): PageWeight {
  const fileOf = (address: string) => builtFile(root, urls, address);
  const address = urls.url(page);
  const html = readFileSync(fileOf(address));
  const text = html.toString('utf8');
  const css = tagUrls(text, 'link').reduce((sum, href) => sum + gzipSize(readFileSync(fileOf(href))), 0);

  const scripts: string[] = [];
  const lazy = new Set<string>();
  const visit = (src: string) => {
    const path = new URL(src, `http://site${address}`).pathname;
    if (scripts.includes(path)) return;
    scripts.push(path);
    const code = readFileSync(fileOf(path), 'utf8');
    const local = (pattern: RegExp) =>
      [...code.matchAll(pattern)].map((m) => m[1] ?? '').filter((spec) => /^\.{0,2}\//.test(spec)).map((spec) => new URL(spec, `http://site${path}`).pathname);
    for (const imported of local(STATIC_IMPORT)) visit(imported);
    for (const imported of local(DYNAMIC_IMPORT)) lazy.add(imported);
  };
  for (const src of tagUrls(text, 'script')) visit(src);
  const js = scripts.reduce((sum, path) => sum + gzipSize(readFileSync(fileOf(path))), 0);
  const htmlSize = gzipSize(html);
  return { page, html: htmlSize, css, js, total: htmlSize + css + js, scripts, lazy: [...lazy].filter((p) => !scripts.includes(p)) };
}
