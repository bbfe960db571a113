// Each content file's history, from git, read once per build with a single `git log`: when the file first
// reached the branch and every commit that changed it since. Without git history (a tarball, a shallow clone)
// dates are simply absent, never invented.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { buildKind } from './build-kind.ts';

/** One commit that touched a file. */
export interface FileCommit {
  sha: string;
  /** The committer date (YYYY-MM-DD): when the commit reached the branch, not when it was first written. */
  date: string;
}

export interface FileHistory {
  /** The date of the first commit that added the file; undefined when the log holds no addition (a shallow clone). */
  added: string | undefined;
  /** Every commit that added or modified the file since it was last added, oldest first. */
  commits: FileCommit[];
}

const cache = new Map<string, Map<string, FileHistory>>();
const roots = new Map<string, string>();

/**
 * The repository the build's content lives in: its history is the content's record. Usually this project's
 * own; a content folder in a repository of its own (another city's, a test's) has that one's history.
 */
export function historyRoot(): string {
  return repositoryRootOf(buildKind(process.env).contentDir);
}

/** The git repository a folder lives in (its working tree's top), or the working folder without git. */
export function repositoryRootOf(dir: string): string {
  const folder = resolve(dir);
  let root = roots.get(folder);
  if (root === undefined) {
    try {
      root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || process.cwd();
    } catch {
      root = process.cwd();
    }
    roots.set(folder, root);
  }
  return root;
}

const commits = new Map<string, string | undefined>();

/**
 * The version the build was made from: the content repository's commit, only when the content folders are
 * exactly that commit. Uncommitted, untracked or ignored content (a generated scenario) is in no commit, so
 * it has no version rather than one that does not hold it. Undefined without git.
 */
export function contentCommit(repoRoot = historyRoot()): string | undefined {
  const folders = contentFolders(repoRoot);
  const key = `${repoRoot}\0${folders.join('\0')}`;
  if (!commits.has(key)) commits.set(key, readCommit(repoRoot, folders));
  return commits.get(key);
}

function readCommit(repoRoot: string, folders: string[]): string | undefined {
  if (folders.length === 0) return undefined;
  const git = (args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    if (git(['status', '--porcelain', '--ignored', '--', ...folders]) !== '') return undefined;
    return git(['rev-parse', 'HEAD']) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A file as the repository names it (forward slashes), or undefined when it lies outside it. A relative
 * `file` is relative to the working folder, as the loader names files.
 */
export function repositoryPath(file: string, repoRoot = historyRoot()): string | undefined {
  const rel = relative(repoRoot, resolve(file));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}

/** The file's history on the repository's web page. */
export const historyUrl = (settings: { repository: string; branch: string }, repoFile: string) =>
  `${settings.repository.replace(/\/+$/, '')}/commits/${settings.branch}/${repoFile}`;

/** The build's content folders, as the repository names them. */
export function contentFolders(repoRoot = historyRoot()): string[] {
  const { contentDir, reportsDir } = buildKind(process.env);
  return [contentDir, ...(reportsDir ? [reportsDir] : [])].flatMap((dir) => repositoryPath(dir, repoRoot) ?? []);
}

/** The history of every file under `folders`, read once per repository root. */
export function fileHistories(repoRoot = historyRoot(), folders = contentFolders(repoRoot)): Map<string, FileHistory> {
  const key = `${repoRoot}\0${folders.join('\0')}`;
  let histories = cache.get(key);
  if (!histories) cache.set(key, (histories = readHistories(repoRoot, folders)));
  return histories;
}

/** The date of the last commit that changed `file` (a repository path). */
export function lastChanged(file: string, repoRoot = historyRoot()): string | undefined {
  return fileHistories(repoRoot).get(file)?.commits.at(-1)?.date;
}

/** The date `file` first reached the branch (a repository path). */
export function firstAdded(file: string, repoRoot = historyRoot()): string | undefined {
  return fileHistories(repoRoot).get(file)?.added;
}

function readHistories(repoRoot: string, folders: string[]): Map<string, FileHistory> {
  if (folders.length === 0) return new Map();
  try {
    // --first-parent with its diffs: a file added on a pull request's branch reaches this branch with the merge,
    // so the merge's date is its publication date. --no-renames: a moved file counts as newly added.
    const log = execFileSync('git', ['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--format=%x00%H %cs', '--name-status', '--', ...folders], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseGitLog(log, shallowBoundary(repoRoot));
  } catch {
    return new Map();
  }
}

/** The commits a shallow clone cuts history at: every file in them looks added there, which says nothing. */
function shallowBoundary(repoRoot: string): Set<string> {
  try {
    const file = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-path', 'shallow'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

/**
 * Pure: the output of `git log --format=%x00%H %cs --name-status` (newest first) as each file's history.
 * `boundary`: a shallow clone's cut-off commits, whose additions are no publication date.
 */
export function parseGitLog(log: string, boundary: ReadonlySet<string> = new Set()): Map<string, FileHistory> {
  // Walked newest first: a deletion ends a file's history, so only what follows its last addition is kept.
  const newestFirst = new Map<string, { commits: FileCommit[]; added?: string; closed: boolean }>();
  let commit: FileCommit | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) {
      const [sha, date] = line.slice(1).split(' ');
      commit = { sha: sha!, date: date! };
      continue;
    }
    const tab = line.indexOf('\t');
    if (!commit || tab < 0) continue;
    const status = line[0];
    const file = line.slice(tab + 1);
    let entry = newestFirst.get(file);
    if (!entry) newestFirst.set(file, (entry = { commits: [], closed: false }));
    // The first addition (the oldest) is the publication date, even for a file deleted and added again.
    if (status === 'A') entry.added = boundary.has(commit.sha) ? undefined : commit.date;
    if (entry.closed) continue;
    if (status === 'D') {
      // Deleted and not added again since: the file as it stands has no history left to show.
      if (entry.commits.length === 0) entry.closed = true;
      continue;
    }
    entry.commits.push(commit);
    if (status === 'A') entry.closed = true;
  }
  const out = new Map<string, FileHistory>();
  for (const [file, entry] of newestFirst) {
    if (entry.commits.length > 0) out.set(file, { added: entry.added, commits: entry.commits.reverse() });
  }
  return out;
}

/** The file's text at each of its commits (oldest first); a commit whose text cannot be read is left out. */
export function fileVersions(file: string, history: FileHistory, repoRoot = historyRoot()): { date: string; sha: string; text: string }[] {
  return history.commits.flatMap((c) => {
    try {
      return [{ ...c, text: execFileSync('git', ['show', `${c.sha}:${file}`], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }) }];
    } catch {
      return [];
    }
  });
}

/** The date of the newest commit that changed any content file: when the site's data last changed. */
export function newestContentChange(repoRoot = historyRoot()): string | undefined {
  let newest: string | undefined;
  for (const history of fileHistories(repoRoot).values()) {
    const date = history.commits.at(-1)?.date;
    if (date && (!newest || date > newest)) newest = date;
  }
  return newest;
}

const committed = new Map<string, string | undefined>();

/** The date of the last commit that changed one repository file outside content/ (a page's own text). */
export function lastCommitted(path: string, repoRoot = process.cwd()): string | undefined {
  if (!committed.has(path)) {
    try {
      committed.set(path, execFileSync('git', ['log', '-1', '--format=%cs', '--', path], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined);
    } catch {
      committed.set(path, undefined);
    }
  }
  return committed.get(path);
}
