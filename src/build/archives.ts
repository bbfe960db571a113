// The frozen quarters go into every later build byte for byte, never rebuilt. Two checks first, the
// validator's own: each folder against its checksum list (a file changed since the content was loaded fails
// the build too), and each file against what its freeze committed (src/archive/history.ts).
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readArchives } from '../archive/archives.ts';
import { ARCHIVE_FOLDER } from '../archive/record.ts';
import { changedSinceFrozen } from '../archive/history.ts';
import { problemLine } from '../content/report-problems.ts';
import { pagePath } from '../site/url-scheme.ts';

export interface CopiedArchives {
  count: number;
  /** The problems that stop the build, one validator line each. */
  problems: string[];
}

export function copyArchives(contentDir: string, outDir: string): CopiedArchives {
  const archiveDir = join(contentDir, ARCHIVE_FOLDER);
  const { archives, problems } = readArchives(archiveDir, (path) => path);
  if (problems.length > 0) return { count: 0, problems: problems.map(problemLine) };
  const changed = archives.flatMap((archive) => changedSinceFrozen(join(archiveDir, archive.period)));
  if (changed.length > 0) return { count: 0, problems: changed.map(problemLine) };
  for (const archive of archives) {
    const target = join(outDir, pagePath.archive(archive.period));
    // Astro writes only the list page under archive/; a quarter folder there would be overwritten silently.
    if (existsSync(target)) return { count: 0, problems: [`${target}: 生成的网站中已有这个归档位置,冻结的文件不能被覆盖`] };
    cpSync(join(archiveDir, archive.period), target, { recursive: true });
  }
  return { count: archives.length, problems: [] };
}
