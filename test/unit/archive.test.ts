// The frozen quarter's pure parts: the page made to stand alone, the checksum list in sha256sum's format and
// its check, and which quarters may be frozen when.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { archiveNotice, archivePage } from '../../src/archive/archive-page.ts';
import { checkFrozenFolder, checksumList } from '../../src/archive/checksums.ts';
import { beforeDeadline, cannotFreeze, closedQuarters } from '../../src/archive/closing.ts';
import { makeDataset, makeReport } from './derive/fixture.ts';

const LIVE = [
  '<!DOCTYPE html><html lang="zh-CN"><head><title>2023年第一季度进展 - 进展</title>',
  '<link rel="canonical" href="https://e.cn/ztzl/reports/2023-Q1/"><meta property="og:url" content="https://e.cn/ztzl/reports/2023-Q1/">',
  '<script src="/ztzl/elderly-mode.js"></script><link rel="stylesheet" href="/ztzl/_astro/Base.1.css"><link rel="stylesheet" href="/ztzl/_astro/Chart.2.css"></head>',
  '<body><a class="elderly-toggle button" href="/ztzl/elderly/reports/2023-Q1/" data-elderly-link="/ztzl/reports/2023-Q1/">长辈模式</a><main id="main"><h1>2023年第一季度进展</h1><p><a href="/ztzl/reports/2023-Q1/bulletin.docx">通报</a> <a href="/ztzl/reports/2023-Q1/#bulletin-title">本季度通报</a> <a href="/ztzl/tasks/1/">任务 1</a></p>',
  '<script type="module">document.body.dataset.x = "</p>";</script></main></body></html>',
].join('');

test('the frozen page: one stylesheet beside it, no script, its own address, its files and anchors, its twin, the notice under the heading', () => {
  const page = archivePage(LIVE, {
    folder: '/ztzl/archive/2023-Q1/',
    liveFolder: '/ztzl/reports/2023-Q1/',
    twin: '/ztzl/elderly/archive/2023-Q1/',
    liveTwin: '/ztzl/elderly/reports/2023-Q1/',
    canonical: 'https://e.cn/ztzl/archive/2023-Q1/',
    frozenFiles: ['bulletin.docx'],
    stylesheet: 'archive.css',
    notice: '<p>归档</p>',
  });
  expect(page).toBe(
    [
      '<!DOCTYPE html><html lang="zh-CN"><head><title>归档:2023年第一季度进展 - 进展</title>',
      '<link rel="canonical" href="https://e.cn/ztzl/archive/2023-Q1/"><meta property="og:url" content="https://e.cn/ztzl/archive/2023-Q1/">',
      '<link rel="stylesheet" href="/ztzl/archive/2023-Q1/archive.css"></head>',
      '<body><a class="elderly-toggle button" href="/ztzl/elderly/archive/2023-Q1/" data-elderly-link="/ztzl/archive/2023-Q1/">长辈模式</a><main id="main"><h1>2023年第一季度进展</h1><div class="archive-notice" role="note"><p>归档</p></div><p><a href="/ztzl/archive/2023-Q1/bulletin.docx">通报</a> <a href="/ztzl/archive/2023-Q1/#bulletin-title">本季度通报</a> <a href="/ztzl/tasks/1/">任务 1</a></p>',
      '</main></body></html>',
    ].join(''),
  );
});

test('the notice escapes what it is given', () => {
  const notice = archiveNotice({ periodLabel: '2023年第一季度', frozenOn: '2023-04-20', version: 'abc1234', folder: '/a/', liveFolder: '/r/', files: [{ name: 'x.json', label: '报告<JSON>' }], checksums: 'SHA256SUMS', citation: 'A & B' });
  expect(notice).toContain('<a href="/a/x.json">报告&lt;JSON&gt;</a>');
  expect(notice).toContain('<p>引用本页:A &amp; B</p>');
});

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

test('the checksum list is sha256sum\'s format, sorted by name', () => {
  const list = checksumList(new Map([['b.txt', Buffer.from('b')], ['a.txt', Buffer.from('')]]));
  expect(list).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.txt\n3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b.txt\n');
});

test('a changed, a missing and an unlisted file are each named, at the list\'s line or the file', () => {
  dir = mkdtempSync(join(tmpdir(), 'frozen-'));
  const files = new Map([['a.txt', Buffer.from('a')], ['b.txt', Buffer.from('b')], ['c.txt', Buffer.from('c')]]);
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, 'SHA256SUMS'), checksumList(files));
  expect(checkFrozenFolder(dir, '恢复')).toEqual([]);
  writeFileSync(join(dir, 'a.txt'), 'A');
  rmSync(join(dir, 'c.txt'));
  writeFileSync(join(dir, 'd.txt'), 'd');
  expect(checkFrozenFolder(dir, '恢复')).toEqual([
    { file: 'SHA256SUMS', line: 1, message: '已冻结的文件 a.txt 被改动了(SHA-256 与冻结时不符)', fix: '恢复' },
    { file: 'SHA256SUMS', line: 3, message: '已冻结的文件 c.txt 不见了', fix: '恢复' },
    { file: 'd.txt', line: 1, message: '归档中多出了冻结时没有的文件', fix: '归档冻结后不能增加文件:请删除它' },
  ]);
});

test('a link in a frozen folder, a duplicate line and a name outside the folder are refused, never followed', () => {
  dir = mkdtempSync(join(tmpdir(), 'frozen-'));
  const outside = join(dir, '..', `outside-${process.pid}.txt`);
  writeFileSync(outside, 'x');
  try {
    writeFileSync(join(dir, 'a.txt'), 'a');
    symlinkSync(outside, join(dir, 'link.txt'));
    const a = checksumList(new Map([['a.txt', Buffer.from('a')]]));
    const x = checksumList(new Map([[`../outside-${process.pid}.txt`, Buffer.from('x')]]));
    writeFileSync(join(dir, 'SHA256SUMS'), `${a}${a}${x}`);
    expect(checkFrozenFolder(dir, '恢复')).toEqual([
      { file: 'link.txt', line: 1, message: '归档中只能有普通文件,这里是符号链接或其他特殊文件', fix: '请删除它,恢复冻结时的文件(git restore)' },
      { file: 'SHA256SUMS', line: 2, message: '校验清单中 a.txt 出现了不止一次', fix: '恢复' },
      { file: 'SHA256SUMS', line: 3, message: `已冻结的文件 ../outside-${process.pid}.txt 不见了`, fix: '恢复' },
    ]);
  } finally {
    rmSync(outside, { force: true });
  }
});

test('a broken line of the list is named', () => {
  dir = mkdtempSync(join(tmpdir(), 'frozen-'));
  writeFileSync(join(dir, 'SHA256SUMS'), 'not a checksum\n');
  expect(checkFrozenFolder(dir, '恢复')).toEqual([{ file: 'SHA256SUMS', line: 1, message: '校验清单的这一行格式不对', fix: '恢复' }]);
});

test('which quarters close: reported, past the deadline, not yet frozen', () => {
  const dataset = makeDataset(undefined, [makeReport(1, '2022-Q4', 'on_track', '2023-01-05'), makeReport(1, '2023-Q1', 'on_track', '2023-04-05'), makeReport(1, '2023-Q2', 'on_track', '2023-07-05')]);
  const frozen = { ...dataset, archives: [{ period: '2022-Q4', frozen_on: '2023-01-20', commit: 'a'.repeat(40), tag: 'archive/2022-Q4', url: 'https://e.cn/archive/2022-Q4/', citation: '', files: [] }] };
  // Deadline of 2023-Q1 with the default 10 days: 2023-04-10; the day after, it closes.
  expect(closedQuarters(frozen, '2023-04-10')).toEqual([]);
  expect(closedQuarters(frozen, '2023-04-11')).toEqual(['2023-Q1']);
  expect(cannotFreeze(frozen, '2022-Q4', '2023-06-01')).toBe('2022年第四季度已经冻结,冻结的季度不能再次冻结');
  expect(cannotFreeze(frozen, '2023-Q3', '2023-12-01')).toBe('2023年第三季度还没有任何报告,没有可冻结的页面');
  expect(cannotFreeze(frozen, '2023-Q2', '2023-06-30')).toBe('2023年第二季度到 2023-06-30 才结束,季度结束前不能冻结');
  expect(cannotFreeze(frozen, '2023-Q2', '2023-07-01')).toBeUndefined();
  expect(beforeDeadline(frozen, '2023-Q2', '2023-07-01')).toBe('注意:2023年第二季度的报送期限 2023-07-10 还没过,之后报送或修订的内容不会进入归档。');
  expect(beforeDeadline(frozen, '2023-Q2', '2023-07-11')).toBeUndefined();
});
