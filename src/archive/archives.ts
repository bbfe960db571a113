// The frozen quarters of a content folder: each checked against its checksum list, then its record read.
// The validator and the build both come here, so a frozen file that changed fails both the same way.
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../content/problem.ts';
import { PERIOD_PATTERN } from '../schema/period.ts';
import { IGNORED_FILES } from '../content/paths.ts';
import { checkFrozenFolder } from './checksums.ts';
import { ARCHIVE_FOLDER, ARCHIVE_RECORD_FILE, frozenQuarterSchema, type FrozenQuarter } from './record.ts';

export interface ArchiveCheck {
  archives: FrozenQuarter[];
  problems: Problem[];
}


/** `show`: a path as messages name it (relative to the working folder). */
export function readArchives(archiveDir: string, show: (path: string) => string): ArchiveCheck {
  const archives: FrozenQuarter[] = [];
  const problems: Problem[] = [];
  if (!existsSync(archiveDir)) return { archives, problems };
  const problem = (path: string, line: number, code: string, message: string, fix: string) =>
    problems.push({ file: show(path), line, col: 1, severity: 'error', code, field: '', message, fix });
  // lstat: a link in place of the archive or of a quarter is reported, never followed.
  if (!lstatSync(archiveDir).isDirectory()) {
    problem(archiveDir, 1, 'archive.not-a-folder', '这里应是归档文件夹,实际是文件或符号链接', '请删除它;归档由 npm run freeze 生成');
    return { archives, problems };
  }
  for (const name of readdirSync(archiveDir).sort()) {
    const folder = join(archiveDir, name);
    if (IGNORED_FILES.has(name)) continue;
    if (!PERIOD_PATTERN.test(name) || !lstatSync(folder).isDirectory()) {
      problem(folder, 1, 'archive.unexpected', '归档文件夹中只能有以季度命名的文件夹(由 npm run freeze 生成)', name.endsWith('.freezing') ? '这是一次未完成的冻结留下的,请删除它后重新运行 npm run freeze' : '请删除或移走它');
      continue;
    }
    const restore = `已冻结的归档不能修改,请恢复冻结时的原样:未提交的改动用 git restore ${show(folder)} 撤销;已提交的,从加入这个归档的提交(git log -- ${show(folder)})中恢复`;
    const mismatches = checkFrozenFolder(folder, restore);
    for (const m of mismatches) problem(join(folder, m.file), m.line, 'archive.changed', m.message, m.fix);
    if (mismatches.length > 0) continue;
    const recordFile = join(folder, ARCHIVE_RECORD_FILE);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(recordFile, 'utf8'));
    } catch {
      parsed = undefined;
    }
    const record = frozenQuarterSchema.safeParse(parsed);
    if (!record.success || record.data.period !== name) {
      problem(recordFile, 1, 'archive.record', `归档记录 ${ARCHIVE_RECORD_FILE} 不完整,或写的季度与文件夹名 ${name} 不符`, '请删除这个归档文件夹,再用 npm run freeze 重新冻结');
      continue;
    }
    archives.push(record.data);
  }
  return { archives, problems };
}

/** Each plan's folder: plans/<id>/ in the plans layout, the content folder itself in the one-plan shape. */
export function planDirs(contentDir: string): string[] {
  const plansDir = join(contentDir, 'plans');
  if (!isFolder(plansDir)) return [contentDir];
  return readdirSync(plansDir).sort().map((name) => join(plansDir, name)).filter(isFolder);
}

/** Every frozen quarter's folder of a content folder, in either layout (for the checks against history). */
export function frozenFolders(contentDir: string): string[] {
  const quarters = (archiveDir: string) =>
    isFolder(archiveDir) ? readdirSync(archiveDir).sort().filter((name) => PERIOD_PATTERN.test(name) && isFolder(join(archiveDir, name))).map((name) => join(archiveDir, name)) : [];
  return planDirs(contentDir).flatMap((dir) => quarters(join(dir, ARCHIVE_FOLDER)));
}

const isFolder = (path: string) => existsSync(path) && lstatSync(path).isDirectory();
