// A link in public/ that leads outside the repository fails the build (src/site/public-files.ts):
// the build copies public/ following links, so it would publish a file no pull request showed.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { publicSymlinkProblems } from '../../src/site/public-files.ts';
import { REPO_ROOT } from './fixture-corpus.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A repository with public/ (a file and a folder) and a file outside it. */
function repo() {
  const base = mkdtempSync(join(tmpdir(), 'public-files-'));
  temps.push(base);
  const root = join(base, 'repo');
  mkdirSync(join(root, 'public/img'), { recursive: true });
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'public/favicon.svg'), '<svg/>');
  writeFileSync(join(root, 'docs/notes.txt'), 'notes');
  writeFileSync(join(base, 'secret.env'), 'TOKEN=1');
  return { base, root, pub: join(root, 'public') };
}

test('plain files and links that stay inside the repository pass', () => {
  const { root, pub } = repo();
  symlinkSync('../favicon.svg', join(pub, 'img/icon.svg'));
  symlinkSync('../docs/notes.txt', join(pub, 'notes.txt'));
  expect(publicSymlinkProblems(pub, root)).toEqual([]);
});

test('a link outside the repository, a dangling one and a loop are each named', () => {
  const { base, root, pub } = repo();
  symlinkSync(join(base, 'secret.env'), join(pub, 'env.txt'));
  symlinkSync('../../../secret.env', join(pub, 'img/relative.txt'));
  symlinkSync('missing.png', join(pub, 'img/gone.png'));
  symlinkSync('loop.png', join(pub, 'loop.png'));
  expect(publicSymlinkProblems(pub, root)).toEqual([
    { file: 'public/env.txt', message: `符号链接指向仓库之外(${join(base, 'secret.env')}),构建会把仓库外的文件发布到网站上;请删除它,需要发布的文件请复制到 public/ 中并提交` },
    { file: 'public/img/gone.png', message: '符号链接指向不存在的位置或循环指向自身(missing.png),请删除它或换成文件本身' },
    { file: 'public/img/relative.txt', message: '符号链接指向仓库之外(../../../secret.env),构建会把仓库外的文件发布到网站上;请删除它,需要发布的文件请复制到 public/ 中并提交' },
    { file: 'public/loop.png', message: '符号链接指向不存在的位置或循环指向自身(loop.png),请删除它或换成文件本身' },
  ]);
});

test('a linked folder that leads outside is refused as a whole (it is not walked into)', () => {
  const { base, root, pub } = repo();
  symlinkSync(base, join(pub, 'all'));
  expect(publicSymlinkProblems(pub, root).map((p) => p.file)).toEqual(['public/all']);
});

test("the project's own public/ has no such link", () => {
  expect(publicSymlinkProblems(join(REPO_ROOT, 'public'), REPO_ROOT)).toEqual([]);
});
