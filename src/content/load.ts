// The one loader: reads a content folder, parses and validates every file, resolves every
// cross-reference, and returns either the whole typed site (every plan in it) or every problem found.
// Two folder shapes are read: one plan with site.yaml and units.yaml beside it (what import:plan writes,
// and the test corpus), and the plans layout, plans/<id>/ beside the shared site.yaml and units.yaml.
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
import { IGNORED_FILES, reportKey } from './paths.ts';
import type { ContentKind, FileJob, FileRead } from './read-file.ts';
import { readFiles, readFilesInline, type ReadOptions } from './read-files.ts';
import { crossCheck, unitProblems } from './cross-checks.ts';
import { planProblems } from './plan-checks.ts';
import { sortProblems, type Problem } from './problem.ts';
import { readArchives } from '../archive/archives.ts';
import { ARCHIVE_FOLDER, type FrozenQuarter } from '../archive/record.ts';

/** One plan, with the site settings and the unit list it shares with the other plans of the site. */
export interface Dataset {
  /** plan.yaml's id. */
  id: string;
  /** Where the plan's files are, relative to the content folder: '' in the one-plan shape, else `plans/<id>/`. */
  folder: string;
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

/** Everything a content folder holds: the shared settings and units, and every plan, in folder order. */
export interface SiteContent {
  site: SiteSettings;
  units: Unit[];
  plans: Dataset[];
  demo: boolean;
  layout: 'single' | 'plans';
}

export type ContentResult =
  | { ok: true; content: SiteContent; problems: Problem[]; fileCount: number }
  | { ok: false; problems: Problem[]; fileCount: number };

export type LoadResult =
  | { ok: true; dataset: Dataset; problems: Problem[]; fileCount: number }
  | { ok: false; problems: Problem[]; fileCount: number };

export interface LoadOptions {
  /** The content folder (content/ by default in the CLIs). */
  contentDir: string;
  /** Reports from another folder (the demo dataset); defaults to the plan's own reports/. */
  reportsDir?: string;
  /**
   * The plan (id or folder name) that loadDataset returns and that reportsDir replaces the reports of;
   * needed only when the folder holds several plans.
   */
  plan?: string;
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
/** What a content folder holds; anything else there is reported. */
const CONTENT_ENTRIES = new Set(['site.yaml', 'plan.yaml', 'areas.yaml', 'units.yaml', 'tasks', 'reports', 'source', ARCHIVE_FOLDER]);
const SETTINGS_FILES = [
  ['site.yaml', 'site', '网站设置'],
  ['plan.yaml', 'plan', '方案'],
  ['areas.yaml', 'areas', '领域'],
  ['units.yaml', 'units', '单位'],
] as const;

/** A file to read, with where it was found (its plan; a task's file name; a report's quarter folder and file name). */
interface PlannedJob extends FileJob {
  /** Index into the listed plans; absent for the shared site.yaml and units.yaml. */
  plan?: number;
  folder?: string;
  name?: string;
}

/** One plan's folder as listed. */
export interface PlanFiles {
  /** Relative to the content folder: '' or `plans/<name>/`. */
  folder: string;
  /** The folder's own name in the plans layout, which must be the plan's id. */
  folderName?: string;
  planText: string;
  planTextFile: string;
  archives: FrozenQuarter[];
  /** The reports come from options.reportsDir. */
  otherReports: boolean;
}

/** What the folders hold: the files to read, and the problems the layout itself shows. */
interface ContentFiles {
  layout: 'single' | 'plans';
  jobs: PlannedJob[];
  problems: Problem[];
  plans: PlanFiles[];
}

/** Paths as problems show them: relative to the display root when inside it, forward slashes. */
export function displayPath(options: Pick<LoadOptions, 'displayRoot'> = {}): (path: string) => string {
  const displayRoot = options.displayRoot ?? process.cwd();
  return (path: string) => {
    const rel = relative(displayRoot, path);
    return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
  };
}

const PLANS_FOLDER = 'plans';
/** What the root of a plans-layout folder holds; the plans' own files are one level down. */
const SITE_ENTRIES = new Set(['site.yaml', 'units.yaml', PLANS_FOLDER]);
const SHARED_FILES = new Set(['site.yaml', 'units.yaml']);
const PLAN_ENTRIES = new Set([...CONTENT_ENTRIES].filter((name) => !SHARED_FILES.has(name)));

function listContent(options: LoadOptions): ContentFiles {
  const show = displayPath(options);
  const problems: Problem[] = [];
  const jobs: PlannedJob[] = [];
  const plans: PlanFiles[] = [];
  const read = (path: string, kind: ContentKind, where: { plan?: number; folder?: string; name?: string } = {}) => jobs.push({ path, file: show(path), kind, ...where });

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
    return { layout: 'single', jobs, problems, plans };
  }
  for (const root of [dir, ...(options.reportsDir && isDir(options.reportsDir) ? [options.reportsDir] : [])]) {
    if (!isDir(root)) continue;
    for (const link of symlinksIn(root)) problem(join(root, link.path), 'file.symlink', link.message, link.fix);
  }
  const plansDir = join(dir, PLANS_FOLDER);
  // A plans/ folder decides the shape: plan files beside it would be a second, unnamed plan.
  const layout = isDir(plansDir) && !isLink(plansDir) ? 'plans' : 'single';
  // Nothing lost: a file the loader would not read (content/report/… for reports/, a stray .yaml) is an
  // error, never silently left out of the site.
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (IGNORED_FILES.has(name) || isLink(join(dir, name))) continue;
      if (layout === 'single' && !CONTENT_ENTRIES.has(name)) {
        strayFile(join(dir, name), `content/ 中只能有 ${[...CONTENT_ENTRIES].join('、')};季度报告放在 content/reports/YYYY-Qn/ 中`);
      } else if (layout === 'plans' && !SITE_ENTRIES.has(name)) {
        strayFile(
          join(dir, name),
          PLAN_ENTRIES.has(name)
            ? `有 plans/ 文件夹时,方案的文件都放在 content/plans/{方案标识}/ 中:把 ${name} 移到它所属方案的文件夹`
            : `content/ 中只能有 ${[...SITE_ENTRIES].join('、')};每个方案的文件放在 content/plans/{方案标识}/ 中`,
        );
      }
    }
  }
  for (const [name, kind, what] of SETTINGS_FILES) {
    if (kind !== 'site' && kind !== 'units') continue;
    if (requireFile(join(dir, name), what)) read(join(dir, name), kind);
  }
  // The reports named on the command line replace one plan's: the only one, or the one chosen.
  const takesReports = (folderName: string | undefined, count: number) =>
    options.reportsDir !== undefined && (options.plan === undefined ? count === 1 : options.plan === folderName);
  if (layout === 'single') {
    plans.push(listPlan(dir, '', undefined, options.reportsDir !== undefined));
  } else {
    const folders: string[] = [];
    for (const entry of entries(plansDir)) {
      if (IGNORED_FILES.has(entry.name) || entry.isSymbolicLink()) continue;
      if (!entry.isDirectory()) {
        strayFile(join(plansDir, entry.name), '每个方案一个文件夹,以方案标识命名,例如 content/plans/ggfw-2022/plan.yaml');
        continue;
      }
      folders.push(entry.name);
    }
    for (const name of folders) plans.push(listPlan(join(plansDir, name), `${PLANS_FOLDER}/${name}/`, name, takesReports(name, folders.length)));
    if (options.reportsDir !== undefined && !plans.some((p) => p.otherReports)) {
      problem(
        options.reportsDir,
        'plan.choose',
        options.plan === undefined ? `内容文件夹中有 ${folders.length} 个方案,不知道这些报告属于哪一个` : `没有方案 ${options.plan}`,
        `请用 --plan 指定方案${folders.length ? `,可选: ${folders.join(', ')}` : ''}`,
      );
    }
  }
  return { layout, jobs, problems, plans };

  /** One plan's files; `folder` is how messages name its place ('' keeps today's content/… wording). */
  function listPlan(planDir: string, folder: string, folderName: string | undefined, otherReports: boolean): PlanFiles {
    const index = plans.length;
    const at = `content/${folder}`;
    if (folderName !== undefined) {
      for (const name of readdirSync(planDir).sort()) {
        if (IGNORED_FILES.has(name) || isLink(join(planDir, name)) || PLAN_ENTRIES.has(name)) continue;
        strayFile(
          join(planDir, name),
          SHARED_FILES.has(name)
            ? `网站设置和单位是各方案共用的,放在 content/site.yaml 和 content/units.yaml 中;请把 ${name} 的内容合并到 content/${name} 后删除此文件`
            : `${at} 中只能有 ${[...PLAN_ENTRIES].join('、')};季度报告放在 ${at}reports/YYYY-Qn/ 中`,
        );
      }
    }
    for (const [name, kind, what] of SETTINGS_FILES) {
      if (kind === 'site' || kind === 'units') continue;
      if (requireFile(join(planDir, name), what)) read(join(planDir, name), kind, { plan: index });
    }
    const planTextPath = join(planDir, 'source', 'plan.txt');
    let planText = '';
    if (requireFile(planTextPath, '方案原文')) {
      if (isDir(planTextPath)) problem(planTextPath, 'file.not-a-file', '这里应是一个文件,实际是文件夹', `请放回方案原文文件 ${show(planTextPath)}`);
      else planText = readFileSync(planTextPath, 'utf8');
    }

    const tasksDir = join(planDir, 'tasks');
    if (requireFile(tasksDir, '任务目录') && !isDir(tasksDir)) {
      notAFolder(tasksDir, `请把它改名,并建立文件夹 ${show(tasksDir)},每个任务一个文件`);
    } else if (existsSync(tasksDir) && !isLink(tasksDir)) {
      // Directory entries carry their type: no stat call per file (24,000 of them at province scale).
      for (const entry of entries(tasksDir)) {
        const { name } = entry;
        const path = join(tasksDir, name);
        if (IGNORED_FILES.has(name) || entry.isSymbolicLink()) continue;
        if (!TASK_FILE.test(name) || !entry.isFile()) {
          strayFile(path, `任务文件名为两位序号加 .yaml,例如 ${at}tasks/05.yaml`);
          continue;
        }
        read(path, 'task', { plan: index, name });
      }
    }

    const reportsDir = otherReports ? options.reportsDir! : join(planDir, 'reports');
    // A reports folder named on the command line or to the build must be there; a plan's reports/ may not be
    // yet (a new plan has no reports). This is the one place that decides, so the validator and the build agree.
    if (otherReports && !existsSync(reportsDir)) {
      problem(reportsDir, 'file.missing', '报告文件夹不存在', '请检查 --reports 后的路径');
    } else if (existsSync(reportsDir) && !isLink(reportsDir) && !isDir(reportsDir)) {
      notAFolder(reportsDir, `季度报告放在文件夹中,例如 ${at}reports/2023-Q1/05.yaml`);
    } else if (existsSync(reportsDir) && !isLink(reportsDir)) {
      for (const folderEntry of entries(reportsDir)) {
        const quarter = folderEntry.name;
        const folderPath = join(reportsDir, quarter);
        if (IGNORED_FILES.has(quarter) || folderEntry.isSymbolicLink()) continue;
        if (!PERIOD_PATTERN.test(quarter) || !folderEntry.isDirectory()) {
          strayFile(folderPath, `季度报告放在以季度命名的文件夹中,例如 ${at}reports/2023-Q1/05.yaml`);
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
          read(path, 'report', { plan: index, folder: quarter, name });
        }
      }
    }
    const frozen = readArchives(join(planDir, ARCHIVE_FOLDER), show);
    problems.push(...frozen.problems);
    return { folder, ...(folderName === undefined ? {} : { folderName }), planText, planTextFile: show(planTextPath), archives: frozen.archives, otherReports };
  }
}

/** Validates a content folder on the calling thread. */
export function loadContent(options: LoadOptions): ContentResult {
  const content = listContent(options);
  return checkAcrossFiles(options, content, readFilesInline(content.jobs));
}

/**
 * The same result as loadContent, with the files read on every core when there are thousands of them
 * (the validator CLI and the site build use this).
 */
export async function loadContentInParallel(options: LoadOptions & ReadOptions): Promise<ContentResult> {
  const content = listContent(options);
  return checkAcrossFiles(options, content, await readFiles(content.jobs, options));
}

/** One plan of the folder, as every caller written before the plans layout expects. */
export function loadDataset(options: LoadOptions): LoadResult {
  return onePlan(options, loadContent(options));
}

export async function loadDatasetInParallel(options: LoadOptions & ReadOptions): Promise<LoadResult> {
  return onePlan(options, await loadContentInParallel(options));
}

function onePlan(options: LoadOptions, result: ContentResult): LoadResult {
  if (!result.ok) return result;
  const { plans } = result.content;
  const chosen = options.plan === undefined ? (plans.length === 1 ? plans[0] : undefined) : plans.find((p) => p.id === options.plan || p.folder === `${PLANS_FOLDER}/${options.plan}/`);
  if (chosen) return { ok: true, dataset: chosen, problems: result.problems, fileCount: result.fileCount };
  const ids = plans.map((p) => p.id);
  const message =
    options.plan !== undefined ? `没有方案 ${options.plan}` : plans.length === 0 ? '内容文件夹中还没有方案' : `内容文件夹中有 ${plans.length} 个方案(${ids.join('、')}),这里一次只能用一个`;
  const fix = plans.length === 0 ? '请用 npm run import:plan 导入方案' : `请用 --plan 指定方案,可选: ${ids.join(', ')}`;
  const file = displayPath(options)(join(options.contentDir, PLANS_FOLDER));
  const problem: Problem = { file, line: 1, col: 1, severity: 'error', code: 'plan.choose', field: '', message, fix };
  return { ok: false, problems: sortProblems([...result.problems, problem]), fileCount: result.fileCount };
}

type LocatedReport = Located<Report> & { folder: string; name: string };
type LocatedPartial = Located<Partial<Report>> & { folder: string; name: string };

/** One plan's files once read. */
interface PlanReads {
  files: PlanFiles;
  settings: Map<ContentKind, Located<unknown>>;
  tasks: (Located<Task> & { fileName: string })[];
  reports: LocatedReport[];
  // Reports that failed the schema still get the checks their valid fields allow (folder, file name,
  // duplicates, dates, task and unit), so one run shows every problem of a file, not half of them.
  partialReports: LocatedPartial[];
}

function checkAcrossFiles(options: LoadOptions, content: ContentFiles, reads: readonly FileRead[]): ContentResult {
  const problems = [...content.problems];
  const fileCount = content.jobs.length;
  const shared = new Map<ContentKind, Located<unknown>>();
  const planReads: PlanReads[] = content.plans.map((files) => ({ files, settings: new Map(), tasks: [], reports: [], partialReports: [] }));
  content.jobs.forEach((job, i) => {
    const read = reads[i]!;
    problems.push(...read.problems);
    const source = reparsedSource(read.file, read.text);
    if (job.plan === undefined) {
      if (read.value) shared.set(job.kind, { value: read.value, source });
      return;
    }
    const plan = planReads[job.plan]!;
    if (job.kind === 'task') {
      if (read.value) plan.tasks.push({ value: read.value as Task, source, fileName: job.name! });
    } else if (job.kind === 'report') {
      if (read.value) plan.reports.push({ value: read.value as Report, source, folder: job.folder!, name: job.name! });
      else if (read.partial) plan.partialReports.push({ value: read.partial, source, folder: job.folder!, name: job.name! });
    } else if (read.value) {
      plan.settings.set(job.kind, { value: read.value, source });
    }
  });
  const site = shared.get('site') as Located<SiteSettings> | undefined;
  const units = shared.get('units') as Located<{ units: Unit[] }> | undefined;
  const fail = (): ContentResult => ({ ok: false, problems: sortProblems(problems), fileCount });
  if (!site || !units) return fail();

  const unitItems = units.value.units.map((value, i) => ({ value, source: units.source, path: ['units', i] }));
  // A plan without its plan.yaml or areas.yaml has nothing to check its tasks against; the others still are.
  const complete = planReads.flatMap((p) => {
    const plan = p.settings.get('plan') as Located<Plan> | undefined;
    const areas = p.settings.get('areas') as Located<{ areas: Area[] }> | undefined;
    return plan && areas ? [{ ...p, plan, areas }] : [];
  });
  if (complete.length > 0) problems.push(...unitProblems(unitItems));
  const today = options.today ?? todayInChina();
  const demoOf = (files: PlanFiles) => (options.demo ?? false) && (options.reportsDir === undefined || files.otherReports);
  for (const p of complete) {
    problems.push(
      ...crossCheck({
        plan: p.plan,
        planText: p.files.planText,
        planTextFile: p.files.planTextFile,
        areas: p.areas.value.areas.map((value, i) => ({ value, source: p.areas.source, path: ['areas', i] })),
        units: unitItems,
        tasks: p.tasks,
        reports: p.reports,
        partialReports: p.partialReports,
        demo: demoOf(p.files),
        today,
      }),
    );
  }
  problems.push(
    ...planProblems(
      complete.map((p) => ({
        plan: p.plan,
        folder: p.files.folder,
        folderName: p.files.folderName,
        tasks: p.tasks.map((t) => t.value),
        reports: [...p.reports, ...p.partialReports],
      })),
      units.value.units,
      today,
    ),
  );

  if (complete.length < planReads.length || problems.some((p) => p.severity === 'error')) return fail();

  const plans = complete.map((p): Dataset => {
    const { tasks, reports } = p;
    // A task marked completed while its targets are unmet is allowed (the unit may know more than the
    // numbers say) but never silently: it is a warning on the report's status.
    const reportSources = new Map(reports.map((r) => [reportKey(r.value.task, r.value.period), r.source]));
    for (const warning of completedWithUnmetTargets({ tasks: tasks.map((t) => t.value), reports: reports.map((r) => r.value) })) {
      const source = reportSources.get(reportKey(warning.task, warning.period))!;
      problems.push(problemAt(source, ['status'], 'report.completed-unmet', `状态为"已完成",但目标 ${warning.targetIds.join(', ')} 尚未达标`, '请核对数值,或把状态改为 on_track / ongoing', { severity: 'warning' }));
    }
    const sortedTasks = [...tasks].sort((a, b) => a.value.id - b.value.id);
    const sortedReports = [...reports].sort((a, b) => a.value.period.localeCompare(b.value.period) || a.value.task - b.value.task);
    const demo = demoOf(p.files);
    const dataset: Dataset = {
      id: p.plan.value.id,
      folder: p.files.folder,
      site: site.value,
      plan: p.plan.value,
      areas: p.areas.value.areas,
      units: units.value.units,
      tasks: sortedTasks.map((t) => t.value),
      reports: sortedReports.map((r) => r.value),
      planText: p.files.planText,
      taskFiles: new Map(sortedTasks.map((t) => [t.value.id, t.source.file])),
      reportFiles: new Map(sortedReports.map((r) => [reportKey(r.value.task, r.value.period), r.source.file])),
      demo,
      // The demo shows invented reports: a real quarter's archive has no place among them.
      archives: demo ? [] : p.files.archives,
    };
    for (const check of options.reportWarnings ?? []) {
      for (const warning of check(dataset)) {
        const source = reportSources.get(reportKey(warning.task, warning.period));
        if (source) problems.push(problemAt(source, warning.path, warning.code, warning.message, warning.fix, { severity: 'warning' }));
      }
    }
    return dataset;
  });
  const siteContent: SiteContent = { site: site.value, units: units.value.units, plans, demo: options.demo ?? false, layout: content.layout };
  return { ok: true, problems: sortProblems(problems), fileCount, content: siteContent };
}
