// A build that cannot finish says why in Chinese, with no stack trace, and leaves no half-built site for
// `npm run serve` or CI's preview artifact; a build never empties a folder that is not an earlier build.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { finishBuild } from '../../src/build/finish-build.ts';
import { buildKind } from '../../src/site/build-kind.ts';
import { siteUrls } from '../../src/site/url-scheme.ts';
import { planFolderOf } from './sites.ts';

const root = mkdtempSync(join(tmpdir(), 'build-failures-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const build = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['scripts/build.ts', ...args], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
};

test('invalid content: the validator\'s line, no stack trace, and no output folder left', { timeout: 120_000 }, () => {
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  const task = join(content, planFolderOf(content), 'tasks', '01.yaml');
  writeFileSync(task, readFileSync(task, 'utf8').replace(/^area: .*$/m, 'area: nowhere'));
  const out = join(root, 'out-invalid');
  const { status, output } = build('--content', content, '--out', out);
  expect(status).toBe(1);
  expect(output).toContain('内容校验未通过,网站没有生成。');
  expect(output).toMatch(/tasks\/01\.yaml:\d+:\d+ error area: 领域 "nowhere" 不存在/);
  expect(output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
  expect(existsSync(out)).toBe(false);
});

test('--out refuses a folder that holds anything but an earlier build, and leaves it as it was', { timeout: 60_000 }, () => {
  const out = join(root, 'not-a-build');
  mkdirSync(out);
  writeFileSync(join(out, 'notes.txt'), '重要文件');
  const { status, output } = build('--out', out);
  expect(status).toBe(1);
  expect(output).toContain(`输出目录 ${out}/ 中有不是生成网站留下的文件(如 notes.txt),生成时会被清空,所以没有生成。`);
  expect(output).not.toContain('Stack trace');
  expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('重要文件');
});

test('--out refuses the project folder itself', { timeout: 60_000 }, () => {
  const { status, output } = build('--out', '.');
  expect(status).toBe(1);
  expect(output).toContain('是项目目录本身或它的上级目录,生成时会被清空。');
  expect(existsSync('package.json')).toBe(true);
});

test('a published address gone without a redirect stops the build before anything is added to the folder', async () => {
  const out = join(root, 'ledger-out');
  mkdirSync(join(out, 'tasks', '1'), { recursive: true });
  writeFileSync(join(out, 'tasks', '1', 'index.html'), '<!DOCTYPE html>');
  const published = join(root, 'published.txt');
  writeFileSync(published, '/tasks/1/\n/tasks/2/\n');
  const result = await finishBuild({
    outDir: out,
    kind: buildKind({}),
    urls: siteUrls('/'),
    siteTitle: '测试',
    ledger: { published, redirects: join(root, 'no-redirects.yaml') },
  });
  expect(result.error).toBe(
    [
      'urls/published.txt: 网址 /tasks/2/ 已经发布过,但本次生成的网站中没有它,也没有跳转。请恢复该页面,或在 urls/redirects.yaml 中添加跳转,例如  "/tasks/2/": /新的地址/',
      '',
      '网站生成失败:已发布的网址不能没有跳转就消失(共 1 个问题,见上方)。',
    ].join('\n'),
  );
  // Neither the search index nor the twins were written.
  expect(existsSync(join(out, 'pagefind'))).toBe(false);
  expect(existsSync(join(out, 'elderly'))).toBe(false);
});

test('a reports folder that does not exist: the build says what the validator says', { timeout: 120_000 }, () => {
  const missing = join(root, 'no-such-reports');
  const out = join(root, 'out-no-reports');
  const { status, output } = build('--reports', missing, '--out', out);
  expect(status).toBe(1);
  expect(output).toContain(`${missing}:1:1 error 报告文件夹不存在,请检查 --reports 后的路径`);
  const validate = spawnSync(process.execPath, ['scripts/validate.ts', '--reports', missing], { encoding: 'utf8' });
  expect(validate.stdout).toContain(`${missing}:1:1 error 报告文件夹不存在,请检查 --reports 后的路径`);
  expect(existsSync(out)).toBe(false);
});
