// The public record from a real repository: a report published, amended, then only reformatted.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { fileHistories } from '../../src/site/git-history.ts';
import { reportRecord } from '../../src/site/report-record.ts';

const REPORT = 'content/reports/2023-Q1/01.yaml';
let repo: string;
const shas: string[] = [];

function commit(message: string, date: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00+08:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+08:00` };
  execFileSync('git', ['add', '-A'], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], { cwd: repo, env });
  shas.push(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim());
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'record-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  cpSync('content', join(repo, 'content'), { recursive: true });
  commit('内容', '2023-01-05');
  const report = join(repo, REPORT);
  mkdirSync(join(repo, 'content/reports/2023-Q1'), { recursive: true });
  const published = readFileSync('examples/demo/reports/2023-Q1/01.yaml', 'utf8');
  writeFileSync(report, published);
  commit('发布', '2023-04-10');
  writeFileSync(report, published.replace('status: on_track', 'status: at_risk').replace('value: 80.7', 'value: 78.2'));
  commit('修订状态和数值', '2023-05-02');
  writeFileSync(report, `${readFileSync(report, 'utf8').replace('task: 1', 'task:   1').replace('period:', '# 注释\nperiod:')}\n\n`);
  commit('只改格式', '2023-06-20');
  // As a build of that repository's content would: its history is the content's record.
  vi.stubEnv('PLAN_TRACKER_CONTENT_DIR', join(repo, 'content'));
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(repo, { recursive: true, force: true });
});

test('the file history: first added at publication, then every commit that changed it', () => {
  expect(fileHistories(repo, ['content']).get(REPORT)).toEqual({
    added: '2023-04-10',
    commits: [
      { sha: shas[1], date: '2023-04-10' },
      { sha: shas[2], date: '2023-05-02' },
      { sha: shas[3], date: '2023-06-20' },
    ],
  });
});

test('published on the first commit, one amendment with old → new, none for the whitespace-only edit', () => {
  expect(reportRecord(join(repo, REPORT), repo)).toEqual({
    published_on: '2023-04-10',
    revisions: [
      {
        date: '2023-05-02',
        fields: ['status', 'metrics'],
        changes: [
          { field: 'status', from: 'on_track', to: 'at_risk' },
          { field: 'metrics.inclusive-coverage', from: 80.7, to: 78.2 },
        ],
      },
    ],
  });
});

test('a file outside any repository has no record, never an invented date', () => {
  const bare = mkdtempSync(join(tmpdir(), 'no-git-'));
  try {
    expect(reportRecord(join(bare, 'content/reports/2023-Q1/01.yaml'), bare)).toEqual({ published_on: null, revisions: [] });
  } finally {
    rmSync(bare, { recursive: true, force: true });
  }
});
