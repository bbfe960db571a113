// The one loader: reads a content folder, parses and validates every file, resolves every
// cross-reference, and returns either the whole typed dataset or every problem found.
// The validator CLI, the Astro build and the tests all call this; nothing else reads content/.
// Three steps: list the files (and the folder layout's own problems), read each file on its own (on
// several threads at province scale: read-files.ts), then check across files and assemble the dataset.
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { isLink, symlinksIn } from './links.ts';
import { isAbsolute, join, relative, sep } from 'node:path';
import {
  PERIOD_PATTERN,
  type Area,
  type Plan,
  type Report,
  type SiteSettings,
  type Task,
  type Unit,
  todayInChina,
} from '../schema/index.ts';
import { problemAt, reparsedSource, type Located } from './yaml-source.ts';
import { completedWithUnmetTargets } from './completed-unmet.ts';
import { reportKey } from './paths.ts';
import type { ContentKind, FileJob, FileRead } from './read-file.ts';
import { readFiles, readFilesInline, type ReadOptions } from './read-files.ts';
import { crossCheck } from './cross-checks.ts';
import { sortProblems, type Problem } from './problem.ts';
import { readArchives } from '../archive/archives.ts';
import { ARCHIVE_FOLDER, type FrozenQuarter } from '../archive/record.ts';

export interface Dataset {
  site: SiteSettings;
  plan: Plan;
  areas: Area[];
  units: Unit[];
  /** Sorted by id. */
  tasks: Task[];
  /** Sorted by period, then task. */
  reports: Report[];
  /** The project's own copy of the plan's full text (content/source/plan.txt). */
  planText: string;
  /** Display paths of the files each task and report came from, for history links and exports. */
  taskFiles: Map<number, string>;
  reportFiles: Map<string, string>;
  /** True when the reports come from the labelled demo folder. */
  demo: boolean;
  /** The quarters frozen in {contentDir}/archive/, each verified against its checksum list; by period. */
  archives: FrozenQuarter[];
}

export type LoadResult =
  | { ok: true; dataset: Dataset; problems: Problem[]; fileCount: number }
  | { ok: false; problems: Problem[]; fileCount: number };

export interface LoadOptions {
  /** The content folder (content/ by default in the CLIs). */
  contentDir: string;
  /** Reports from another folder (the demo dataset); defaults to `${contentDir}/reports`. */
  reportsDir?: string;
  demo?: boolean;
  /** Paths in problems are shown relative to this folder. */
  displayRoot?: string;
  /** "Today" for checks against the clock (a report dated in the future); ISO date. */
  today?: string;
  /**
   * Checks over the whole valid dataset whose findings are warnings on reports (claims that disagree with
   * the derived 序时进度, src/checks/). Passed in by the validator and the build, so the loader stays free
   * of the derivations while their warnings are located like every other problem.
   */
  reportWarnings?: ReportWarningCheck[];
}

/** A warning on one report: its task and quarter, the field, and the Chinese message and fix. */
export interface ReportWarning {
  task: number;
  period: string;
  path: (string | number)[];
  code: string;
  message: string;
  fix?: string;
}

export type ReportWarningCheck = (dataset: Dataset) => ReportWarning[];


const TASK_FILE = /^(\d{2,})\.yaml$/;

/** A folder's entries sorted by name (code unit order, as `readdirSync().sort()`). */
const entries = (dir: string): Dirent[] => readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
// Links are reported on their own (links.ts) and never read through.
const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();
const IGNORED_FILES = new Set(['README.md', '.gitkeep']);
/** What a content folder holds; anything else there is reported. */
const CONTENT_ENTRIES = new Set(['site.yaml', 'plan.yaml', 'areas.yaml', 'units.yaml', 'tasks', 'reports', 'source', ARCHIVE_FOLDER]);
const SETTINGS_FILES = [
  ['site.yaml', 'site', '网站设置'],
  ['plan.yaml', 'plan', '方案'],
  ['areas.yaml', 'areas', '领域'],
  ['units.yaml', 'units', '单位'],
] as const;

/** A file to read, with where it was found (a task's file name; a report's quarter folder and file name). */
interface PlannedJob extends FileJob {
  folder?: string;
  name?: string;
}

/** What the folders hold: the files to read, and the problems the layout itself shows. */
interface ContentFiles {
  jobs: PlannedJob[];
  problems: Problem[];
  planText: string;
  planTextFile: string;
  archives: FrozenQuarter[];
}

function listContent(options: LoadOptions): ContentFiles {
  const displayRoot = options.displayRoot ?? process.cwd();
  const show = (path: string) => {
    const rel = relative(displayRoot, path);
    return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
  };
  const problems: Problem[] = [];
  const jobs: PlannedJob[] = [];
  const read = (path: string, kind: ContentKind, where: { folder?: string; name?: string } = {}) => jobs.push({ path, file: show(path), kind, ...where });

  function requireFile(path: string, what: string): boolean {
    if (isLink(path)) return false;
    if (existsSync(path)) return true;
    problems.push({ file: show(path), line: 1, col: 1, severity: 'error', code: 'file.missing', field: '', message: `缺少${what}文件`, fix: `请恢复 ${show(path)}` });
    return false;
  }

  function strayFile(path: string, fix: string) {
    problems.push({ file: show(path), line: 1, col: 1, severity: 'error', code: 'file.unexpected', field: '', message: '文件名或位置不符合规范,该文件不会被读取', fix });
  }

  const dir = options.contentDir;
  const problem = (path: string, code: string, message: string, fix: string) =>
    problems.push({ file: show(path), line: 1, col: 1, severity: 'error', code, field: '', message, fix });
  const notAFolder = (path: string, fix: string) => problem(path, 'file.not-a-folder', '这里应是一个文件夹,实际是文件', fix);
  if (existsSync(dir) && !isDir(dir)) {
    notAFolder(dir, '请给出内容文件夹的路径(例如 content),而不是其中的一个文件');
    return { jobs, problems, planText: '', planTextFile: '', archives: [] };
  }
  const reportsDir = options.reportsDir ?? join(dir, 'reports');
  for (const root of [dir, ...(options.reportsDir && isDir(options.reportsDir) ? [options.reportsDir] : [])]) {
    if (!isDir(root)) continue;
    for (const link of symlinksIn(root)) problem(join(root, link.path), 'file.symlink', link.message, link.fix);
  }
  // Nothing lost: a file the loader would not read (content/report/… for reports/, a stray .yaml) is an
  // error, never silently left out of the site.
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (!CONTENT_ENTRIES.has(name) && !IGNORED_FILES.has(name) && !isLink(join(dir, name))) {
        strayFile(join(dir, name), `content/ 中只能有 ${[...CONTENT_ENTRIES].join('、')};季度报告放在 content/reports/YYYY-Qn/ 中`);
      }
    }
  }
  for (const [name, kind, what] of SETTINGS_FILES) if (requireFile(join(dir, name), what)) read(join(dir, name), kind);
  const planTextPath = join(dir, 'source', 'plan.txt');
  let planText = '';
  if (requireFile(planTextPath, '方案原文')) {
    if (isDir(planTextPath)) problem(planTextPath, 'file.not-a-file', '这里应是一个文件,实际是文件夹', `请放回方案原文文件 ${show(planTextPath)}`);
    else planText = readFileSync(planTextPath, 'utf8');
  }

  const tasksDir = join(dir, 'tasks');
  if (requireFile(tasksDir, '任务目录') && !isDir(tasksDir)) {
    notAFolder(tasksDir, `请把它改名,并建立文件夹 ${show(tasksDir)},每个任务一个文件`);
  } else if (existsSync(tasksDir) && !isLink(tasksDir)) {
    // Directory entries carry their type: no stat call per file (24,000 of them at province scale).
    for (const entry of entries(tasksDir)) {
      const { name } = entry;
      const path = join(tasksDir, name);
      if (IGNORED_FILES.has(name) || entry.isSymbolicLink()) continue;
      if (!TASK_FILE.test(name) || !entry.isFile()) {
        strayFile(path, '任务文件名为两位序号加 .yaml,例如 content/tasks/05.yaml');
        continue;
      }
      read(path, 'task', { name });
    }
  }

  // A reports folder named on the command line or to the build must be there; content/reports/ may not be
  // yet (a new plan has no reports). This is the one place that decides, so the validator and the build agree.
  if (options.reportsDir !== undefined && !existsSync(options.reportsDir)) {
    problem(options.reportsDir, 'file.missing', '报告文件夹不存在', '请检查 --reports 后的路径');
  } else if (existsSync(reportsDir) && !isLink(reportsDir) && !isDir(reportsDir)) {
    notAFolder(reportsDir, '季度报告放在文件夹中,例如 content/reports/2023-Q1/05.yaml');
  } else if (existsSync(reportsDir) && !isLink(reportsDir)) {
    for (const folderEntry of entries(reportsDir)) {
      const folder = folderEntry.name;
      const folderPath = join(reportsDir, folder);
      if (IGNORED_FILES.has(folder) || folderEntry.isSymbolicLink()) continue;
      if (!PERIOD_PATTERN.test(folder) || !folderEntry.isDirectory()) {
        strayFile(folderPath, '季度报告放在以季度命名的文件夹中,例如 content/reports/2023-Q1/05.yaml');
        continue;
      }
      for (const entry of entries(folderPath)) {
        const { name } = entry;
        const path = join(folderPath, name);
        if (IGNORED_FILES.has(name) || entry.isSymbolicLink()) continue;
        if (!TASK_FILE.test(name) || !entry.isFile()) {
          strayFile(path, `季度报告文件名为任务序号(两位)加 .yaml,例如 ${show(join(folderPath, '05.yaml'))}`);
          continue;
        }
        read(path, 'report', { folder, name });
      }
    }
  }
  const frozen = readArchives(join(dir, ARCHIVE_FOLDER), show);
  problems.push(...frozen.problems);
  return { jobs, problems, planText, planTextFile: show(planTextPath), archives: frozen.archives };
}

/** Validates a content folder on the calling thread. */
export function loadDataset(options: LoadOptions): LoadResult {
  const content = listContent(options);
  return checkAcrossFiles(options, content, readFilesInline(content.jobs));
}

/**
 * The same result as loadDataset, with the files read on every core when there are thousands of them
 * (the validator CLI and the site build use this).
 */
export async function loadDatasetInParallel(options: LoadOptions & ReadOptions): Promise<LoadResult> {
  const content = listContent(options);
  return checkAcrossFiles(options, content, await readFiles(content.jobs, options));
}

function checkAcrossFiles(options: LoadOptions, content: ContentFiles, reads: readonly FileRead[]): LoadResult {
  const problems = [...content.problems];
  const fileCount = content.jobs.length;
  const { planText, planTextFile } = content;
  const settings = new Map<ContentKind, Located<unknown>>();
  const tasks: (Located<Task> & { fileName: string })[] = [];
  const reports: (Located<Report> & { folder: string; name: string })[] = [];
  // Reports that failed the schema still get the checks their valid fields allow (folder, file name,
  // duplicates, dates, task and unit), so one run shows every problem of a file, not half of them.
  const partialReports: (Located<Partial<Report>> & { folder: string; name: string })[] = [];
  content.jobs.forEach((job, i) => {
    const read = reads[i]!;
    problems.push(...read.problems);
    const source = reparsedSource(read.file, read.text);
    if (job.kind === 'task') {
      if (read.value) tasks.push({ value: read.value as Task, source, fileName: job.name! });
    } else if (job.kind === 'report') {
      if (read.value) reports.push({ value: read.value as Report, source, folder: job.folder!, name: job.name! });
      else if (read.partial) partialReports.push({ value: read.partial, source, folder: job.folder!, name: job.name! });
    } else if (read.value) {
      settings.set(job.kind, { value: read.value, source });
    }
  });
  const site = settings.get('site') as Located<SiteSettings> | undefined;
  const plan = settings.get('plan') as Located<Plan> | undefined;
  const areas = settings.get('areas') as Located<{ areas: Area[] }> | undefined;
  const units = settings.get('units') as Located<{ units: Unit[] }> | undefined;

  if (!site || !plan || !areas || !units) return { ok: false, problems: sortProblems(problems), fileCount };

  problems.push(
    ...crossCheck({
      plan,
      planText,
      planTextFile,
      areas: areas.value.areas.map((value, i) => ({ value, source: areas.source, path: ['areas', i] })),
      units: units.value.units.map((value, i) => ({ value, source: units.source, path: ['units', i] })),
      tasks,
      reports,
      partialReports,
      demo: options.demo ?? false,
      today: options.today ?? todayInChina(),
    }),
  );

  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems: sortProblems(problems), fileCount };

  // A task marked completed while its targets are unmet is allowed (the unit may know more than the
  // numbers say) but never silently: it is a warning on the report's status.
  const reportSources = new Map(reports.map((r) => [reportKey(r.value.task, r.value.period), r.source]));
  for (const warning of completedWithUnmetTargets({ tasks: tasks.map((t) => t.value), reports: reports.map((r) => r.value) })) {
    const source = reportSources.get(reportKey(warning.task, warning.period))!;
    problems.push(problemAt(source, ['status'], 'report.completed-unmet', `状态为"已完成",但目标 ${warning.targetIds.join(', ')} 尚未达标`, '请核对数值,或把状态改为 on_track / ongoing', { severity: 'warning' }));
  }
  const sortedTasks = [...tasks].sort((a, b) => a.value.id - b.value.id);
  const sortedReports = [...reports].sort((a, b) => a.value.period.localeCompare(b.value.period) || a.value.task - b.value.task);
  const dataset: Dataset = {
    site: site.value,
    plan: plan.value,
    areas: areas.value.areas,
    units: units.value.units,
    tasks: sortedTasks.map((t) => t.value),
    reports: sortedReports.map((r) => r.value),
    planText,
    taskFiles: new Map(sortedTasks.map((t) => [t.value.id, t.source.file])),
    reportFiles: new Map(sortedReports.map((r) => [reportKey(r.value.task, r.value.period), r.source.file])),
    demo: options.demo ?? false,
    // The demo shows invented reports: a real quarter's archive has no place among them.
    archives: options.demo ? [] : content.archives,
  };
  for (const check of options.reportWarnings ?? []) {
    for (const warning of check(dataset)) {
      const source = reportSources.get(reportKey(warning.task, warning.period));
      if (source) problems.push(problemAt(source, warning.path, warning.code, warning.message, warning.fix, { severity: 'warning' }));
    }
  }
  return { ok: true, problems: sortProblems(problems), fileCount, dataset };
}
