import { describe, expect, test } from 'vitest';
import { elderlyTwin } from '../../src/site/elderly-twin.ts';
import { siteUrls } from '../../src/site/url-scheme.ts';

const page = [
  '<!DOCTYPE html><html lang="zh-CN"><head>',
  '<link rel="canonical" href="https://example.org/tracker/tasks/3/">',
  '<link rel="stylesheet" href="/tracker/_astro/Base.abc.css">',
  '<link rel="alternate" type="application/atom+xml" href="/tracker/feed.xml">',
  '<script src="/tracker/elderly-mode.js"></script></head><body>',
  '<a class="elderly-toggle button" href="/tracker/elderly/tasks/3/" data-elderly-link="/tracker/tasks/3/">长辈模式</a>',
  '<form action="/tracker/search/" method="get"></form>',
  '<a href="/tracker/">首页</a> <a href="/tracker/plan/#task-3">原文</a> <a href="/tracker/tasks/?area=education">筛选</a>',
  '<a href="/tracker/data/tasks.csv">CSV</a> <a href="#main">正文</a> <a href="https://gov.example/x/">外站</a>',
  '<a href="/other/">站外路径</a>',
  '</body></html>',
].join('');

describe('elderly twin pages', () => {
  test('set the mode, keep page links in the twin tree, leave files and other sites alone', () => {
    expect(elderlyTwin(page, '/tracker/')).toBe(
      [
        '<!DOCTYPE html><html lang="zh-CN" class="elderly" data-elderly-page><head>',
        '<link rel="canonical" href="https://example.org/tracker/tasks/3/">',
        '<link rel="stylesheet" href="/tracker/_astro/Base.abc.css">',
        '<link rel="alternate" type="application/atom+xml" href="/tracker/feed.xml">',
        '<script src="/tracker/elderly-mode.js"></script></head><body>',
        '<a class="elderly-toggle button" href="/tracker/tasks/3/" data-elderly-link="/tracker/tasks/3/">退出长辈模式</a>',
        '<form action="/tracker/elderly/search/" method="get"></form>',
        '<a href="/tracker/elderly/">首页</a> <a href="/tracker/elderly/plan/#task-3">原文</a> <a href="/tracker/elderly/tasks/?area=education">筛选</a>',
        '<a href="/tracker/data/tasks.csv">CSV</a> <a href="#main">正文</a> <a href="https://gov.example/x/">外站</a>',
        '<a href="/other/">站外路径</a>',
        '</body></html>',
      ].join(''),
    );
  });

  test('twin paths sit under elderly/ of the base', () => {
    expect(siteUrls('/').elderly('/')).toBe('/elderly/');
    expect(siteUrls('/').elderly('/tasks/3/')).toBe('/elderly/tasks/3/');
    expect(siteUrls('/tracker/').elderly('/tracker/units/edu/')).toBe('/tracker/elderly/units/edu/');
  });
});
