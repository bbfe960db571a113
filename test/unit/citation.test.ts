import { expect, test } from 'vitest';
import { citationLine } from '../../src/site/citation.ts';

test('a citation names the body, the page, the date, the version and the address', () => {
  expect(
    citationLine({ author: '天门市人民政府办公室', siteTitle: '天门市公共服务质量提升行动进展', title: '任务 7', url: 'https://example.gov.cn/tasks/7/', date: '2023-05-02', version: '0123456789abcdef' }),
  ).toBe('天门市人民政府办公室. 天门市公共服务质量提升行动进展:任务 7[EB/OL]. (2023-05-02更新,版本 0123456). https://example.gov.cn/tasks/7/.');
});

test('an archive is cited by the day it was frozen', () => {
  expect(citationLine({ siteTitle: '进展', title: '2023年第一季度进展(归档)', url: 'https://e.cn/archive/2023-Q1/', date: '2023-04-11', event: '冻结', version: 'abcdef0123' })).toBe(
    '进展:2023年第一季度进展(归档)[EB/OL]. (2023-04-11冻结,版本 abcdef0). https://e.cn/archive/2023-Q1/.',
  );
});

test('without history there is no date or version, and none is invented', () => {
  expect(citationLine({ siteTitle: '进展', title: '数据下载', url: 'https://e.cn/data/' })).toBe('进展:数据下载[EB/OL]. https://e.cn/data/.');
});
