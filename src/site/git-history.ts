// Last change date of each content file, from git, read once per build with a single `git log`.
// Without git history (a tarball, a shallow clone) dates are simply absent, never invented.
import { execFileSync } from 'node:child_process';
import { isAbsolute, relative, sep } from 'node:path';
import { buildKind } from './build-kind.ts';

let cache: Map<string, string> | undefined;
let newest: string | undefined;
const committed = new Map<string, string | undefined>();

/** A content file as the repository names it (forward slashes), or undefined when it lies outside it. */
export function repositoryPath(file: string, repoRoot = process.cwd()): string | undefined {
  const rel = relative(repoRoot, isAbsolute(file) ? file : `${repoRoot}${sep}${file}`);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}

/** The file's history on the repository's web page. */
export const historyUrl = (settings: { repository: string; branch: string }, repoFile: string) =>
  `${settings.repository.replace(/\/+$/, '')}/commits/${settings.branch}/${repoFile}`;

/** The date of the last commit that changed `file` (a repository path). */
export function lastChanged(file: string): string | undefined {
  cache ??= readHistory();
  return cache.get(file);
}

/** The date of the newest commit that changed any content file: when the site's data last changed. */
export function newestContentChange(): string | undefined {
  cache ??= readHistory();
  return newest;
}

/** The date of the last commit that changed one repository file outside content/ (a page's own text). */
export function lastCommitted(path: string): string | undefined {
  if (!committed.has(path)) {
    try {
      committed.set(path, execFileSync('git', ['log', '-1', '--format=%cs', '--', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined);
    } catch {
      committed.set(path, undefined);
    }
  }
  return committed.get(path);
}

function readHistory(): Map<string, string> {
  const { contentDir, reportsDir } = buildKind(process.env);
  const folders = [contentDir, ...(reportsDir ? [reportsDir] : [])].flatMap((dir) => repositoryPath(dir) ?? []);
  const out = new Map<string, string>();
  if (folders.length === 0) return out;
  let log = '';
  try {
    log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', ...folders], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return out;
  }
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) {
      date = line.slice(1);
      newest ??= date;
    }
    else if (line && !out.has(line)) out.set(line, date); // newest commit comes first
  }
  return out;
}
