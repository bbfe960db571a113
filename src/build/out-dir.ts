// The output folder is emptied by every build (Astro does it), so a build refuses a folder that holds
// anything but an earlier build: `--out content` must never delete the content. An earlier build is
// recognised by the mark each successful build leaves; a build that fails leaves no folder at all, so
// `npm run serve` or CI's preview artifact can never show half a site.
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Left in the root of every finished build; not a published address (src/site/published-urls.ts). */
export const BUILD_MARK = '.plan-tracker-build';
const MARK_TEXT = '本目录由 npm run build 生成,下次生成时会被清空。\n';

/** Why a build may not write to `outDir`, or undefined when it may. `projectRoot`: the repository. */
export function outDirProblem(outDir: string, projectRoot: string): string | undefined {
  const target = resolve(outDir);
  const fromTarget = relative(target, resolve(projectRoot));
  if (fromTarget === '' || !fromTarget.startsWith('..')) {
    return `输出目录 ${outDir} 是项目目录本身或它的上级目录,生成时会被清空。请换一个目录,例如 dist-test`;
  }
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory()) return `输出目录 ${outDir} 是一个文件,不是目录。请换一个目录名,或先删除该文件`;
  const entries = readdirSync(target);
  // A build from before the mark existed: Astro's own asset folder beside the home page.
  const earlierBuild = entries.includes(BUILD_MARK) || (entries.includes('_astro') && entries.includes('index.html'));
  if (entries.length === 0 || earlierBuild) return undefined;
  return `输出目录 ${outDir} 中有不是生成网站留下的文件(如 ${entries.sort().slice(0, 3).join('、')}),生成时会被清空,所以没有生成。请换一个空目录,或确认后手动删除该目录再生成`;
}

export function markFinishedBuild(outDir: string): void {
  writeFileSync(join(outDir, BUILD_MARK), MARK_TEXT);
}

export function removeFailedBuild(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
}
