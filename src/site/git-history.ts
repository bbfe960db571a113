// Last change date of each content file, from git, read once per build with a single `git log`.
// Without git history (a tarball, a shallow clone) dates are simply absent, never invented.
import { execFileSync } from 'node:child_process';

let cache: Map<string, string> | undefined;

export function lastChanged(file: string): string | undefined {
  cache ??= readHistory();
  return cache.get(file);
}

function readHistory(): Map<string, string> {
  const out = new Map<string, string>();
  let log = '';
  try {
    log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'content'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return out;
  }
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) date = line.slice(1);
    else if (line && !out.has(line)) out.set(line, date); // newest commit comes first
  }
  return out;
}
