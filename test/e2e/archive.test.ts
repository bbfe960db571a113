// Frozen quarters, end to end in a temporary repository: reports published, the quarter frozen with
// `npm run freeze`, one report amended, the site built. The archive stays byte for byte what was frozen, the
// live pages show the amendment, the checksum list verifies with sha256sum, a changed frozen file stops
// the validator and the build, and the frozen page passes the browser checks in both modes.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { listFiles } from '../../src/fs/walk.ts';
import { startStaticServer } from '../../src/server/static-server.ts';
import { axeViolations, launchBrowser, openPage } from './harness.ts';
import { planFolderOf, REAL } from './sites.ts';

const PERIOD = '2023-Q1';
/** archive/{plan id}/{period}: content/'s one plan is ggfw-2022. */
const TAG = `archive/ggfw-2022/${PERIOD}`;
let repo: string;
let content: string;
let out: string;
let freezeRun: { status: number | null; stdout: string; stderr: string };
let publishedCommit: string;
let freezeCommit: string;
/** The archive's bytes as `npm run freeze` wrote them, before anything else happened. */
const frozenBytes = new Map<string, Buffer>();

const node = (args: string[]) => {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

function commit(message: string, date: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00+08:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+08:00` };
  execFileSync('git', ['add', '-A'], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], { cwd: repo, env });
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'archive-'));
  content = join(repo, 'content');
  out = join(repo, 'dist');
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  cpSync('content', content, { recursive: true });
  // The project's own line-ending rules: an archive must survive git's checkout as committed.
  cpSync('.gitattributes', join(repo, '.gitattributes'));
  // The demo's quarter, as real reports: without the demo mark the validator refuses in real content.
  const reports = join(content, planFolderOf(content), 'reports', PERIOD);
  mkdirSync(reports, { recursive: true });
  for (const name of readdirSync(join('examples', 'demo', 'reports', PERIOD))) {
    writeFileSync(join(reports, name), readFileSync(join('examples', 'demo', 'reports', PERIOD, name), 'utf8').replaceAll('【演示】', ''));
  }
  publishedCommit = commit('发布第一季度报告', '2023-04-08');
  freezeRun = node(['scripts/freeze.ts', PERIOD, '--content', content, '--today', '2023-04-20']);
  const archive = join(content, planFolderOf(content), 'archive', PERIOD);
  for (const name of listFiles(archive)) frozenBytes.set(name, readFileSync(join(archive, name)));
  freezeCommit = commit('冻结 2023-Q1', '2023-04-21');
  const report = join(reports, '01.yaml');
  writeFileSync(report, readFileSync(report, 'utf8').replace('status: on_track', 'status: at_risk').replace('value: 80.7', 'value: 78.2'));
  commit('修订任务 1 的状态和数值', '2023-05-02');
  const build = node(['scripts/build.ts', '--content', content, '--out', out]);
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
}, 300_000);

afterAll(() => rmSync(repo, { recursive: true, force: true }));

test('npm run freeze says what it froze, where, and under which tag', () => {
  expect(freezeRun.stderr).toBe('');
  expect(freezeRun.status).toBe(0);
  expect(freezeRun.stdout).toContain(`已冻结 ${PERIOD}: ${join(content, planFolderOf(content), 'archive', PERIOD)}(9 个文件)\n已打标签 ${TAG} → ${publishedCommit.slice(0, 7)}\n`);
  expect([...frozenBytes.keys()]).toEqual(['SHA256SUMS', 'archive.css', 'archive.json', 'bulletin.docx', 'index.html', 'metrics.csv', 'reports.csv', 'reports.json', 'tasks.json']);
});

test('the tag and the record name the commit the archive was made from', () => {
  expect(execFileSync('git', ['rev-parse', `${TAG}^{commit}`], { cwd: repo, encoding: 'utf8' }).trim()).toBe(publishedCommit);
  expect(JSON.parse(frozenBytes.get('archive.json')!.toString('utf8'))).toEqual({
    period: PERIOD,
    frozen_on: '2023-04-20',
    commit: publishedCommit,
    tag: TAG,
    url: `https://tianmen-public-service.github.io/${REAL.planPaths().archive(PERIOD)}`,
    citation: `天门市公共服务质量提升行动进展:2023年第一季度进展(归档)[EB/OL]. (2023-04-20冻结,版本 ${publishedCommit.slice(0, 7)}). https://tianmen-public-service.github.io/${REAL.planPaths().archive(PERIOD)}.`,
    files: ['archive.css', 'archive.json', 'bulletin.docx', 'index.html', 'metrics.csv', 'reports.csv', 'reports.json', 'tasks.json'],
  });
});

test('sha256sum -c verifies the archive as published', () => {
  const checked = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(out, REAL.planPaths().archive(PERIOD)), encoding: 'utf8' });
  expect(checked).toBe(['archive.css', 'archive.json', 'bulletin.docx', 'index.html', 'metrics.csv', 'reports.csv', 'reports.json', 'tasks.json'].map((f) => `${f}: OK\n`).join(''));
});

test('a fresh clone of the repository checks out the archive byte for byte: sha256sum -c passes there too', () => {
  const clone = join(repo, 'clone');
  execFileSync('git', ['clone', '-q', repo, clone]);
  const checked = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(clone, 'content', planFolderOf(content), 'archive', PERIOD), encoding: 'utf8' });
  expect(checked).toBe([...frozenBytes.keys()].filter((f) => f !== 'SHA256SUMS').map((f) => `${f}: OK\n`).join(''));
  for (const [name, bytes] of frozenBytes) expect(readFileSync(join(clone, 'content', planFolderOf(content), 'archive', PERIOD, name)).equals(bytes), name).toBe(true);
});

test('after an amendment, the built archive is byte for byte what was frozen', () => {
  const built = join(out, REAL.planPaths().archive(PERIOD));
  expect(listFiles(built)).toEqual([...frozenBytes.keys()]);
  for (const [name, bytes] of frozenBytes) expect(readFileSync(join(built, name)).equals(bytes), name).toBe(true);
});

const reportOne = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { reports: { task: number; status: string; metrics: { target: string; value: number }[]; revisions: unknown[] }[] }).reports.find((r) => r.task === 1)!;

test('the archive keeps what was published that day; the live quarter shows the amendment', () => {
  const frozen = reportOne(join(out, REAL.planPaths().archive(PERIOD), 'reports.json'));
  expect([frozen.status, frozen.metrics[0]!.value, frozen.revisions]).toEqual(['on_track', 80.7, []]);
  const live = reportOne(join(out, REAL.planPaths().quarterData(PERIOD, 'reports.json')));
  expect([live.status, live.metrics[0]!.value]).toEqual(['at_risk', 78.2]);
  expect(live.revisions).toEqual([
    { date: '2023-05-02', fields: ['status', 'metrics'], changes: [{ field: 'status', from: 'on_track', to: 'at_risk' }, { field: 'metrics.inclusive-coverage', from: 80.7, to: 78.2 }] },
  ]);
  const statusOfTaskOne = (html: string) => new RegExp(`href="/${REAL.planPaths().task(1)}#update-2023-Q1">[^<]*</a><span class="status [^"]*"[^>]*><span aria-hidden="true">[^<]*</span>([^<]+)<`).exec(html)?.[1];
  expect(statusOfTaskOne(readFileSync(join(out, REAL.planPaths().archive(PERIOD), 'index.html'), 'utf8'))).toBe('按计划推进');
  expect(statusOfTaskOne(readFileSync(join(out, REAL.planPaths().quarter(PERIOD), 'index.html'), 'utf8'))).toBe('进度滞后');
  expect(readFileSync(join(out, REAL.planPaths().quarter(PERIOD), 'index.html'), 'utf8')).toContain(`本季度已于 2023年4月20日 冻结:<a href="/${REAL.planPaths().archive(PERIOD)}">查看冻结时的原样</a>`);
});

test('the frozen page stands alone: its own stylesheet and files, no script, its archive address', () => {
  const html = readFileSync(join(out, REAL.planPaths().archive(PERIOD), 'index.html'), 'utf8');
  expect(html).not.toContain('<script');
  const A = `/${REAL.planPaths().archive(PERIOD)}`;
  expect([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1])).toEqual([`${A}archive.css`]);
  expect(html).toContain(`<link rel="canonical" href="https://tianmen-public-service.github.io${A}">`);
  expect(html).toContain(`<a href="${A}bulletin.docx">`);
  // The mode switch stays inside the archive, both ways.
  expect(html).toContain(`href="/elderly${A}" data-elderly-link="${A}">长辈模式</a>`);
  expect(readFileSync(join(out, 'elderly', REAL.planPaths().archive(PERIOD), 'index.html'), 'utf8')).toContain(`href="${A}" data-elderly-link="${A}">退出长辈模式</a>`);
  expect(html).not.toContain(`href="/${REAL.planPaths().bulletin(PERIOD)}"`);
  expect(html).toContain(`引用本页:天门市公共服务质量提升行动进展:2023年第一季度进展(归档)[EB/OL]. (2023-04-20冻结,版本 ${publishedCommit.slice(0, 7)}).`);
});

test('the list of frozen quarters names each with its date, version and tag', () => {
  const html = readFileSync(join(out, REAL.planPaths().archives, 'index.html'), 'utf8');
  expect(html).toContain(`<a href="/${REAL.planPaths().archive(PERIOD)}">2023年第一季度进展(归档)</a><span>冻结于 2023年4月20日,数据版本 <code>${publishedCommit.slice(0, 7)}</code>,标签 <code>${TAG}</code></span>`);
  expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain(`<url><loc>https://tianmen-public-service.github.io/${REAL.planPaths().archive(PERIOD)}</loc></url>`);
});

test('freezing a frozen quarter again is refused', () => {
  const again = node(['scripts/freeze.ts', PERIOD, '--content', content, '--today', '2023-06-01']);
  expect(again.status).toBe(1);
  expect(again.stderr).toBe('2023年第一季度已经冻结,冻结的季度不能再次冻结。\n');
});

// The frozen page carries no script, so what axe sees with JavaScript on (axe itself needs it) is what a
// reader without JavaScript gets.
test('the frozen page and its 长辈模式 twin pass axe and ask nothing of another origin', { timeout: 180_000 }, async () => {
  const { server, url } = await startStaticServer({ root: out, base: '/' });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    for (const path of [REAL.planPaths().archive(PERIOD), `elderly/${REAL.planPaths().archive(PERIOD)}`, REAL.planPaths().archives]) {
      const context = await browser.newContext();
      const { page, log } = await openPage(context, url);
      await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
      expect(await axeViolations(page), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.classList.contains('elderly')), path).toBe(path.startsWith('elderly/'));
      expect(log, path).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] });
      await context.close();
    }
  } finally {
    await browser?.close();
    await closeServer(server);
  }
});

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

test('a frozen file committed again with a checksum to match still stops the validator and the build: history keeps the first', { timeout: 120_000 }, () => {
  const archive = join(content, planFolderOf(content), 'archive', PERIOD);
  const reports = `${frozenBytes.get('reports.json')!.toString('utf8')} `;
  writeFileSync(join(archive, 'reports.json'), reports);
  const sums = frozenBytes.get('SHA256SUMS')!.toString('utf8').replace(/^[0-9a-f]{64}(?=  reports\.json$)/m, createHash('sha256').update(reports).digest('hex'));
  writeFileSync(join(archive, 'SHA256SUMS'), sums);
  commit('改写归档', '2023-06-01');
  try {
    const lines = ['SHA256SUMS', 'reports.json'].map((name) => `${join(archive, name)}:1:1 error 已冻结的文件与冻结时提交的不同(2023-04-21 的提交 ${freezeCommit.slice(0, 7)} 加入了它),归档一经冻结不能修改,请恢复原样:git checkout ${freezeCommit.slice(0, 7)} -- content/${planFolderOf(content)}archive/${PERIOD}/${name}`);
    const validate = node(['scripts/validate.ts', content]);
    expect(validate.status).toBe(1);
    for (const line of lines) expect(validate.stdout).toContain(line);
    const build = node(['scripts/build.ts', '--content', content, '--out', join(repo, 'dist-forged')]);
    expect(build.status).toBe(1);
    for (const line of lines) expect(build.stdout + build.stderr).toContain(line);
  } finally {
    execFileSync('git', ['reset', '-q', '--hard', 'HEAD~1'], { cwd: repo });
  }
});

// Last: it changes the repository's archive (and puts it back).
test('a changed frozen file stops the validator and the build, at its line of the checksum list', { timeout: 120_000 }, () => {
  const file = join(content, planFolderOf(content), 'archive', PERIOD, 'reports.json');
  writeFileSync(file, `${frozenBytes.get('reports.json')!.toString('utf8')} `);
  try {
    const line = frozenBytes.get('SHA256SUMS')!.toString('utf8').split('\n').findIndex((l) => l.endsWith('  reports.json')) + 1;
    const where = `${join(content, planFolderOf(content), 'archive', PERIOD, 'SHA256SUMS')}:${line}:1 error 已冻结的文件 reports.json 被改动了(SHA-256 与冻结时不符)`;
    const validate = node(['scripts/validate.ts', content]);
    expect(validate.status).toBe(1);
    expect(validate.stdout + validate.stderr).toContain(where);
    const build = node(['scripts/build.ts', '--content', content, '--out', join(repo, 'dist-tampered')]);
    expect(build.status).toBe(1);
    expect(build.stdout + build.stderr).toContain(where);
  } finally {
    writeFileSync(file, frozenBytes.get('reports.json')!);
  }
});
