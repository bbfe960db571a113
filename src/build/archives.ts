// The frozen quarters go into every later build byte for byte, never rebuilt. Two checks first, the
// validator's own: each folder against its checksum list (a file changed since the content was loaded fails
// the build too), and each file against what its freeze committed (src/archive/history.ts).
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { planDirs, readArchives } from '../archive/archives.ts';
import { ARCHIVE_FOLDER } from '../archive/record.ts';
import { changedSinceFrozen } from '../archive/history.ts';
import { problemLine } from '../content/report-problems.ts';
import { planPath } from '../site/url-scheme.ts';

export interface CopiedArchives {
  count: number;
  /** The problems that stop the build, one validator line each. */
  problems: string[];
}

/** Each plan's folder and id: in the plans layout the folder is named by its id (validated), else plan.yaml says. */
function planFolders(contentDir: string): { id: string; dir: string }[] {
  return planDirs(contentDir).map((dir) => ({ dir, id: dir === contentDir ? (parse(readFileSync(join(contentDir, 'plan.yaml'), 'utf8')) as { id: string }).id : basename(dir) }));
}

export function copyArchives(contentDir: string, outDir: string): CopiedArchives {
  let count = 0;
  for (const plan of planFolders(contentDir)) {
    const copied = copyPlanArchives(plan.dir, outDir, plan.id);
    if (copied.problems.length > 0) return copied;
    count += copied.count;
  }
  return { count, problems: [] };
}

function copyPlanArchives(planDir: string, outDir: string, id: string): CopiedArchives {
  const archiveDir = join(planDir, ARCHIVE_FOLDER);
  const { archives, problems } = readArchives(archiveDir, (path) => path);
  if (problems.length > 0) return { count: 0, problems: problems.map(problemLine) };
  const changed = archives.flatMap((archive) => changedSinceFrozen(join(archiveDir, archive.period)));
  if (changed.length > 0) return { count: 0, problems: changed.map(problemLine) };
  for (const archive of archives) {
    const target = join(outDir, planPath(id).archive(archive.period));
    // Astro writes only the list page under archive/; a quarter folder there would be overwritten silently.
    if (existsSync(target)) return { count: 0, problems: [`${target}: 生成的网站中已有这个归档位置,冻结的文件不能被覆盖`] };
    cpSync(join(archiveDir, archive.period), target, { recursive: true });
  }
  return { count: archives.length, problems: [] };
}
