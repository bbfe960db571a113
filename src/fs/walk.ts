// The one way the project lists a folder's files: every copy of a hand-written recursive readdir
// disagreed on something (sorting, symlinks, which folders to leave out). Entries are not followed
// through symbolic links: a link is listed as what it is, so a caller that must refuse links can.
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

export interface WalkEntry {
  /** Path relative to the folder walked, with forward slashes. */
  path: string;
  /** The directory entry (its type is the link's own for a symbolic link). */
  entry: Dirent;
}

export interface WalkOptions {
  /** Folders (relative, forward slashes) not to descend into. */
  skip?: (dir: string) => boolean;
}

/** Code-unit order, as `Array.prototype.sort()` with no comparator: the same on every machine and locale. */
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Every non-directory entry below `dir` (files and symbolic links), depth first, sorted by name at each level. */
export function walkEntries(dir: string, options: WalkOptions = {}, prefix = ''): WalkEntry[] {
  return readdirSync(prefix ? join(dir, prefix) : dir, { withFileTypes: true })
    .sort(byName)
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return options.skip?.(path) ? [] : walkEntries(dir, options, path);
      return [{ path, entry }];
    });
}

/** Relative paths of every file below `dir` (symbolic links included, not followed), sorted. */
export function listFiles(dir: string, options: WalkOptions = {}): string[] {
  return walkEntries(dir, options)
    .map((e) => e.path)
    .sort();
}
