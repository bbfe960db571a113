// The validator's fixture corpus: a minimal valid dataset and, for each invalid case, an overlay
// (`files/` copied over a temp copy of the minimal dataset, `delete.txt` removing files) with the
// exact problems it must produce in `expected.yaml`.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadDataset, type LoadResult } from '../../src/content/load.ts';
import type { Problem } from '../../src/content/problem.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(REPO_ROOT, 'test/fixtures');
export const MINIMAL = join(FIXTURES, 'valid/minimal');
export const INVALID = join(FIXTURES, 'invalid');
/** Fixed "today" so checks against the clock give the same answer on every run. */
export const TODAY = '2026-11-29';

/** One expected problem, as written in a case's expected.yaml. */
export interface ExpectedProblem {
  file: string;
  line: number;
  col: number;
  code: string;
  field: string;
  severity?: 'error' | 'warning';
  /** The whole message, exactly. */
  message?: string;
  /** For long messages: the message starts with this. */
  message_starts?: string;
  /** The whole fix, exactly; required whenever the problem has a fix. */
  fix?: string;
  fix_starts?: string;
  /** Text that must not appear in the message or fix (personal data is never echoed). */
  not_in_message?: string[];
}

export const caseNames = (): string[] =>
  readdirSync(INVALID, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

export function readExpected(caseName: string): ExpectedProblem[] {
  const list: unknown = parse(readFileSync(join(INVALID, caseName, 'expected.yaml'), 'utf8'));
  if (list === null) return [];
  if (!Array.isArray(list)) throw new Error(`${caseName}/expected.yaml: expected a list`);
  return list as ExpectedProblem[];
}

/** A temp copy of the minimal dataset with the case's overlay (if any) applied; the caller removes it. */
export function buildCase(caseName?: string): string {
  const root = mkdtempSync(join(tmpdir(), `validator-${caseName ?? 'minimal'}-`));
  cpSync(MINIMAL, root, { recursive: true });
  if (caseName === undefined) return root;
  const caseDir = join(INVALID, caseName);
  // Deleting first lets an overlay put a folder where the minimal dataset has a file (site.yaml/).
  const deleteList = join(caseDir, 'delete.txt');
  if (existsSync(deleteList)) {
    for (const line of readFileSync(deleteList, 'utf8').split('\n')) {
      const path = line.trim();
      if (path && !path.startsWith('#')) rmSync(join(root, path), { recursive: true });
    }
  }
  // Links are copied as written, so a case's messages name the target the case wrote.
  const files = join(caseDir, 'files');
  if (existsSync(files)) cpSync(files, root, { recursive: true, verbatimSymlinks: true });
  return root;
}

export function loadCopy(root: string): LoadResult {
  return loadDataset({ contentDir: root, displayRoot: root, today: TODAY });
}

/** Runs `run` on a temp copy (minimal dataset plus the case's overlay, if any), then removes the copy. */
export function withCase<T>(caseName: string | undefined, run: (root: string) => T): T {
  const root = buildCase(caseName);
  try {
    return run(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const order = (a: { file: string; line: number; col: number; code: string }, b: typeof a) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code);

/**
 * The actual problems in the shape of the expected ones, so one `toEqual` compares the whole list
 * (no extra, no missing) and a failure shows a readable diff. Where the expectation gives only the
 * start of a message or fix, the actual text is cut to that length when it does start with it.
 */
export function comparable(actual: Problem[], expected: ExpectedProblem[]) {
  const sortedExpected = [...expected].sort(order);
  const want = sortedExpected.map((e) => ({
    file: e.file,
    line: e.line,
    col: e.col,
    code: e.code,
    field: e.field,
    severity: e.severity ?? 'error',
    message: e.message ?? e.message_starts,
    fix: e.fix ?? e.fix_starts,
  }));
  const cut = (text: string | undefined, prefix: string | undefined) =>
    text !== undefined && prefix !== undefined && text.startsWith(prefix) ? prefix : text;
  const got = [...actual].sort(order).map((p, i) => {
    const e = sortedExpected[i];
    const same = e?.code === p.code;
    return {
      file: p.file,
      line: p.line,
      col: p.col,
      code: p.code,
      field: p.field,
      severity: p.severity,
      message: same && e.message === undefined ? cut(p.message, e.message_starts) : p.message,
      fix: same && e.fix === undefined ? cut(p.fix, e.fix_starts) : p.fix,
    };
  });
  return { got, want };
}
