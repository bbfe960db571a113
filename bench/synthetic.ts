// Synthetic content folders for the benchmark: N tasks x Q quarters, laid out exactly like content/ so the
// real validator and the real build run on them unchanged. Task k is a copy of real task ((k-1) % 40) + 1
// with its own id and a marked text (【样本k】 after the first sentence, so every task page and search entry
// is distinct); the folder gets its own source/plan.txt holding those texts, so the fidelity checks
// (text in the plan, title = first sentence, units = the plan's parenthesis) hold as they do for content/.
// Reports come from the demo generator (scripts/demo-reports.ts), every task-quarter present.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadDataset, type Dataset } from '../src/content/load.ts';
import { taskFileName } from '../src/content/paths.ts';
import { problemLine } from '../src/content/report-problems.ts';
import { reportToYaml } from '../src/content/report-yaml.ts';
import { DEMO_MARK_OPENING, periodEnd, periodFromIndex, periodIndex, reportingWindow, type Task } from '../src/schema/index.ts';
import { buildReports } from '../scripts/demo-reports.ts';
import { readPlanDocument } from '../src/content/plan-text.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
const CONTENT_DIR = join(REPO_ROOT, 'content');
export const DEFAULT_SEED = 20221013;

export interface SyntheticSpec {
  tasks: number;
  quarters: number;
  seed?: number;
}

export const specName = (spec: SyntheticSpec) => `${spec.tasks}x${spec.quarters}`;

/** `count` consecutive quarters from the first of the content plan's reporting window. */
export function quartersFrom(count: number): string[] {
  const first = periodIndex(reportingWindow(real().plan).first);
  return Array.from({ length: count }, (_, i) => periodFromIndex(first + i));
}

let realContent: Dataset | undefined;
function real(): Dataset {
  if (realContent) return realContent;
  const loaded = loadDataset({ contentDir: CONTENT_DIR, displayRoot: REPO_ROOT });
  if (!loaded.ok) throw new Error(`content/ 未通过校验:\n${loaded.problems.map(problemLine).join('\n')}`);
  realContent = loaded.dataset;
  return realContent;
}

/** Task k of a synthetic dataset, from real task ((k-1) % n) + 1. */
export function syntheticTask(base: Task, id: number): Task {
  if (id === base.id) return base;
  const rest = base.text.slice(base.title.length + 1);
  return { ...base, id, text: `${base.title}。【样本${id}】${rest}` };
}

/**
 * The plan text around the synthetic task lines: the real document's opening and closing, each area
 * heading followed by the synthetic tasks whose real task stands under it, with that task's parenthesis.
 */
export function syntheticPlanText(planText: string, title: string, baseTasks: Task[], tasks: Task[]): string {
  const lines = planText.split(/\r?\n/);
  const document = readPlanDocument(planText, title);
  const firstLine = document.areas[0]!.line - 1;
  const lastLine = document.tasks.at(-1)!.line - 1;
  const original = new Map(document.tasks.map((t) => [t.id, lines[t.line - 1]!]));
  const areaOf = new Map(document.tasks.map((t) => [t.id, t.area]));
  const byId = new Map(baseTasks.map((t) => [t.id, t]));
  const body = document.areas.flatMap((area) => [
    lines[area.line - 1]!,
    ...tasks.flatMap((task) => {
      const base = byId.get(((task.id - 1) % baseTasks.length) + 1)!;
      if (areaOf.get(base.id) !== area.number) return [];
      const line = original.get(base.id)!;
      return [`${task.id}.${task.text}${line.slice(line.lastIndexOf('(牵头单位:'))}`];
    }),
  ]);
  return [...lines.slice(0, firstLine), ...body, ...lines.slice(lastLine + 1)].join('\n');
}

/** Writes the synthetic content folder; returns how many report files it holds. */
export function writeSyntheticContent(dir: string, spec: SyntheticSpec): { taskFiles: number; reportFiles: number } {
  const dataset = real();
  const seed = spec.seed ?? DEFAULT_SEED;
  const tasks = Array.from({ length: spec.tasks }, (_, i) => syntheticTask(dataset.tasks[i % dataset.tasks.length]!, i + 1));
  const quarters = quartersFrom(spec.quarters);
  // The demo's reports come in 5-20 days after the quarter ends.
  const latest = new Date(Date.parse(periodEnd(quarters.at(-1)!)) + 21 * 86_400_000).toISOString().slice(0, 10);
  const { reports } = buildReports(tasks, dataset.units, { quarters, seed, latestReportDate: latest, missing: { lastQuarter: 0, earlier: 0 } });

  mkdirSync(join(dir, 'tasks'), { recursive: true });
  mkdirSync(join(dir, 'source'), { recursive: true });
  // Written in the one-plan shape (what --content users pass); the real plan's files are in its own folder.
  const planDir = join(CONTENT_DIR, dataset.folder);
  for (const name of ['site.yaml', 'units.yaml']) copyFileSync(join(CONTENT_DIR, name), join(dir, name));
  for (const name of ['plan.yaml', 'areas.yaml']) copyFileSync(join(planDir, name), join(dir, name));
  writeFileSync(join(dir, 'source', 'plan.txt'), syntheticPlanText(readFileSync(join(planDir, 'source', 'plan.txt'), 'utf8'), dataset.plan.title, dataset.tasks, tasks));
  for (const task of tasks) writeFileSync(join(dir, 'tasks', taskFileName(task.id)), stringify(task, { lineWidth: 0 }));
  const folders = new Set<string>();
  for (const report of reports) {
    const folder = join(dir, 'reports', report.period);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    // The synthetic folder stands where content/ does, where the validator rejects the demo site's mark
    // (report.demo-mark): the generated texts carry the benchmark's own 【样本…】 mark instead.
    writeFileSync(join(folder, taskFileName(report.task)), reportToYaml(report).replaceAll(DEMO_MARK_OPENING, '【样本'));
  }
  return { taskFiles: tasks.length, reportFiles: reports.length };
}
