// The steps after Astro has written the pages, in their order: the frozen quarters copied in (checked
// first; they are published pages, so the address check sees them; quarter pages carry no
// data-pagefind-body, so the index leaves them out), the published-address check (before anything else is
// added to the folder), the search index, the 长辈模式 twins (after the index, so they are
// not search results of their own), the redirect pages (after the twins, so a redirect gets a twin
// redirect rather than a twin made from the redirect page), and last the mark of a finished build.
import { buildSearchIndex } from './search-index.ts';
import { writeElderlyTwins } from './elderly-twins.ts';
import { markFinishedBuild } from './out-dir.ts';
import { copyArchives } from './archives.ts';
import type { BuildKind } from '../site/build-kind.ts';
import type { SiteUrls } from '../site/url-scheme.ts';
import { builtPaths, checkPublishedUrls, PUBLISHED_URLS_FILE, readPublishedList, readRedirects, REDIRECTS_FILE, twinRedirects, writeRedirectPages } from '../site/published-urls.ts';

export interface FinishInput {
  outDir: string;
  kind: BuildKind;
  urls: SiteUrls;
  siteTitle: string;
  /** The published-address ledger; the repository's own files unless a test names others. */
  ledger?: { published: string; redirects: string };
}

export interface FinishResult {
  /** What was done, one line each. */
  log: string[];
  /** Why the build must stop (Chinese, with the fix), when it must. */
  error?: string;
}

export async function finishBuild({ outDir, kind, urls, siteTitle, ledger }: FinishInput): Promise<FinishResult> {
  const started = performance.now();
  const log: string[] = [];
  const { redirects, problems } = readRedirects(ledger?.redirects);
  if (problems.length > 0) return { log, error: [...problems, '', `网站生成失败:${REDIRECTS_FILE} 的跳转设置有 ${problems.length} 个问题(见上方)。`].join('\n') };
  // The demo shows invented reports: a real quarter's archive has no place among them.
  if (!kind.demo) {
    const archives = copyArchives(kind.contentDir, outDir);
    if (archives.problems.length > 0) return { log, error: [...archives.problems, '', `网站生成失败:已冻结的季度归档被改动(共 ${archives.problems.length} 个问题,见上方)。`].join('\n') };
    if (archives.count > 0) log.push(`冻结的季度: ${archives.count} 个,原样复制`);
  }
  // No published address may disappear without a redirect; the list describes the real site only.
  if (kind.checksPublishedUrls) {
    const urlCheck = checkPublishedUrls({ published: readPublishedList(ledger?.published), built: builtPaths(outDir), redirects });
    if (urlCheck.errors.length > 0) {
      return { log, error: [...urlCheck.errors, '', `网站生成失败:已发布的网址不能没有跳转就消失(共 ${urlCheck.errors.length} 个问题,见上方)。`].join('\n') };
    }
    if (urlCheck.added.length > 0) {
      const shown = `${urlCheck.added.slice(0, 5).join(' ')}${urlCheck.added.length > 5 ? ' ……' : ''}`;
      log.push(`新网址 ${urlCheck.added.length} 个(${shown}):合并前请运行 npm run urls:update,把它们加入 ${PUBLISHED_URLS_FILE}。`);
    }
  }
  try {
    log.push(await buildSearchIndex(outDir));
  } catch (error) {
    return { log, error: `网站生成失败:搜索索引没有生成(${error instanceof Error ? error.message : String(error)})。` };
  }
  log.push(`长辈模式页面: ${writeElderlyTwins(outDir, urls.base)} 个`);
  // The redirects are the repository's own site's (urls/redirects.yaml names its old addresses): any other
  // content folder (another city, a test fixture, the benchmark) would get pages pointing nowhere.
  if (kind.usesUrlLedger) {
    const redirectCount = writeRedirectPages(outDir, redirects, urls.base, siteTitle) + writeRedirectPages(outDir, twinRedirects(redirects, urls), urls.base, siteTitle);
    if (redirectCount > 0) log.push(`跳转页面: ${redirectCount} 个`);
  }
  markFinishedBuild(outDir);
  // The benchmark reads this line to tell Astro's own time from these steps'.
  log.push(`after the pages: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return { log };
}
