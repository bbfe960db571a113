// The one loader: reads a content folder, parses and validates every file, resolves every
// cross-reference, and returns either the whole typed dataset or every problem found.
// The validator CLI, the Astro build and the tests all call this; nothing else reads content/.
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import {
  AreasFileSchema,
  PlanSchema,
  ReportSchema,
  SiteSettingsSchema,
  TaskSchema,
  UnitsFileSchema,
  PERIOD_PATTERN,
  type Area,
  type Plan,
  type Report,
  type SiteSettings,
  type Task,
  type Unit,
  todayInChina,
} from '../schema/index.ts';
import { parseYamlSource, problemAt, yaml11Booleans, type Located, type YamlSource } from './yaml-source.ts';
import { completedWithUnmetTargets } from '../derive/warnings.ts';
import { reportKey, taskFileName } from './paths.ts';
import { zodProblems } from './zod-problems.ts';
import { crossCheck } from './cross-checks.ts';
import { sortProblems, type Problem } from './problem.ts';

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
}


const TASK_FILE = /^(\d{2,})\.yaml$/;

/** A folder's entries sorted by name (code unit order, as `readdirSync().sort()`). */
const entries = (dir: string): Dirent[] => readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
// A symbolic link reports its own type; stat follows it, as reading the file does.
const isFile = (entry: Dirent, path: string) => (entry.isSymbolicLink() ? statSync(path).isFile() : entry.isFile());
const isDirectory = (entry: Dirent, path: string) => (entry.isSymbolicLink() ? statSync(path).isDirectory() : entry.isDirectory());
const IGNORED_FILES = new Set(['README.md', '.gitkeep']);
/** What a content folder holds; anything else there is reported. */
const CONTENT_ENTRIES = new Set(['site.yaml', 'plan.yaml', 'areas.yaml', 'units.yaml', 'tasks', 'reports', 'source']);

/** The fields of a report that pass their own schema, or undefined when the data is not a map at all. */
function validFields(data: unknown): Partial<Report> | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const raw = data as Record<string, unknown>;
  const value: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(ReportSchema.shape)) {
    const result = (schema as z.ZodType).safeParse(raw[field]);
    if (result.success && result.data !== undefined) value[field] = result.data;
  }
  return value as Partial<Report>;
}

export function loadDataset(options: LoadOptions): LoadResult {
  const displayRoot = options.displayRoot ?? process.cwd();
  const show = (path: string) => {
    const rel = relative(displayRoot, path);
    return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
  };
  const problems: Problem[] = [];
  let fileCount = 0;

  // `onInvalid` receives a file that parsed as YAML but failed the schema, with its raw data.
  function readYaml<S extends z.ZodType>(path: string, schema: S, onInvalid?: (source: YamlSource) => void): Located<z.output<S>> | undefined {
    fileCount++;
    const { source, problems: parseProblems } = parseYamlSource(show(path), readFileSync(path, 'utf8'));
    problems.push(...parseProblems);
    if (parseProblems.length > 0) return undefined;
    const result = schema.safeParse(source.data, { reportInput: true });
    // Bare `on`/`no` in a field the schema accepted as text; a field with a schema problem already has one.
    const ambiguous = yaml11Booleans(source);
    if (!result.success) {
      const schemaProblems = zodProblems(source, result.error);
      const reported = new Set(schemaProblems.map((p) => p.field));
      problems.push(...schemaProblems, ...ambiguous.filter((p) => !reported.has(p.field)));
      onInvalid?.(source);
      return undefined;
    }
    problems.push(...ambiguous);
    return { value: result.data, source };
  }

  function requireFile(path: string, what: string): boolean {
    if (existsSync(path)) return true;
    problems.push({ file: show(path), line: 1, col: 1, severity: 'error', code: 'file.missing', field: '', message: `缺少${what}文件`, fix: `请恢复 ${show(path)}` });
    return false;
  }

  function strayFile(path: string, fix: string) {
    problems.push({ file: show(path), line: 1, col: 1, severity: 'error', code: 'file.unexpected', field: '', message: '文件名或位置不符合规范,该文件不会被读取', fix });
  }

  const dir = options.contentDir;
  // Nothing lost: a file the loader would not read (content/report/… for reports/, a stray .yaml) is an
  // error, never silently left out of the site.
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (!CONTENT_ENTRIES.has(name) && !IGNORED_FILES.has(name)) {
        strayFile(join(dir, name), `content/ 中只能有 ${[...CONTENT_ENTRIES].join('、')};季度报告放在 content/reports/YYYY-Qn/ 中`);
      }
    }
  }
  const sitePath = join(dir, 'site.yaml');
  const site = requireFile(sitePath, '网站设置') ? readYaml(sitePath, SiteSettingsSchema) : undefined;
  const planPath = join(dir, 'plan.yaml');
  const plan = requireFile(planPath, '方案') ? readYaml(planPath, PlanSchema) : undefined;
  const areasPath = join(dir, 'areas.yaml');
  const areas = requireFile(areasPath, '领域') ? readYaml(areasPath, AreasFileSchema) : undefined;
  const unitsPath = join(dir, 'units.yaml');
  const units = requireFile(unitsPath, '单位') ? readYaml(unitsPath, UnitsFileSchema) : undefined;
  const planTextPath = join(dir, 'source', 'plan.txt');
  const planText = requireFile(planTextPath, '方案原文') ? readFileSync(planTextPath, 'utf8') : '';

  const tasks: Located<Task>[] = [];
  const taskFileNames = new Map<Located<Task>, string>();
  const tasksDir = join(dir, 'tasks');
  if (requireFile(tasksDir, '任务目录')) {
    // Directory entries carry their type: no stat call per file (24,000 of them at province scale).
    for (const entry of entries(tasksDir)) {
      const { name } = entry;
      const path = join(tasksDir, name);
      if (IGNORED_FILES.has(name)) continue;
      if (!TASK_FILE.test(name) || !isFile(entry, path)) {
        strayFile(path, '任务文件名为两位序号加 .yaml,例如 content/tasks/05.yaml');
        continue;
      }
      const task = readYaml(path, TaskSchema);
      if (task) {
        tasks.push(task);
        taskFileNames.set(task, name);
      }
    }
  }

  const reports: Located<Report>[] = [];
  const reportLocations = new Map<Located<Report>, { folder: string; name: string }>();
  // Reports that failed the schema still get the checks their valid fields allow (folder, file name,
  // duplicates, dates, task and unit), so one run shows every problem of a file, not half of them.
  const partialReports: (Located<Partial<Report>> & { folder: string; name: string })[] = [];
  const reportsDir = options.reportsDir ?? join(dir, 'reports');
  if (existsSync(reportsDir)) {
    for (const folderEntry of entries(reportsDir)) {
      const folder = folderEntry.name;
      const folderPath = join(reportsDir, folder);
      if (IGNORED_FILES.has(folder)) continue;
      if (!PERIOD_PATTERN.test(folder) || !isDirectory(folderEntry, folderPath)) {
        strayFile(folderPath, '季度报告放在以季度命名的文件夹中,例如 content/reports/2023-Q1/05.yaml');
        continue;
      }
      for (const entry of entries(folderPath)) {
        const { name } = entry;
        const path = join(folderPath, name);
        if (IGNORED_FILES.has(name)) continue;
        if (!TASK_FILE.test(name) || !isFile(entry, path)) {
          strayFile(path, `季度报告文件名为任务序号(两位)加 .yaml,例如 ${show(join(folderPath, '05.yaml'))}`);
          continue;
        }
        const report = readYaml(path, ReportSchema, (source) => {
          const value = validFields(source.data);
          if (value) partialReports.push({ value, source, folder, name });
        });
        if (report) {
          reports.push(report);
          reportLocations.set(report, { folder, name });
        }
      }
    }
  }

  if (!site || !plan || !areas || !units) return { ok: false, problems: sortProblems(problems), fileCount };

  problems.push(
    ...crossCheck({
      plan,
      planText,
      areas: areas.value.areas.map((value, i) => ({ value, source: areas.source, path: ['areas', i] })),
      units: units.value.units.map((value, i) => ({ value, source: units.source, path: ['units', i] })),
      tasks: tasks.map((task) => ({ ...task, fileName: taskFileNames.get(task)! })),
      reports: reports.map((report) => ({ ...report, ...reportLocations.get(report)! })),
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
  const sorted = sortProblems(problems);

  const sortedTasks = [...tasks].sort((a, b) => a.value.id - b.value.id);
  const sortedReports = [...reports].sort((a, b) => a.value.period.localeCompare(b.value.period) || a.value.task - b.value.task);
  return {
    ok: true,
    problems: sorted,
    fileCount,
    dataset: {
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
    },
  };
}
