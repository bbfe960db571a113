// Published addresses never silently disappear (src/site/published-urls.ts; checked by npm run build).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import {
  builtPaths,
  checkPublishedUrls,
  publishedListText,
  readPublishedList,
  readRedirects,
  redirectPage,
  REDIRECTS_FILE,
  isRedirectPage,
} from '../../src/site/published-urls.ts';
import { legacyPlanRedirects } from '../../src/site/url-scheme.ts';

const published = ['/', '/data/tasks.json', '/plan/', '/tasks/', '/tasks/1/', '/tasks/41/'];

test('a page that disappears without a redirect fails with a Chinese message naming it and the fix', () => {
  const check = checkPublishedUrls({ published, built: ['/', '/data/tasks.json', '/plan/', '/tasks/', '/tasks/1/'], redirects: {} });
  expect(check.errors).toEqual([
    'urls/published.txt: 网址 /tasks/41/ 已经发布过,但本次生成的网站中没有它,也没有跳转。请恢复该页面,或在 urls/redirects.yaml 中添加跳转,例如  "/tasks/41/": /新的地址/',
  ]);
});

test('a data file that disappears cannot be redirected: the message says so', () => {
  const check = checkPublishedUrls({ published, built: ['/', '/plan/', '/tasks/', '/tasks/1/', '/tasks/41/'], redirects: {} });
  expect(check.errors).toHaveLength(1);
  expect(check.errors[0]).toMatch(/^urls\/published\.txt: 网址 \/data\/tasks\.json 已经发布过.*数据文件无法跳转/);
});

test('with a redirect the removal is fine; new pages are reported, not failed', () => {
  const check = checkPublishedUrls({
    published,
    built: ['/', '/data/tasks.json', '/plan/', '/tasks/', '/tasks/1/', '/reports/2023-Q1/'],
    redirects: { '/tasks/41/': '/plan/#task-1' },
  });
  expect(check).toEqual({ errors: [], added: ['/reports/2023-Q1/'] });
});

test('a redirect from a live page or to a missing page is an error', () => {
  const check = checkPublishedUrls({ published: ['/'], built: ['/', '/plan/'], redirects: { '/plan/': '/', '/old/': '/nowhere/' } });
  expect(check.errors).toEqual([
    'urls/redirects.yaml: /plan/ 仍是网站中的页面,不能再设置跳转。请删除这条跳转,或删除该页面',
    'urls/redirects.yaml: /old/ 的跳转目标 /nowhere/ 在网站中不存在。请改为现有页面的地址',
  ]);
});

test('built paths: pages as /x/, files as they are; no assets, search index, elderly twins, form data or 404', () => {
  const dir = mkdtempSync(join(tmpdir(), 'urls-'));
  try {
    for (const file of ['index.html', '404.html', 'tasks/1/index.html', 'data/tasks.json', 'favicon.svg', '_astro/x.js', 'pagefind/p.js', 'elderly/index.html', 'elderly/tasks/1/index.html', 'submit/index.html', 'submit/tasks/1.json', 'submit/tasks/qingshan-2024/1.json', 'submit/templates/qingshan-2024/2024-Q1/hrss.xlsx', 'data/_astro/kept.txt']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '');
    }
    const publicDir = mkdtempSync(join(tmpdir(), 'urls-public-'));
    writeFileSync(join(publicDir, 'favicon.svg'), '');
    expect(builtPaths(dir, publicDir)).toEqual(['/', '/data/_astro/kept.txt', '/data/tasks.json', '/submit/', '/tasks/1/']);
    rmSync(publicDir, { recursive: true, force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the committed files: the redirects file is valid, the list is sorted, unique and covers every page type', () => {
  const list = readPublishedList();
  // The only redirects so far are those of the pages that moved under the plan's id (issue #25).
  expect(readRedirects()).toEqual({ redirects: legacyPlanRedirects(list, 'ggfw-2022'), problems: [] });
  expect(publishedListText(list).split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(list);
  for (const path of ['/', '/ggfw-2022/', '/ggfw-2022/tasks/', '/ggfw-2022/tasks/40/', '/ggfw-2022/areas/education/', '/ggfw-2022/plan/', '/tasks/', '/tasks/40/', '/areas/education/', '/units/hrss/', '/reports/', '/plan/', '/search/', '/data/', '/submit/', '/about/', '/feed.xml', '/data/tasks.json', '/data/reports.json', '/data/tasks.csv', '/data/reports.csv', '/data/metrics.csv', '/schemas/task.schema.json', '/schemas/report.schema.json']) {
    expect(list).toContain(path);
  }
  expect(list.some((p) => p.startsWith('/elderly/'))).toBe(false);
});

test('an invalid redirects file gives located Chinese problems', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  try {
    const file = join(dir, 'redirects.yaml');
    writeFileSync(file, 'redirects:\n  /tasks/41/: https://evil.example/\n  tasks/42: /plan/\n');
    const { problems } = readRedirects(file);
    expect(problems.length).toBe(2);
    expect(problems.join('\n')).toContain('新网址须为站内页面路径');
    expect(problems.join('\n')).toContain('旧网址 tasks/42 须为站内页面路径');
    expect(problems.every((p) => p.startsWith(`${file}:`))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a redirect cannot climb out of the site folder with . or .. segments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  try {
    const file = join(dir, 'redirects.yaml');
    writeFileSync(file, 'redirects:\n  /../../outside/: /plan/\n  /tasks/./: /plan/\n  /tasks/41/: /../x/\n  /v1.2/: /plan/\n');
    const { problems } = readRedirects(file);
    expect(problems.length).toBe(3);
    expect(problems.join('\n')).toContain('旧网址 /../../outside/ 须为站内页面路径');
    expect(problems.join('\n')).toContain('旧网址 /tasks/./ 须为站内页面路径');
    expect(problems.join('\n')).toContain('新网址须为站内页面路径');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a redirect page: meta refresh and a visible link to the new address under the base path, and the one script that keeps an anchor', () => {
  const html = redirectPage('/plan/#task-41', '/tracker/', '天门"网站"');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/tracker/plan/#task-41">');
  expect(html).toContain('<a href="/tracker/plan/#task-41">前往新地址</a>');
  expect(html).toContain('<title>页面已移至新地址 - 天门&quot;网站&quot;</title>');
  // The script (public/moved.js) comes before the refresh, so with JavaScript /plan/#task-41 keeps its anchor.
  expect(html).toContain('<link rel="canonical" href="/tracker/plan/#task-41">\n<script src="/tracker/moved.js"></script>\n<meta http-equiv="refresh"');
  expect(html.match(/<script/g)).toHaveLength(1);
  expect(REDIRECTS_FILE).toBe('urls/redirects.yaml');
});

test('a redirect page passes html-validate with the project configuration and is told apart from the site’s pages', async () => {
  const page = redirectPage('/ggfw-2022/plan/#task-12', '/', '天门');
  expect(isRedirectPage(page)).toBe(true);
  expect(isRedirectPage('<!DOCTYPE html>\n<html lang="zh-CN" data-site-id="x">')).toBe(false);
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(page, 'urls/redirect.html');
  expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
});
