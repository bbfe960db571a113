// Every internal address of the site, from the base path it is served under. Pure: the base is passed
// in, so the pages (src/site/urls.ts binds Astro's base), the feed, the sitemap, the 长辈模式 twins, the
// published-URL ledger and the tests all build addresses the same way. URLs are stable (DESIGN.md).
import { withTrailingSlash } from './base-path.ts';

/** The folder of the 长辈模式 twins (src/site/elderly-twin.ts). */
export const ELDERLY_DIR = 'elderly';

/**
 * The first segments of a plan's own pages (under /{plan id}/). On a site built before plans had their own
 * folder these were root sections, so each is now also a redirect source (`legacyPlanRedirects`).
 */
export const PLAN_SECTIONS = ['tasks', 'areas', 'reports', 'plan', 'archive'] as const;

/**
 * Ids a plan may not take, because /{id}/ would be one of the site's own root addresses: every slug-shaped
 * name in src/pages/ (a unit test keeps the two in step), the folders the build adds (elderly twins,
 * the search index), the legacy plan sections (redirect sources) and `plans` (the content folder's name,
 * which would read as a path mistake).
 */
export const RESERVED_PLAN_IDS: ReadonlySet<string> = new Set([
  '404',
  'about',
  'accessibility',
  'archive',
  'areas',
  'copyright',
  'data',
  ELDERLY_DIR,
  'pagefind',
  'plan',
  'plans',
  'privacy',
  'reports',
  'schemas',
  'search',
  'sitemap',
  'submit',
  'tasks',
  'units',
]);

/** A report's anchor on its task page. */
export const reportAnchor = (period: string) => `update-${period}`;

/**
 * Site-relative paths of the site's own pages and files (no base, no leading slash), at the root whatever
 * the number of plans; a plan's pages are `planPath(id)`.
 */
export const pagePath = {
  home: '',
  unit: (id: string) => `units/${id}/`,
  /** Reporting deadlines and target deadlines for calendar apps (src/pages/calendar.ics.ts). */
  calendar: 'calendar.ics',
  search: 'search/',
  data: 'data/',
  submit: 'submit/',
  /** The form's per-task files of one plan (`{n}.json`): the form's, not citable (published-urls.ts). */
  submitTasks: (plan: string) => `submit/tasks/${plan}/`,
  /** Folder of the 填报表 of the quarter being collected: they move with it, so they are not citable (published-urls.ts). */
  sheetTemplates: 'submit/templates/',
  /** A site of one plan: the sheet's rows are the plan's tasks. */
  sheetTemplate: (plan: string, period: string, unit: string) => `submit/templates/${plan}/${period}/${unit}.xlsx`,
  /** A site of several plans: one sheet per unit and quarter spanning the plans, each row routed to its plan's folder. */
  spanningSheet: (period: string, unit: string) => `submit/templates/${period}/${unit}.xlsx`,
  about: 'about/',
  siteMap: 'sitemap/',
  privacy: 'privacy/',
  copyright: 'copyright/',
  accessibility: 'accessibility/',
  feed: 'feed.xml',
  /** The site's data files, every plan in one (a plan's own are `planPath(id).data(file)`). */
  dataFile: (file: DataFile) => `data/${file}`,
} as const;

/** The data files of /data/ (every plan) and of /{id}/data/ (one plan), same names and columns. */
export const DATA_FILES = ['tasks.json', 'reports.json', 'tasks.csv', 'reports.csv', 'metrics.csv', 'schedule.csv'] as const;
export type DataFile = (typeof DATA_FILES)[number];

/**
 * Site-relative paths of one plan's pages, all under `{id}/`, even on a one-plan site: a second plan added
 * later then moves no address (issue #25).
 */
export function planPath(id: string) {
  const root = `${id}/`;
  return {
    /** The plan's dashboard. */
    home: root,
    tasks: `${root}tasks/`,
    task: (n: number) => `${root}tasks/${n}/`,
    area: (area: string) => `${root}areas/${area}/`,
    reports: `${root}reports/`,
    quarter: (period: string) => `${root}reports/${period}/`,
    /** The quarter's 通报 as a Word document. */
    bulletin: (period: string) => `${root}reports/${period}/bulletin.docx`,
    /** The quarter's own data files: what its archive keeps. */
    quarterData: (period: string, file: QuarterDataFile) => `${root}reports/${period}/${file}`,
    plan: `${root}plan/`,
    planAnchor: (n: number) => `${root}plan/#task-${n}`,
    /** Frozen quarters, carried byte for byte from the plan's archive/ folder (src/archive/). */
    archives: `${root}archive/`,
    archive: (period: string) => `${root}archive/${period}/`,
    /** The plan's own copy of the site's data files (the root ones hold every plan). */
    data: (file: DataFile) => `${root}data/${file}`,
    feed: `${root}feed.xml`,
    calendar: `${root}calendar.ics`,
  } as const;
}
export type PlanPaths = ReturnType<typeof planPath>;

/**
 * The redirects that keep the addresses of a site published before pages moved under /{id}/: each
 * published page (ending in '/') whose first segment is a plan section goes to the same path under the
 * plan. Root pages, unit pages and every file stay where they are (files cannot be redirected).
 * `published` is urls/published.txt, site-relative with a leading slash.
 */
export function legacyPlanRedirects(published: readonly string[], id: string): Record<string, string> {
  const sections: ReadonlySet<string> = new Set(PLAN_SECTIONS);
  const redirects: Record<string, string> = {};
  for (const path of published) {
    const first = path.split('/')[1] ?? '';
    if (path.endsWith('/') && sections.has(first)) redirects[path] = `/${id}${path}`;
  }
  return redirects;
}

/** The data files each quarter page has beside it. */
export const QUARTER_DATA_FILES = ['reports.json', 'reports.csv', 'metrics.csv'] as const;
export type QuarterDataFile = (typeof QUARTER_DATA_FILES)[number];

export interface SiteUrls {
  /** The base path, ending in '/'. */
  base: string;
  /** A site-relative path (leading slash optional) under the base. */
  url(path?: string): string;
  unit(id: string): string;
  /** One plan's pages, as URLs under the base. */
  plan(id: string): PlanUrls;
  /** A page's 长辈模式 twin: '{base}tasks/3/' → '{base}elderly/tasks/3/'. */
  elderly(pageUrl: string): string;
  /** Strips the base: '{base}tasks/3/' → '/tasks/3/' (how urls/published.txt names addresses). */
  siteRelative(pageUrl: string): string;
}

export function siteUrls(basePath: string): SiteUrls {
  const base = withTrailingSlash(basePath.startsWith('/') ? basePath : `/${basePath}`);
  const url = (path = '') => `${base}${path.replace(/^\//, '')}`;
  const strip = (pageUrl: string) => (pageUrl.startsWith(base) ? pageUrl.slice(base.length) : pageUrl.replace(/^\//, ''));
  return {
    base,
    url,
    unit: (id) => url(pagePath.unit(id)),
    plan: (id) => bindPlan(planPath(id), url),
    elderly: (pageUrl) => `${base}${ELDERLY_DIR}/${strip(pageUrl)}`,
    siteRelative: (pageUrl) => `/${strip(pageUrl)}`,
  };
}

/** `PlanPaths` with every path made a URL under the base. */
export type PlanUrls = { [K in keyof PlanPaths]: PlanPaths[K] extends (...args: infer A) => string ? (...args: A) => string : string };

function bindPlan(paths: PlanPaths, url: (path: string) => string): PlanUrls {
  return {
    home: url(paths.home),
    tasks: url(paths.tasks),
    task: (n) => url(paths.task(n)),
    area: (area) => url(paths.area(area)),
    reports: url(paths.reports),
    quarter: (period) => url(paths.quarter(period)),
    bulletin: (period) => url(paths.bulletin(period)),
    quarterData: (period, file) => url(paths.quarterData(period, file)),
    plan: url(paths.plan),
    planAnchor: (n) => url(paths.planAnchor(n)),
    archives: url(paths.archives),
    archive: (period) => url(paths.archive(period)),
    data: (file) => url(paths.data(file)),
    feed: url(paths.feed),
    calendar: url(paths.calendar),
  };
}

/** The site's root URL from `site` and `base`, always ending in a slash. */
export function siteRoot(site: string, base: string): string {
  return new URL(withTrailingSlash(base), site).href;
}
