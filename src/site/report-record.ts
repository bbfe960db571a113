// A report's public record: when its file was published and how it was amended since, from git.
import { reportKey } from '../content/paths.ts';
import { fileHistories, fileVersions, historyRoot, repositoryPath } from './git-history.ts';
import { reportRevisions, type ReportRevision } from './report-revisions.ts';

export interface ReportRecord {
  /** When the file first reached the branch; null without git history, never guessed. */
  published_on: string | null;
  revisions: ReportRevision[];
}

const NO_RECORD: ReportRecord = { published_on: null, revisions: [] };
const cache = new Map<string, ReportRecord>();

/** The record of the report in `file` (a path on disk or relative to `repoRoot`). */
export function reportRecord(file: string, repoRoot = historyRoot()): ReportRecord {
  const repoFile = repositoryPath(file, repoRoot);
  if (!repoFile) return NO_RECORD;
  const key = `${repoRoot}\0${repoFile}`;
  let record = cache.get(key);
  if (!record) cache.set(key, (record = readRecord(repoFile, repoRoot)));
  return record;
}

function readRecord(repoFile: string, repoRoot: string): ReportRecord {
  const history = fileHistories(repoRoot).get(repoFile);
  if (!history) return NO_RECORD;
  // Most files were committed once: only those changed since need their old versions read.
  const revisions = history.commits.length > 1 ? reportRevisions(fileVersions(repoFile, history, repoRoot)) : [];
  return { published_on: history.added ?? null, revisions };
}

/** Each report's record, by the report: what the exports and pages are given. */
export type RecordOf = (report: { task: number; period: string }) => ReportRecord;

/** Where no history is read (unit tests of the exports): no dates at all, never guessed ones. */
export const withoutHistory: RecordOf = () => NO_RECORD;

/** The records of a dataset's reports, from the files it read them from. */
export function recordsOf(reportFiles: ReadonlyMap<string, string>, repoRoot = historyRoot()): RecordOf {
  return (report) => {
    const file = reportFiles.get(reportKey(report.task, report.period));
    return file ? reportRecord(file, repoRoot) : NO_RECORD;
  };
}
