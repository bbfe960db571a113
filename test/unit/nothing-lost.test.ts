// Nothing lost: every content file ends up in the published data, or the loader names it in a problem.
// (The build fails exactly when the loader reports an error, so a named file never half-publishes.)
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/content/load.ts';
import { listFiles } from '../../src/fs/walk.ts';
import { deriveAll } from '../../src/derive/index.ts';
import { reportsJson, tasksJson } from '../../src/export/datasets.ts';
import { GENERIC_CONTENTS } from '../generic-contents.ts';
import { caseNames, INVALID, loadCopy, REPO_ROOT, TODAY, withCase } from './fixture-corpus.ts';

const files = (dir: string) => listFiles(dir).map((path) => join(dir, path));
const rel = (root: string, path: string) => relative(root, path).split(sep).join('/');

describe.each([
  ...GENERIC_CONTENTS.map((c) => ({ name: c.name, content: c.contentDir, reportsDir: undefined })),
  { name: 'real content with the demo reports', content: 'content', reportsDir: join(REPO_ROOT, 'examples/demo/reports') },
])('$name', ({ content, reportsDir }) => {
  test('every YAML file is in tasks.json / reports.json', () => {
    const contentDir = join(REPO_ROOT, content);
    const result = loadDataset({ contentDir, reportsDir, demo: Boolean(reportsDir), today: TODAY });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    if (!result.ok) return;
    const derived = deriveAll(result.dataset);
    // Through JSON, as published.
    const tasks = JSON.parse(JSON.stringify(tasksJson(result.dataset, derived, 'x')));
    const reports = JSON.parse(JSON.stringify(reportsJson(result.dataset, derived, 'x')));
    const yamlFiles = [...files(contentDir), ...(reportsDir ? files(reportsDir) : [])].filter((f) => f.endsWith('.yaml'));
    // The four settings files, one per task, one per report: no file the loader did not account for.
    expect(yamlFiles.length).toBe(4 + result.dataset.tasks.length + result.dataset.reports.length);
    const unaccounted: string[] = [];
    for (const file of yamlFiles) {
      const data = parse(readFileSync(file, 'utf8'));
      // A plan's own files are named as in the one-plan shape (content/plans/<id>/tasks/… → tasks/…).
      const name = rel(contentDir, file).replace(/^plans\/[^/]+\//, '');
      // Each area carries its plan in the export (the site's file holds several plans' areas).
      if (name === 'areas.yaml') expect(tasks.areas).toEqual(data.areas.map((area: object) => ({ plan: result.dataset.id, ...area })));
      else if (name === 'units.yaml') expect(tasks.units).toEqual(data.units);
      else if (name === 'plan.yaml') expect(tasks.meta.source_document).toBe(`${data.title}(${data.number})`);
      else if (name === 'site.yaml') expect(tasks.meta.licence).toBe(data.licence);
      else if (name.startsWith('tasks/')) {
        const published = tasks.tasks.find((t: { id: number }) => t.id === data.id);
        if (!published || published.text !== data.text.trim()) unaccounted.push(name);
      } else {
        const match = /(\d{4}-Q[1-4])\/(\d+)\.yaml$/.exec(file);
        const published = reports.reports.find((r: { task: number; period: string }) => r.task === data.task && r.period === data.period);
        if (!match || !published || published.period !== match[1] || published.task !== Number(match[2]) || published.summary !== data.summary) unaccounted.push(name);
      }
    }
    expect(unaccounted).toEqual([]);
    expect(tasks.tasks.length + reports.reports.length + 4).toBe(yamlFiles.length);
  });
});

describe('the invalid corpus', () => {
  // Every file a case adds or changes is in the dataset (accepted cases) or named in a problem.
  test.each(caseNames())('%s: no file of the case is silently dropped', (caseName) => {
    let overlay: string[] = [];
    try {
      overlay = files(join(INVALID, caseName, 'files')).map((f) => rel(join(INVALID, caseName, 'files'), f));
    } catch {
      overlay = [];
    }
    withCase(caseName, (root) => {
      const result = loadCopy(root);
      const named = new Set(result.problems.map((p) => p.file));
      const loaded = result.ok ? new Set([...result.dataset.taskFiles.values(), ...result.dataset.reportFiles.values()]) : new Set<string>();
      const base = new Set(['site.yaml', 'plan.yaml', 'areas.yaml', 'units.yaml', 'source/plan.txt']);
      const dropped = overlay.filter((file) => {
        if (named.has(file) || loaded.has(file)) return false;
        // A problem about a folder or a top-level entry covers the files inside it.
        if ([...named].some((n) => file.startsWith(`${n}/`))) return false;
        // The base files are in every export when the case loads; when it does not, a problem names why.
        return !(base.has(file) && (result.ok || result.problems.length > 0));
      });
      expect(dropped).toEqual([]);
    });
  });
});
