// compareBuilds (src/site/reproducible.ts), used by npm run check:reproducible, on small fake builds.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { compareBuilds, isStamped } from '../../src/site/reproducible.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function build(stamp: string, files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'repro-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries({ 'data/tasks.json': `{"generated_at":"${stamp}"}`, 'index.html': '<p>同</p>', ...files })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text.replaceAll('STAMP', stamp));
  }
  return { dir, stamp };
}

const A = '2023-11-14T22:13:20.000Z';
const B = '2023-11-15T22:13:20.000Z';

test('two builds equal apart from the stamp in a listed file: no differences', () => {
  expect(compareBuilds(build(A, {}), build(B, {}))).toEqual([]);
});

test('a stamp in an unlisted file, a changed file and a missing file are each reported', () => {
  const differences = compareBuilds(
    build(A, { 'about/index.html': '生成于 STAMP', 'x.js': '1', 'only-a.txt': '' }),
    build(B, { 'about/index.html': '生成于 STAMP', 'x.js': '2' }),
  );
  expect(differences).toEqual([
    '内容不同: about/index.html',
    '只在第一次生成中: only-a.txt',
    '内容不同: x.js',
    '生成时间出现在未列出的文件中: about/index.html',
    '生成时间出现在未列出的文件中: about/index.html',
  ]);
});

test('the stamped files: the site\'s and each plan\'s JSON data files and feeds, each quarter\'s reports.json, nothing else', () => {
  const stamped = ['data/tasks.json', 'data/reports.json', 'feed.xml', 'ggfw-2022/data/tasks.json', 'qingshan-2024/data/reports.json', 'qingshan-2024/feed.xml', 'ggfw-2022/reports/2023-Q1/reports.json'];
  const not = ['data/tasks.csv', 'ggfw-2022/data/tasks.csv', 'calendar.ics', 'ggfw-2022/calendar.ics', 'ggfw-2022/reports/2023-Q1/reports.csv', 'a/b/feed.xml', 'a/b/data/tasks.json', 'elderly/index.html', 'ggfw-2022/reports/reports.json'];
  expect(stamped.filter((f) => !isStamped(f))).toEqual([]);
  expect(not.filter(isStamped)).toEqual([]);
});

test('a stamp in a plan\'s own data file is expected, in its CSV it is not', () => {
  const files = { 'p-1/data/tasks.json': '{"generated_at":"STAMP"}', 'p-1/feed.xml': '<updated>STAMP</updated>', 'p-1/data/tasks.csv': 'STAMP' };
  expect(compareBuilds(build(A, files), build(B, files))).toEqual(['内容不同: p-1/data/tasks.csv', '生成时间出现在未列出的文件中: p-1/data/tasks.csv', '生成时间出现在未列出的文件中: p-1/data/tasks.csv']);
});
