// A published URL stays: people cite task pages and download data by address. `urls/published.txt`
// lists every address the site has published (site-relative, without the base path); a build that no
// longer has one of them fails unless `urls/redirects.yaml` sends it somewhere. GitHub Pages has no
// server redirects, so each redirect is a small HTML page with <meta http-equiv="refresh"> and a link.
// Both files are maintainers' (CODEOWNERS), never staff content: a redirect is never taken from content.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseYamlSource } from '../content/yaml-source.ts';
import { zodProblems } from '../content/zod-problems.ts';
import { problemLine } from '../content/report-problems.ts';
import { listFiles } from '../fs/walk.ts';
import { BUILD_MARK } from '../build/out-dir.ts';
import { ELDERLY_DIR, type SiteUrls } from './url-scheme.ts';
import { escapeXml as escapeHtml } from '../export/xml.ts';

export const PUBLISHED_URLS_FILE = 'urls/published.txt';
export const REDIRECTS_FILE = 'urls/redirects.yaml';

// Folders of a build that are not addresses anyone cites: hashed assets, the search index, the
// 长辈模式 twins (generated from the pages, so they come and go with them), and the submission form's
// per-task files (read by the form, not by people; they go when a task goes).
// submit/templates: the 填报表 of the quarter being collected (src/xlsx/open-quarter.ts) replace last
// quarter's as the reports come in; a sheet is a working file, not an address to cite or keep.
const NOT_PUBLISHED_DIRS = new Set(['_astro', 'pagefind', ELDERLY_DIR, 'submit/tasks', 'submit/templates']);

// Segments of letters, digits and ._~- but never '.' or '..': a redirect is written as a file under dist/.
const PAGE_PATH = /^\/(?:(?!\.{1,2}\/)[A-Za-z0-9._~-]+\/)*$/;
const TARGET_PATH = /^\/(?:(?!\.{1,2}\/)[A-Za-z0-9._~-]+\/)*(?:#[A-Za-z0-9_-]+)?$/;

export const RedirectsSchema = z.strictObject({
  redirects: z
    .record(z.string(), z.string().regex(TARGET_PATH, { message: '新网址须为站内页面路径,以 / 开头和结尾,可带 #锚点,例如 /plan/#task-12' }))
    // Checked here rather than as the record's key schema, so the message is ours and names the entry.
    .superRefine((map, ctx) => {
      for (const key of Object.keys(map)) {
        if (!PAGE_PATH.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: `旧网址 ${key} 须为站内页面路径,以 / 开头和结尾,例如 /tasks/41/` });
      }
    })
    .default({}),
});

const walk = (dir: string) => listFiles(dir, { skip: (sub) => NOT_PUBLISHED_DIRS.has(sub) });

/** Files copied from public/ (favicon, scripts) are assets, not published addresses. */
function publicFiles(publicDir: string): Set<string> {
  return existsSync(publicDir) ? new Set(walk(publicDir)) : new Set();
}

/** Every address a build publishes, site-relative and sorted: pages as `/x/`, other files as `/x.json`. */
export function builtPaths(outDir: string, publicDir = 'public'): string[] {
  const assets = publicFiles(publicDir);
  return walk(outDir)
    .filter((file) => file !== '404.html' && file !== BUILD_MARK && !assets.has(file))
    .map((file) => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
    .sort();
}

export function readPublishedList(file = PUBLISHED_URLS_FILE): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export function publishedListText(paths: Iterable<string>): string {
  return [
    '# 网站已发布的全部网址(不含基础路径和 /elderly/ 长辈模式页面)。由 npm run urls:update 从 dist/ 生成。',
    '# 一个网址从网站中消失而 urls/redirects.yaml 中没有它的跳转时,npm run build 失败。',
    ...[...new Set(paths)].sort(),
    '',
  ].join('\n');
}

/** The redirects file, or the validator's problem lines when it is invalid. */
export function readRedirects(file = REDIRECTS_FILE): { redirects: Record<string, string>; problems: string[] } {
  if (!existsSync(file)) return { redirects: {}, problems: [] };
  const { source, problems } = parseYamlSource(file, readFileSync(file, 'utf8'));
  if (problems.length > 0) return { redirects: {}, problems: problems.map(problemLine) };
  const result = RedirectsSchema.safeParse(source.data ?? {});
  if (!result.success) return { redirects: {}, problems: zodProblems(source, result.error).map(problemLine) };
  return { redirects: result.data.redirects, problems: [] };
}

export interface UrlCheck {
  /** Why the build must stop, one Chinese line each. */
  errors: string[];
  /** Addresses built now that are not yet in the published list. */
  added: string[];
}

/** Compares what was published with what was built, given the redirects. Pure. */
export function checkPublishedUrls(input: { published: string[]; built: string[]; redirects: Record<string, string> }): UrlCheck {
  const built = new Set(input.built);
  const errors: string[] = [];
  for (const path of input.published) {
    if (built.has(path) || path in input.redirects) continue;
    const fix = path.endsWith('/')
      ? `请恢复该页面,或在 ${REDIRECTS_FILE} 中添加跳转,例如  "${path}": /新的地址/`
      : `数据文件无法跳转,请恢复该文件;确需停止发布时,由维护人员从 ${PUBLISHED_URLS_FILE} 中删除这一行并说明原因`;
    errors.push(`${PUBLISHED_URLS_FILE}: 网址 ${path} 已经发布过,但本次生成的网站中没有它,也没有跳转。${fix}`);
  }
  for (const [from, to] of Object.entries(input.redirects)) {
    if (built.has(from)) errors.push(`${REDIRECTS_FILE}: ${from} 仍是网站中的页面,不能再设置跳转。请删除这条跳转,或删除该页面`);
    const target = to.split('#')[0]!;
    if (!built.has(target)) errors.push(`${REDIRECTS_FILE}: ${from} 的跳转目标 ${to} 在网站中不存在。请改为现有页面的地址`);
  }
  const known = new Set([...input.published, ...Object.keys(input.redirects)]);
  return { errors, added: input.built.filter((path) => !known.has(path)) };
}

/** A redirect page for GitHub Pages: meta refresh (no script, allowed by the CSP) and a visible link. */
export function redirectPage(target: string, base: string, siteTitle: string): string {
  const href = escapeHtml(`${base.replace(/\/$/, '')}${target}`);
  return `<!DOCTYPE html>
<html lang="zh-CN" ${REDIRECT_MARK}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="${href}">
<script src="${escapeHtml(base)}moved.js"></script>
<meta http-equiv="refresh" content="0; url=${href}">
<title>页面已移至新地址 - ${escapeHtml(siteTitle)}</title>
</head>
<body>
<main>
<h1>页面已移至新地址</h1>
<p><a href="${href}">前往新地址</a></p>
</main>
</body>
</html>
`;
}

/**
 * The attribute that tells a redirect page from a page of the site: it has no navigation, footer or CSP
 * meta of its own, so the checks over built pages (links, CSP, identity) look at it apart.
 */
const REDIRECT_MARK = 'data-redirect';

export const isRedirectPage = (html: string): boolean => /^<!DOCTYPE html>\s*<html[^>]*\sdata-redirect[\s>]/i.test(html);

/** A bookmarked 长辈模式 address of a moved page leads to the moved page's twin. */
export function twinRedirects(redirects: Record<string, string>, urls: SiteUrls): Record<string, string> {
  return Object.fromEntries(Object.entries(redirects).map(([from, to]) => [urls.siteRelative(urls.elderly(urls.url(from))), urls.siteRelative(urls.elderly(urls.url(to)))]));
}

/** Writes one redirect page per entry into the build; returns how many. */
export function writeRedirectPages(outDir: string, redirects: Record<string, string>, base: string, siteTitle: string): number {
  for (const [from, to] of Object.entries(redirects)) {
    const dir = join(outDir, from);
    if (existsSync(join(dir, 'index.html')) && statSync(join(dir, 'index.html')).isFile()) continue; // reported by the check
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), redirectPage(to, base, siteTitle));
  }
  return Object.keys(redirects).length;
}
