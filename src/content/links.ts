// Symbolic links inside a content folder. Each is a problem of its own, located at the link: one that
// points nowhere or at itself would otherwise stop the whole run with one "internal error" and hide every
// other problem, and one that points outside would publish a file nobody reviewed in the pull request.
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { walkEntries } from '../fs/walk.ts';

export interface LinkFinding {
  /** Path of the link relative to the folder walked, forward slashes. */
  path: string;
  message: string;
  fix: string;
}

export const LINK_FIX = '请删除该链接,把文件本身(而不是快捷方式或链接)放在这里';

/** What a link at `full` is, in words, judged against the folder `root` (its real path). */
export function describeLink(full: string, root: string): string {
  const target = readlinkSync(full);
  try {
    const real = realpathSync(full);
    const rel = relative(realpathSync(root), real);
    if (rel.startsWith('..') || isAbsolute(rel)) return `符号链接指向内容文件夹之外(${target}),其内容未经审核`;
    return `符号链接(指向 ${target}):内容文件夹中不能有链接`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return `符号链接循环指向自身(${target})`;
    return `符号链接指向不存在的位置(${target})`;
  }
}

/** Every symbolic link below `dir` (not followed), with what it is. */
export function symlinksIn(dir: string): LinkFinding[] {
  return walkEntries(dir)
    .filter(({ entry }) => entry.isSymbolicLink())
    .map(({ path }) => ({ path, message: describeLink(join(dir, path), dir), fix: LINK_FIX }));
}

export const isLink = (path: string): boolean => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};
