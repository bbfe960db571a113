// Reading on several threads gives exactly what reading on one gives: the same dataset and the same
// problems, positions included (problems from checks across files are located in a source parsed again
// on the main thread). A thread that fails makes the load fail; it never drops files silently.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataset, loadDatasetInParallel, type LoadOptions } from '../../src/content/load.ts';
import { readFiles, readFilesInline } from '../../src/content/read-files.ts';
import { GENERIC_CONTENTS } from '../generic-contents.ts';
import type { FileJob } from '../../src/content/read-file.ts';
import { buildCase, comparable, readExpected, REPO_ROOT, TODAY } from './fixture-corpus.ts';

// Two worker threads claiming one file at a time: every file crosses between threads, and both take part.
const PARALLEL = { threads: 2, batchSize: 1, workersOnly: true } as const;

describe('the parallel loader matches the single-thread loader', () => {
  const folders: [string, LoadOptions][] = [
    ...GENERIC_CONTENTS.map((c): [string, LoadOptions] => [c.name, { contentDir: join(REPO_ROOT, c.contentDir), displayRoot: REPO_ROOT, today: TODAY }]),
    ['content/ with the demo reports', { contentDir: join(REPO_ROOT, 'content'), reportsDir: join(REPO_ROOT, 'examples/demo/reports'), demo: true, displayRoot: REPO_ROOT, today: TODAY }],
  ];
  test.each(folders)('%s', async (_name, options) => {
    const one = loadDataset(options);
    const many = await loadDatasetInParallel({ ...options, ...PARALLEL });
    expect(many).toEqual(one);
    expect(many.ok).toBe(true);
    if (!many.ok) throw new Error('not ok');
    expect(many.fileCount).toBe(4 + many.dataset.tasks.length + many.dataset.reports.length);
  });

  // Cases whose problems come from the file itself (YAML, schema, size, BOM, CRLF) and from checks
  // across files, which locate their problems after the file crossed between threads.
  const cases = [
    'many-problems-schema-and-cross-file',
    'many-cross-check-problems-one-report',
    'report-in-wrong-folder',
    'report-two-for-one-task-and-quarter',
    'reported-by-not-a-lead-unit',
    'bom-positions',
    'crlf-positions',
    'file-too-large',
    'report-is-a-list',
    'missing-units-yaml',
    'note-bare-yes-must-be-quoted',
  ];
  test.each(cases)('invalid case %s: the same problems, each where expected', async (caseName) => {
    const root = buildCase(caseName);
    try {
      const options = { contentDir: root, displayRoot: root, today: TODAY };
      const many = await loadDatasetInParallel({ ...options, ...PARALLEL });
      expect(many).toEqual(loadDataset(options));
      const { got, want } = comparable(many.problems, readExpected(caseName));
      expect(got).toEqual(want);
      expect(many.ok).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('reading files', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'parallel-read-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const jobs: FileJob[] = Array.from({ length: 7 }, (_, i) => {
    const path = join(scratch, `${i}.yaml`);
    writeFileSync(path, i === 3 ? 'id: [unclosed\n' : `id: ${i + 1}\n`);
    return { path, file: `${i}.yaml`, kind: 'task' };
  });

  test('keeps every file in its place in the list, whichever thread read it', async () => {
    const reads = await readFiles(jobs, PARALLEL);
    expect(reads).toEqual(readFilesInline(jobs));
    expect(reads.map((r) => r.file)).toEqual(jobs.map((j) => j.file));
    expect(reads[3]!.problems.map((p) => p.code)).toEqual(['yaml.bad-indent']);
  });

  test('a thread that fails makes the read fail, with the reason', async () => {
    const failing = join(scratch, 'failing-worker.mjs');
    writeFileSync(failing, "throw new Error('读取线程测试故障');\n");
    await expect(readFiles(jobs, { ...PARALLEL, workerScript: failing })).rejects.toThrow('读取线程测试故障');
  });

  test('a thread that exits without answering makes the read fail', async () => {
    const silent = join(scratch, 'silent-worker.mjs');
    writeFileSync(silent, 'process.exit(3);\n');
    await expect(readFiles(jobs, { ...PARALLEL, workerScript: silent })).rejects.toThrow('读取线程意外退出(代码 3)');
  });

  test('without the worker script (inside a bundle) the files are read on this thread', async () => {
    const reads = await readFiles(jobs, { threads: 2, batchSize: 1, workerScript: join(scratch, 'no-such-worker.ts') });
    expect(reads).toEqual(readFilesInline(jobs));
  });

  test('with workers only (as these tests read), a missing worker script is an error, never a quiet single thread', async () => {
    await expect(readFiles(jobs, { ...PARALLEL, workerScript: join(scratch, 'no-such-worker.ts') })).rejects.toThrow('no-such-worker.ts 不存在');
  });
});
