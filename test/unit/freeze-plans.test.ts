// Freezing on a site of several plans: tags carry the plan (quarters repeat from plan to plan), --closed
// freezes every plan's closed quarters all or none, and quarters named by hand need --plan. The CLI's
// refusals come before the build, so they are run here; the freeze end to end is test/e2e/archive.test.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FreezeError, freezePlans, type FreezeInput } from '../../src/archive/freeze.ts';
import { archiveTag } from '../../src/archive/record.ts';
import { planPath, siteUrls } from '../../src/site/url-scheme.ts';
import { writeTwoPlansContent } from '../scenarios/two-plans.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'freeze-plans-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A built site with only what freezing reads: a quarter page with one stylesheet, for each plan and quarter given. */
function fakeSite(pages: [plan: string, period: string][]): string {
  const siteDir = mkdtempSync(join(tmp, 'site-'));
  mkdirSync(join(siteDir, '_astro'));
  writeFileSync(join(siteDir, '_astro', 'Base.css'), 'body{}');
  for (const [plan, period] of pages) {
    const dir = join(siteDir, planPath(plan).quarter(period));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="zh-CN"><head><title>季度</title><link rel="canonical" href="https://e.cn/${planPath(plan).quarter(period)}"><link rel="stylesheet" href="/_astro/Base.css"></head><body><main id="main"><h1>季度进展</h1></main></body></html>`);
  }
  return siteDir;
}

const input = (siteDir: string, plan: string): FreezeInput => ({
  siteDir,
  archiveDir: join(siteDir, '..', `archive-${plan}-${siteDir.slice(-6)}`),
  plan,
  frozenOn: '2025-01-20',
  commit: 'a'.repeat(40),
  urls: siteUrls('/'),
  root: 'https://e.cn/',
  siteTitle: '进展',
});

describe('freezePlans', () => {
  test('every plan\'s quarters, each tagged archive/{plan}/{period} in its own plan\'s archive folder', () => {
    const siteDir = fakeSite([['ggfw-2022', '2024-Q4'], ['qingshan-2024', '2024-Q4']]);
    const a = input(siteDir, 'ggfw-2022');
    const b = input(siteDir, 'qingshan-2024');
    const records = freezePlans([{ input: a, periods: ['2024-Q4'] }, { input: b, periods: ['2024-Q4'] }]);
    expect(records.map((r) => r.tag)).toEqual(['archive/ggfw-2022/2024-Q4', 'archive/qingshan-2024/2024-Q4']);
    expect(archiveTag('qingshan-2024', '2024-Q4')).toBe('archive/qingshan-2024/2024-Q4');
    for (const dir of [a.archiveDir, b.archiveDir]) expect(JSON.parse(readFileSync(join(dir, '2024-Q4', 'archive.json'), 'utf8')).url).toMatch(/^https:\/\/e\.cn\/[a-z0-9-]+\/archive\/2024-Q4\/$/);
  });

  test('all or none: one plan\'s quarter that cannot be frozen leaves the other plan\'s unfrozen too', () => {
    const siteDir = fakeSite([['ggfw-2022', '2024-Q4']]);
    const a = input(siteDir, 'ggfw-2022');
    const b = input(siteDir, 'qingshan-2024');
    expect(() => freezePlans([{ input: a, periods: ['2024-Q4'] }, { input: b, periods: ['2024-Q4'] }])).toThrow(FreezeError);
    expect(existsSync(join(a.archiveDir, '2024-Q4'))).toBe(false);
    expect(existsSync(join(a.archiveDir, '2024-Q4.freezing'))).toBe(false);
  });
});

describe('npm run freeze on a site of two plans (refusals before the build)', () => {
  const repo = join(tmp, 'repo');
  const content = writeTwoPlansContent(join(repo, 'content'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  execFileSync('git', ['add', '-A'], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', '两个方案'], { cwd: repo });
  const freeze = (...args: string[]) => spawnSync(process.execPath, ['scripts/freeze.ts', '--content', content, ...args], { cwd: ROOT, encoding: 'utf8' });

  test('quarters named by hand: --plan is required, and checked', () => {
    const none = freeze('2024-Q4', '--today', '2025-01-20');
    expect(none.status).toBe(2);
    expect(none.stderr.trim()).toBe('没有冻结:内容文件夹中有 2 个方案(ggfw-2022、qingshan-2024),不知道是哪一个。请用 --plan 指定,例如 npm run freeze -- 2024-Q4 --plan ggfw-2022(可选: ggfw-2022, qingshan-2024)');
    const unknown = freeze('2024-Q4', '--plan', 'ggfw', '--today', '2025-01-20');
    expect(unknown.stderr.trim()).toBe('没有冻结:没有方案 ggfw。请检查 --plan,可选: ggfw-2022, qingshan-2024');
    // Qingshan's window opens 2024-Q1: its rule, not Tianmen's, judges the quarter.
    const outside = freeze('2023-Q4', '--plan', 'qingshan-2024', '--today', '2025-01-20');
    expect(outside.status).toBe(1);
    expect(outside.stderr.trim()).toBe('方案 qingshan-2024:2023-Q4 不在本方案的报送期内。');
  });

  test('--closed covers every plan: an existing tag of either plan stops it before anything is built', () => {
    execFileSync('git', ['tag', 'archive/qingshan-2024/2024-Q1'], { cwd: repo });
    try {
      const run = freeze('--closed', '--today', '2025-01-20');
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe("标签 archive/qingshan-2024/2024-Q1 已经存在:这个季度冻结过。请检查 git tag --list 'archive/*'。");
      expect(run.stdout).not.toContain('生成网站');
    } finally {
      execFileSync('git', ['tag', '-d', 'archive/qingshan-2024/2024-Q1'], { cwd: repo });
    }
  });
});
