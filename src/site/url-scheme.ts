// Every internal address of the site, from the base path it is served under. Pure: the base is passed
// in, so the pages (src/site/urls.ts binds Astro's base), the feed, the sitemap, the 长辈模式 twins, the
// published-URL ledger and the tests all build addresses the same way. URLs are stable (DESIGN.md).
import { withTrailingSlash } from './base-path.ts';

/** The folder of the 长辈模式 twins (src/site/elderly-twin.ts). */
export const ELDERLY_DIR = 'elderly';

/** A report's anchor on its task page. */
export const reportAnchor = (period: string) => `update-${period}`;

/** Site-relative page paths (no base, no leading slash), as the routes in src/pages/ build them. */
export const pagePath = {
  home: '',
  tasks: 'tasks/',
  task: (id: number) => `tasks/${id}/`,
  area: (id: string) => `areas/${id}/`,
  unit: (id: string) => `units/${id}/`,
  reports: 'reports/',
  quarter: (period: string) => `reports/${period}/`,
  /** The quarter's 通报 as a Word document (src/pages/reports/[period]/bulletin.docx.ts). */
  bulletin: (period: string) => `reports/${period}/bulletin.docx`,
  /** The quarter's own data files (src/pages/reports/[period]/): what its archive keeps. */
  quarterData: (period: string, file: QuarterDataFile) => `reports/${period}/${file}`,
  /** Frozen quarters: carried byte for byte from the content's archive/ folder (src/archive/). */
  archives: 'archive/',
  archive: (period: string) => `archive/${period}/`,
  /** Reporting deadlines and target deadlines for calendar apps (src/pages/calendar.ics.ts). */
  calendar: 'calendar.ics',
  plan: 'plan/',
  planAnchor: (id: number) => `plan/#task-${id}`,
  search: 'search/',
  data: 'data/',
  submit: 'submit/',
  /** Folder of the 填报表 of the quarter being collected: they move with it, so they are not citable (published-urls.ts). */
  sheetTemplates: 'submit/templates/',
  sheetTemplate: (period: string, unit: string) => `submit/templates/${period}/${unit}.xlsx`,
  about: 'about/',
  siteMap: 'sitemap/',
  privacy: 'privacy/',
  copyright: 'copyright/',
  accessibility: 'accessibility/',
  feed: 'feed.xml',
} as const;

/** The data files each quarter page has beside it. */
export const QUARTER_DATA_FILES = ['reports.json', 'reports.csv', 'metrics.csv'] as const;
export type QuarterDataFile = (typeof QUARTER_DATA_FILES)[number];

export interface SiteUrls {
  /** The base path, ending in '/'. */
  base: string;
  /** A site-relative path (leading slash optional) under the base. */
  url(path?: string): string;
  task(id: number): string;
  area(id: string): string;
  unit(id: string): string;
  quarter(period: string): string;
  planAnchor(id: number): string;
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
    task: (id) => url(pagePath.task(id)),
    area: (id) => url(pagePath.area(id)),
    unit: (id) => url(pagePath.unit(id)),
    quarter: (period) => url(pagePath.quarter(period)),
    planAnchor: (id) => url(pagePath.planAnchor(id)),
    elderly: (pageUrl) => `${base}${ELDERLY_DIR}/${strip(pageUrl)}`,
    siteRelative: (pageUrl) => `/${strip(pageUrl)}`,
  };
}

/** The site's root URL from `site` and `base`, always ending in a slash. */
export function siteRoot(site: string, base: string): string {
  return new URL(withTrailingSlash(base), site).href;
}
