// `npm run dev` shows the content as it is now: an edit in the content folder appears on the next page
// load without a restart, invalid content shows the validator's own lines, and 长辈模式 twins are served.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildEnv } from '../../src/site/build-kind.ts';
import { pagePath, siteUrls } from '../../src/site/url-scheme.ts';
import { loadDataset } from '../../src/content/load.ts';
import { taskFileName } from '../../src/content/paths.ts';
import { readSiteSettings } from '../../src/content/site-settings.ts';

const root = mkdtempSync(join(tmpdir(), 'dev-'));
const content = join(root, 'content');
let dev: ChildProcess;
let origin = '';
let output = '';

/** The environment a person's shell has: Vitest's own variables (VITEST, NODE_ENV=test) change how Vite serves. */
const devEnvironment = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'));

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  const port = await freePort();
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...devEnvironment(), ...buildEnv({ contentDir: content }), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (chunk) => (output += chunk));
  dev.stderr!.on('data', (chunk) => (output += chunk));
  origin = `http://127.0.0.1:${port}`;
  // Bounded wait for the server to answer (at most 60 s), then the tests fail with its output.
  for (let i = 0; i < 120 && dev.exitCode === null; i++) {
    if (await fetch(`${origin}${urls.base}`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not start (another dev server of this project running? Astro allows one):\n${output}`);
}, 90_000);

afterAll(() => {
  dev?.kill();
  rmSync(root, { recursive: true, force: true });
});

/** The content copy as the dev server first reads it. */
const loaded = () => {
  const result = loadDataset({ contentDir: content });
  if (!result.ok) throw new Error('the content copy does not load');
  return result;
};
const urls = siteUrls(readSiteSettings('content').base);
const title = async (path: string) => /<title>([^<]*)<\/title>/.exec(await (await fetch(`${origin}${path}`)).text())?.[1];

/** The dev server hears of a saved file through its file watcher, a moment after the save: ask again for a few seconds. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
  let value = await read();
  for (let i = 0; i < 50 && value !== expected; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

/** Replaces a phrase in every file of the content copy (a task's title is also the first sentence of its text). */
function replaceInContent(files: string[], from: string, to: string) {
  for (const file of files) writeFileSync(join(content, file), readFileSync(join(content, file), 'utf8').replaceAll(from, to));
}

test('a changed task title appears after a reload, without a restart', { timeout: 60_000 }, async () => {
  const { dataset } = loaded();
  const task = dataset.tasks[0]!;
  expect(await title(urls.plan(loaded().dataset.id).task(task.id))).toBe(`任务 ${task.id}:${task.title} - ${dataset.site.title}`);
  replaceInContent([`${dataset.folder}tasks/${taskFileName(task.id)}`, `${dataset.folder}source/plan.txt`], task.title, `${task.title}和保障`);
  const expected = `任务 ${task.id}:${task.title}和保障 - ${dataset.site.title}`;
  expect(await eventually(() => title(urls.plan(loaded().dataset.id).task(task.id)), expected)).toBe(expected);
});

test('invalid content shows the validator\'s own line; fixing it shows the page again', { timeout: 60_000 }, async () => {
  // Read while the content is valid: once broken, the copy does not load.
  const { folder, id } = loaded().dataset;
  const page = urls.plan(id).task(2);
  const task = join(content, folder, 'tasks', '02.yaml');
  const valid = readFileSync(task, 'utf8');
  writeFileSync(task, valid.replace(/^area: .*$/m, 'area: nowhere'));
  expect(await eventually(async () => (await fetch(`${origin}${page}`)).status, 500)).toBe(500);
  expect(output).toMatch(/tasks\/02\.yaml:\d+:\d+ error area: 领域 "nowhere" 不存在/);
  writeFileSync(task, valid);
  expect(await eventually(async () => (await fetch(`${origin}${page}`)).status, 200)).toBe(200);
});

test('长辈模式 twins are served in dev, from the page as it is now', { timeout: 60_000 }, async () => {
  const html = await (await fetch(`${origin}${urls.elderly(urls.plan(loaded().dataset.id).task(3))}`)).text();
  expect(html).toContain(`<html lang="zh-CN" data-site-id="${loaded().dataset.site.id ?? urls.base}" class="elderly" data-elderly-page>`);
  expect(html).toContain(`<a href="${urls.elderly(urls.plan(loaded().dataset.id).tasks)}">全部任务</a>`);
});
