// A frozen file must be, in the repository, what the commit that added it holds. The checksum list cannot
// say so alone (a file rewritten together with its line passes it); git can: the file's bytes now against
// its blob in the first commit that added it. Without history (a tarball) there is nothing to compare.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { listFiles } from '../fs/walk.ts';
import type { Problem } from '../content/problem.ts';
import { fileHistories, repositoryPath, repositoryRootOf } from '../site/git-history.ts';

/** A problem per frozen file that differs from what its freeze committed. `show`: a path as messages name it. */
export function changedSinceFrozen(folder: string, show: (path: string) => string = (path) => path): Problem[] {
  const repoRoot = repositoryRootOf(folder);
  const folderPath = repositoryPath(folder, repoRoot);
  if (!folderPath) return [];
  // This folder's history only: the validator checks any content folder, not only the build's.
  const histories = fileHistories(repoRoot, [folderPath]);
  const git = (args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const files = listFiles(folder).map((name) => ({ file: join(folder, name), path: repositoryPath(join(folder, name), repoRoot) }));
  const added = files.flatMap(({ file, path }) => {
    const first = path ? histories.get(path)?.commits[0] : undefined;
    return path && first ? [{ file, path, first }] : [];
  });
  if (added.length === 0) return [];
  let now: string[];
  let then: Map<string, string>;
  try {
    now = git(['hash-object', '--no-filters', '--', ...added.map((a) => a.file)]).trim().split('\n');
    then = new Map(
      added.map((a) => [a.path, git(['rev-parse', `${a.first.sha}:${a.path}`]).trim()]),
    );
  } catch {
    return [];
  }
  return added.flatMap((a, i) =>
    now[i] === then.get(a.path)
      ? []
      : [
          {
            file: show(a.file),
            line: 1,
            col: 1,
            severity: 'error' as const,
            code: 'archive.changed',
            field: '',
            message: `已冻结的文件与冻结时提交的不同(${a.first.date} 的提交 ${a.first.sha.slice(0, 7)} 加入了它)`,
            fix: `归档一经冻结不能修改,请恢复原样:git checkout ${a.first.sha.slice(0, 7)} -- ${a.path}`,
          },
        ],
  );
}
