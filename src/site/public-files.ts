// public/ is copied into the site as it is, and a copy follows symbolic links: a link to a file outside
// the repository would publish that file (a key, a local config) though nobody reviewed it in a pull
// request. The build calls this and fails on any problem it returns. Pure: it only reads the folder.
import { existsSync, readlinkSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { walkEntries } from '../fs/walk.ts';

export interface PublicProblem {
  /** The link, relative to the repository root, forward slashes. */
  file: string;
  message: string;
}

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
};

/** Every link in `publicDir` that leads outside `repoRoot`, nowhere, or round in a loop. */
export function publicSymlinkProblems(publicDir: string, repoRoot: string): PublicProblem[] {
  if (!existsSync(publicDir)) return [];
  const root = realpathSync(repoRoot);
  const shown = (path: string) => relative(repoRoot, join(publicDir, path)).split('\\').join('/');
  return walkEntries(publicDir).flatMap(({ path, entry }): PublicProblem[] => {
    if (!entry.isSymbolicLink()) return [];
    const full = join(publicDir, path);
    const target = readlinkSync(full);
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      return [{ file: shown(path), message: `符号链接指向不存在的位置或循环指向自身(${target}),请删除它或换成文件本身` }];
    }
    if (inside(root, real)) return [];
    return [{ file: shown(path), message: `符号链接指向仓库之外(${target}),构建会把仓库外的文件发布到网站上;请删除它,需要发布的文件请复制到 public/ 中并提交` }];
  });
}
