// npm run build / build:demo: the site (Astro) and its search index (Pagefind) into dist/.
// Content is validated by the same loader inside the Astro build; invalid content fails here.
// --out DIR: another output folder. --reports DIR: reports from another folder (tests); the site is
// then labelled demo, like --demo, because it is not content/'s own data.
// TIANMEN_CONTENT_DIR (benchmark only) points the whole build at another content folder.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './search-index.ts';
import { writeElderlyTwins } from './elderly-twins.ts';
import { ELDERLY_DIR } from '../src/site/elderly-twin.ts';
import { withTrailingSlash } from '../src/site/base-path.ts';
import { builtPaths, checkPublishedUrls, checksPublishedUrls, REDIRECTS_FILE, readPublishedList, readRedirects, writeRedirectPages, PUBLISHED_URLS_FILE } from '../src/site/published-urls.ts';

const { values } = parseArgs({ options: { demo: { type: 'boolean', default: false }, out: { type: 'string', default: 'dist' }, reports: { type: 'string' } } });
const outDir = values.out;
const env = {
  ...process.env,
  TIANMEN_DEMO: values.demo || values.reports ? '1' : '0',
  TIANMEN_REPORTS_DIR: values.reports ?? '',
  TIANMEN_OUT_DIR: outDir,
  ASTRO_TELEMETRY_DISABLED: '1',
};

rmSync(outDir, { recursive: true, force: true });
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env });
if (astro.status !== 0) {
  console.error('\n网站生成失败(见上方信息)。内容问题可先运行 npm run validate 查看。');
  process.exit(astro.status ?? 1);
}
// No published address may disappear without a redirect (src/site/published-urls.ts); the list describes
// the real site, so other builds (demo, hostile reports, benchmark content) are not held to it.
const { redirects, problems: redirectProblems } = readRedirects();
if (redirectProblems.length > 0) {
  console.error(['', ...redirectProblems, '', `网站生成失败:${REDIRECTS_FILE} 的跳转设置有 ${redirectProblems.length} 个问题(见上方)。`].join('\n'));
  process.exit(1);
}
if (checksPublishedUrls({ demo: values.demo, reportsDir: values.reports, contentDir: process.env.TIANMEN_CONTENT_DIR })) {
  const urls = checkPublishedUrls({ published: readPublishedList(), built: builtPaths(outDir), redirects });
  if (urls.errors.length > 0) {
    console.error(['', ...urls.errors, '', `网站生成失败:已发布的网址不能没有跳转就消失(共 ${urls.errors.length} 个问题,见上方)。`].join('\n'));
    process.exit(1);
  }
  if (urls.added.length > 0) {
    console.log(`新网址 ${urls.added.length} 个(${urls.added.slice(0, 5).join(' ')}${urls.added.length > 5 ? ' ……' : ''}):合并前请运行 npm run urls:update,把它们加入 ${PUBLISHED_URLS_FILE}。`);
  }
}
await buildSearchIndex(outDir);
// After the index, so the twins are not search results of their own. The loader inside the Astro build
// has already validated site.yaml; only its base path and title are needed here.
const settings = parse(readFileSync(join(process.env.TIANMEN_CONTENT_DIR || 'content', 'site.yaml'), 'utf8')) as { base?: string; title: string };
const siteBase = withTrailingSlash(settings.base ?? '/');
console.log(`长辈模式页面: ${writeElderlyTwins(outDir, siteBase)} 个`);
// After the twins, so a redirect's twin is not made from the normal redirect page.
// A bookmarked 长辈模式 address of a moved page leads to the moved page's twin.
const twinRedirects = Object.fromEntries(Object.entries(redirects).map(([from, to]) => [`/${ELDERLY_DIR}${from}`, `/${ELDERLY_DIR}${to}`]));
const redirectCount =
  writeRedirectPages(outDir, redirects, siteBase, settings.title) + writeRedirectPages(outDir, twinRedirects, siteBase, settings.title);
if (redirectCount > 0) console.log(`跳转页面: ${redirectCount} 个`);
