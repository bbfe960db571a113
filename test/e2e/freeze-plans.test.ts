// `npm run freeze -- --closed` on a site of two plans, end to end in a temporary repository (one build):
// every plan's closed quarters are frozen into its own archive folder, tagged archive/{plan id}/{period},
// and the site validates with them committed. The refusals before the build are in test/unit/freeze-plans.test.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { writeTwoPlansContent } from '../scenarios/two-plans.ts';

let repo: string;
let content: string;
let run: { status: number | null; stdout: string; stderr: string };
let commit: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const commitAll = (message: string) => {
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'freeze-plans-'));
  content = writeTwoPlansContent(join(repo, 'content'));
  cpSync('.gitattributes', join(repo, '.gitattributes'));
  // Tianmen's 2023-Q1 as real reports (the demo's, unmarked); Qingshan brings 2024-Q1 and 2024-Q2.
  const reports = join(content, 'plans', 'ggfw-2022', 'reports', '2023-Q1');
  mkdirSync(reports, { recursive: true });
  for (const name of readdirSync(join('examples', 'demo', 'reports', '2023-Q1'))) {
    writeFileSync(join(reports, name), readFileSync(join('examples', 'demo', 'reports', '2023-Q1', name), 'utf8').replaceAll('【演示】', ''));
  }
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  commit = commitAll('两个方案的报告');
  const result = spawnSync(process.execPath, ['scripts/freeze.ts', '--closed', '--content', content, '--today', '2025-01-20'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
}, 300_000);

afterAll(() => rmSync(repo, { recursive: true, force: true }));

test('every plan\'s closed quarters are frozen in its own folder, each tagged with its plan', () => {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const frozen = [
    ['ggfw-2022', '2023-Q1'],
    ['qingshan-2024', '2024-Q1'],
    ['qingshan-2024', '2024-Q2'],
  ];
  for (const [plan, period] of frozen) {
    expect(run.stdout).toContain(`已冻结 ${plan} ${period}: ${join(content, 'plans', plan!, 'archive', period!)}(`);
    expect(run.stdout).toContain(`已打标签 archive/${plan}/${period} → ${commit.slice(0, 7)}`);
    const record = JSON.parse(readFileSync(join(content, 'plans', plan!, 'archive', period!, 'archive.json'), 'utf8'));
    expect([record.tag, record.commit, record.url]).toEqual([`archive/${plan}/${period}`, commit, `https://tianmen-public-service.github.io/${plan}/archive/${period}/`]);
  }
  expect(git('tag', '--list', 'archive/*').split('\n').sort()).toEqual(frozen.map(([plan, period]) => `archive/${plan}/${period}`));
  expect(run.stdout).toContain('git commit -m "冻结 ggfw-2022 2023-Q1、qingshan-2024 2024-Q1、qingshan-2024 2024-Q2"');
});

test('committed, the archives verify and each plan lists its own; nothing is left to freeze', () => {
  commitAll('冻结');
  const loaded = loadContent({ contentDir: content });
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(loaded.ok && loaded.content.plans.map((p) => [p.id, p.archives.map((a) => a.period)])).toEqual([
    ['ggfw-2022', ['2023-Q1']],
    ['qingshan-2024', ['2024-Q1', '2024-Q2']],
  ]);
  const again = spawnSync(process.execPath, ['scripts/freeze.ts', '--closed', '--content', content, '--today', '2025-01-20'], { encoding: 'utf8' });
  expect(again.status).toBe(0);
  expect(again.stdout).toBe('截至 2025-01-20 没有需要冻结的季度。\n');
});
