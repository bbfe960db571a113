// The frozen quarters go into every later build byte for byte: checked against their checksum lists again
// (a file changed since the content was loaded fails the build too), then copied, never rebuilt.
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readArchives } from '../archive/archives.ts';
import { ARCHIVE_FOLDER } from '../archive/record.ts';
import { pagePath } from '../site/url-scheme.ts';

export interface CopiedArchives {
  count: number;
  /** The problems that stop the build, one validator line each. */
  problems: string[];
}

export function copyArchives(contentDir: string, outDir: string): CopiedArchives {
  const archiveDir = join(contentDir, ARCHIVE_FOLDER);
  const { archives, problems } = readArchives(archiveDir, (path) => path);
  if (problems.length > 0) return { count: 0, problems: problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.severity} ${p.message}${p.fix ? `(${p.fix})` : ''}`) };
  for (const archive of archives) {
    const target = join(outDir, pagePath.archive(archive.period));
    // Astro writes only the list page under archive/; a quarter folder there would be overwritten silently.
    if (existsSync(target)) return { count: 0, problems: [`${target}: 生成的网站中已有这个归档位置,冻结的文件不能被覆盖`] };
    cpSync(join(archiveDir, archive.period), target, { recursive: true });
  }
  return { count: archives.length, problems: [] };
}
