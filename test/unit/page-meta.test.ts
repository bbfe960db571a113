import { expect, test } from 'vitest';
import { pageMeta } from '../../src/site/page-meta.ts';

test('an article page with everything known has all eight tags', () => {
  expect(
    pageMeta({
      siteName: '某市行动进展',
      site: 'https://www.example.gov.cn',
      siteCode: '4290060001',
      column: { name: '全部任务', type: '信息发布' },
      article: { title: '任务 3', pubDate: '2024-04-10', source: '市民政局' },
    }),
  ).toEqual([
    { name: 'SiteName', content: '某市行动进展' },
    { name: 'SiteDomain', content: 'www.example.gov.cn' },
    { name: 'SiteIDCode', content: '4290060001' },
    { name: 'ColumnName', content: '全部任务' },
    { name: 'ColumnType', content: '信息发布' },
    { name: 'ArticleTitle', content: '任务 3' },
    { name: 'PubDate', content: '2024-04-10' },
    { name: 'ContentSource', content: '市民政局' },
  ]);
});

test('unknown values give no tag, never an empty one', () => {
  expect(pageMeta({ siteName: '某市', site: 'https://a.github.io', article: { title: '任务 3', source: '' } })).toEqual([
    { name: 'SiteName', content: '某市' },
    { name: 'SiteDomain', content: 'a.github.io' },
    { name: 'ArticleTitle', content: '任务 3' },
  ]);
});
