// Acceptance of npm run import:plan: the received plan text imports to what content/ holds, compared
// with the loaded content/ itself (not with a copy of the expected output).
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset, type Dataset } from '../../src/content/load.ts';
import { importPlanText, type ImportedPlan } from '../../src/import/plan-content.ts';
import { readPlanFile } from '../../src/import/plan-document.ts';
import type { Target, Task } from '../../src/schema/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let content: Dataset;
let imported: ImportedPlan;

beforeAll(async () => {
  const result = loadDataset({ contentDir: join(ROOT, 'content') });
  if (!result.ok) throw new Error('content/ does not load');
  content = result.dataset;
  imported = importPlanText(await readPlanFile(join(ROOT, 'content', content.folder, 'source', 'plan.txt')));
});

const taskFacts = (t: Task) => ({ id: t.id, area: t.area, title: t.title, text: t.text, lead: t.lead, responsible: t.responsible });
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Imported targets paired with content's by value and unit, in order within each task. */
function pairTargets(task: Task, candidates: readonly Target[]) {
  const left = [...candidates];
  return task.targets.map((expected) => {
    const i = left.findIndex((c) => c.value === expected.value && c.unit === expected.unit);
    return { expected, found: i < 0 ? undefined : left.splice(i, 1)[0] };
  });
}

describe('importing content/source/plan.txt', () => {
  test('reproduces the 40 tasks: titles, texts, areas, lead and responsible units in order', () => {
    expect(imported.tasks.map(taskFacts)).toEqual(content.tasks.map(taskFacts));
    expect(imported.tasks).toHaveLength(40);
  });

  test('reproduces the 12 areas and every unit with its id and kind', () => {
    expect(imported.areas).toEqual(content.areas);
    expect(byId(imported.units)).toEqual(byId(content.units));
    expect(imported.units).toHaveLength(31);
  });

  test('reproduces the plan document facts', () => {
    // The id is chosen, not read: the importer proposes year and serial of the document number.
    const { schedule: _schedule, id: _id, ...plan } = content.plan;
    expect(imported.plan).toEqual({ ...plan, id: '2022-37' });
    expect(imported.text).toBe(content.planText);
    expect(imported.missing).toEqual([]);
  });

  test('finds all 44 targets with the same value, unit, comparator, deadline and repeat', () => {
    const pairs = content.tasks.flatMap((task) => pairTargets(task, imported.tasks.find((t) => t.id === task.id)!.targets).map((p) => ({ task: task.id, ...p })));
    const same = (a: Target, b: Target | undefined) =>
      b !== undefined && a.comparator === b.comparator && a.deadline === b.deadline && a.recurring === b.recurring;
    expect(pairs).toHaveLength(44);
    expect(pairs.filter((p) => !same(p.expected, p.found)).map((p) => `${p.task} ${p.expected.id}`)).toEqual([]);
    expect(imported.tasks.flatMap((t) => t.targets)).toHaveLength(44);
  });

  test('puts no candidate on a number content/ lists as no commitment, and lists those numbers', () => {
    for (const task of content.tasks) {
      const candidates = imported.tasks.find((t) => t.id === task.id)!.targets;
      for (const entry of task.non_targets ?? []) {
        const from = task.text.indexOf(entry.quote);
        const overlapping = candidates.filter((c) => {
          const start = task.text.indexOf(c.quote);
          return start < from + entry.quote.length && from < start + c.quote.length;
        });
        expect(overlapping.map((c) => c.quote), `任务 ${task.id}: ${entry.quote}`).toEqual([]);
      }
    }
    const nonTargetTasks = (tasks: Task[]) => tasks.filter((t) => t.non_targets?.length).map((t) => t.id);
    expect(nonTargetTasks(imported.tasks)).toEqual(nonTargetTasks(content.tasks));
  });

  test('asks a person about the two bandwidths that share one sentence, and nothing else', () => {
    const reviews = imported.tasks.flatMap((t) => t.targets.filter((g) => g.review).map((g) => `${t.id} ${g.value}${g.unit}`));
    expect(reviews).toEqual(['38 1G', '38 200M']);
    expect([...imported.passedOver.keys()]).toEqual([]);
  });
});
