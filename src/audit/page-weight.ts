// What a first visit to one built page downloads: its HTML, the stylesheets it links and the scripts it
// loads, each gzip-compressed as a static host would serve it. Scripts are followed through their
// static imports (a chunk imported by a page script is downloaded with it); dynamic imports such as
// Pagefind's are loaded on demand and reported separately, not counted.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** One page of each type, measured by test/e2e/page-weight.test.ts and npm run bench. */
export const PAGE_TYPES: Record<string, string> = {
  dashboard: '/',
  'task list': '/tasks/',
  task: '/tasks/21/',
  'task without targets': '/tasks/3/',
  area: '/areas/elderly-care/',
  unit: '/units/hrss/',
  quarters: '/reports/',
  plan: '/plan/',
  search: '/search/',
  data: '/data/',
  submit: '/submit/',
  about: '/about/',
  'not found': '/404.html',
};

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
 * @param base   the site's base path ('/' or '/tianmen/')
 * @param page   a page path under base, e.g. '/' or '/tasks/21/'
 */
export function pageWeight(root: string, base: string, page: string): PageWeight {
  const fileOf = (sitePath: string) => {
    const path = decodeURIComponent(new URL(sitePath, 'http://site').pathname);
    const inside = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
    return posix.join(root, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside);
  };
  const pagePath = posix.join(base, page.replace(/^\//, ''));
  const html = readFileSync(fileOf(pagePath));
  const text = html.toString('utf8');
  const css = tagUrls(text, 'link').reduce((sum, href) => sum + gzipSize(readFileSync(fileOf(href))), 0);

  const scripts: string[] = [];
  const lazy = new Set<string>();
  const visit = (src: string) => {
    const path = new URL(src, `http://site${pagePath}`).pathname;
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
