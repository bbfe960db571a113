// Reproducible builds: two builds of one commit give the same dist/ apart from the build's one
// timestamp (src/site/build-stamp.ts), which appears only in the files listed here.
// `npm run check:reproducible` builds twice and compares; test/e2e/reproducible.test.ts checks on
// every `npm test` that the stamp appears nowhere else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../fs/walk.ts';

/** The only files that carry the build timestamp, as people read them (`{方案}` is any plan id): `meta.generated_at`
 *  of the site's and each plan's JSON files and each quarter's reports.json, and a feed's `<updated>` when it has
 *  no reports yet. `isStamped` is the same list as a rule. */
export const STAMPED_FILES = ['data/reports.json', 'data/tasks.json', 'feed.xml', '{方案}/data/reports.json', '{方案}/data/tasks.json', '{方案}/feed.xml', '{方案}/reports/{季度}/reports.json'] as const;

// A plan's files live under its id (url-scheme.ts planPath): a slug as the first segment.
const STAMPED = /^(?:[a-z0-9][a-z0-9-]*\/)?(?:data\/(?:reports|tasks)\.json|feed\.xml)$|^[a-z0-9][a-z0-9-]*\/reports\/\d{4}-Q[1-4]\/reports\.json$/;

/** Whether a build's file (its path in dist/) may carry the build timestamp. */
export const isStamped = (file: string): boolean => STAMPED.test(file);

/** Files in `dir` other than the listed ones that contain `stamp`. */
export function unlistedStamps(dir: string, stamp: string): string[] {
  return listFiles(dir).filter((file) => !isStamped(file) && readFileSync(join(dir, file)).includes(stamp));
}

/**
 * Every difference between two builds once each build's stamp is replaced by a placeholder in the
 * listed files: files only in one build, files that differ, and stamps outside the listed files.
 */
export function compareBuilds(a: { dir: string; stamp: string }, b: { dir: string; stamp: string }): string[] {
  const filesA = listFiles(a.dir);
  const filesB = new Set(listFiles(b.dir));
  const differences: string[] = [];
  for (const file of filesA) {
    if (!filesB.has(file)) {
      differences.push(`只在第一次生成中: ${file}`);
      continue;
    }
    filesB.delete(file);
    let bytesA = readFileSync(join(a.dir, file));
    let bytesB = readFileSync(join(b.dir, file));
    if (bytesA.equals(bytesB)) continue;
    if (isStamped(file)) {
      const masked = (bytes: Buffer, stamp: string) => Buffer.from(bytes.toString('utf8').replaceAll(stamp, '<generated-at>'));
      bytesA = masked(bytesA, a.stamp);
      bytesB = masked(bytesB, b.stamp);
      if (bytesA.equals(bytesB)) continue;
    }
    differences.push(`内容不同: ${file}`);
  }
  for (const file of filesB) differences.push(`只在第二次生成中: ${file}`);
  for (const build of [a, b]) for (const file of unlistedStamps(build.dir, build.stamp)) differences.push(`生成时间出现在未列出的文件中: ${file}`);
  return differences;
}
