// The URL scheme with plans (issue #25): plan pages under /{id}/, the site's own pages at the root, and
// the rule that keeps today's published addresses working.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SLUG_PATTERN } from '../../src/schema/text.ts';
import { readPublishedList } from '../../src/site/published-urls.ts';
import { legacyPlanRedirects, pagePath, PLAN_SECTIONS, planPath, RESERVED_PLAN_IDS, siteUrls } from '../../src/site/url-scheme.ts';
import { REPO_ROOT } from './fixture-corpus.ts';

test('every plan page is under the plan id, site pages stay at the root', () => {
  const p = planPath('ggfw-2022');
  expect([p.home, p.tasks, p.task(14), p.area('medical'), p.reports, p.quarter('2023-Q1'), p.plan, p.planAnchor(3), p.archives, p.archive('2023-Q1')]).toEqual([
    'ggfw-2022/',
    'ggfw-2022/tasks/',
    'ggfw-2022/tasks/14/',
    'ggfw-2022/areas/medical/',
    'ggfw-2022/reports/',
    'ggfw-2022/reports/2023-Q1/',
    'ggfw-2022/plan/',
    'ggfw-2022/plan/#task-3',
    'ggfw-2022/archive/',
    'ggfw-2022/archive/2023-Q1/',
  ]);
  expect(p.bulletin('2023-Q1')).toBe('ggfw-2022/reports/2023-Q1/bulletin.docx');
  expect(p.quarterData('2023-Q1', 'metrics.csv')).toBe('ggfw-2022/reports/2023-Q1/metrics.csv');
  // A plan's own downloads beside the site's, which hold every plan.
  expect([p.data('tasks.csv'), p.feed, p.calendar, pagePath.dataFile('tasks.csv')]).toEqual(['ggfw-2022/data/tasks.csv', 'ggfw-2022/feed.xml', 'ggfw-2022/calendar.ics', 'data/tasks.csv']);
  expect([pagePath.home, pagePath.unit('edu'), pagePath.search, pagePath.data, pagePath.feed, pagePath.calendar]).toEqual(['', 'units/edu/', 'search/', 'data/', 'feed.xml', 'calendar.ics']);
});

test('plan URLs carry the base path', () => {
  const plan = siteUrls('/ztzl/ggfw').plan('ggfw-2022');
  expect([plan.home, plan.task(1), plan.quarter('2024-Q2'), plan.planAnchor(7)]).toEqual(['/ztzl/ggfw/ggfw-2022/', '/ztzl/ggfw/ggfw-2022/tasks/1/', '/ztzl/ggfw/ggfw-2022/reports/2024-Q2/', '/ztzl/ggfw/ggfw-2022/plan/#task-7']);
  expect([plan.data('reports.json'), plan.feed, plan.calendar]).toEqual(['/ztzl/ggfw/ggfw-2022/data/reports.json', '/ztzl/ggfw/ggfw-2022/feed.xml', '/ztzl/ggfw/ggfw-2022/calendar.ics']);
});

test('no plan id can take the address of a page of the site', () => {
  // A slug-shaped name is what could become /{plan id}/; index.astro is the home page, at /.
  const roots = readdirSync(join(REPO_ROOT, 'src/pages')).map((name) => name.replace(/\.(astro|mdx|ts)$/, '')).filter((name) => SLUG_PATTERN.test(name) && name !== 'index');
  expect(roots.filter((name) => !RESERVED_PLAN_IDS.has(name))).toEqual([]);
  for (const name of ['elderly', 'pagefind', ...PLAN_SECTIONS]) expect(RESERVED_PLAN_IDS.has(name)).toBe(true);
});

test('legacy redirects: a published page of a plan section moves under the plan; root pages, units and files stay', () => {
  expect(legacyPlanRedirects(['/', '/tasks/', '/tasks/3/', '/areas/medical/', '/reports/', '/reports/2023-Q1/', '/reports/2023-Q1/bulletin.docx', '/plan/', '/archive/', '/units/edu/', '/data/tasks.json', '/search/', '/feed.xml'], 'p-1')).toEqual({
    '/tasks/': '/p-1/tasks/',
    '/tasks/3/': '/p-1/tasks/3/',
    '/areas/medical/': '/p-1/areas/medical/',
    '/reports/': '/p-1/reports/',
    '/reports/2023-Q1/': '/p-1/reports/2023-Q1/',
    '/plan/': '/p-1/plan/',
    '/archive/': '/p-1/archive/',
  });
});

test('today’s published list: 41 task pages, 12 areas, reports, plan and archive move; nothing else', () => {
  const published = readPublishedList();
  const moved = legacyPlanRedirects(published, 'ggfw-2022');
  const bySection = (section: string) => Object.keys(moved).filter((p) => p.startsWith(`/${section}/`)).length;
  expect(PLAN_SECTIONS.map(bySection)).toEqual([41, 12, 1, 1, 1]);
  expect(Object.keys(moved)).toHaveLength(56);
  // Every file stays: a data file cannot be redirected (published-urls.ts).
  expect(Object.keys(moved).filter((p) => !p.endsWith('/'))).toEqual([]);
});
