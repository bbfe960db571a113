// Another city's plan (test/fixtures/plans/qingshan: issued 2024-03-15, full-width punctuation, three
// areas, a task with two lead units) built from its own content folder is a real site: nothing of
// Tianmen, nothing labelled demo, quarters only inside its own reporting window.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listFiles } from '../../src/fs/walk.ts';
import { isInWindow, periodLabel, reportingWindow, windowPeriodsUpTo } from '../../src/schema/index.ts';
import { pagePath } from '../../src/site/url-scheme.ts';
import { SECOND } from './sites.ts';

// Pages, twins, data files, the feed, sitemaps and schemas: everything but hashed scripts and the index.
const published = () =>
  listFiles(SECOND.root, { skip: (dir) => dir === '_astro' || dir === 'pagefind' }).filter((file) => /\.(html|json|csv|xml|txt)$/.test(file));

test('no page, export, feed or twin names Tianmen or says 演示', () => {
  const files = published();
  expect(files.length).toBeGreaterThan(40);
  expect(files.filter((file) => /天门|演示/.test(readFileSync(join(SECOND.root, file), 'utf8')))).toEqual([]);
});

test('it is real data: no demo banner, "demo": false in the exports', () => {
  expect(readFileSync(join(SECOND.root, 'index.html'), 'utf8')).not.toContain('demo-banner');
  expect(JSON.parse(readFileSync(join(SECOND.root, 'data/tasks.json'), 'utf8')).meta.demo).toBe(false);
  expect(JSON.parse(readFileSync(join(SECOND.root, 'data/reports.json'), 'utf8')).meta.demo).toBe(false);
});

test('its quarters start with the one it was issued in (2024-Q1) and none lies outside its window', () => {
  const dataset = SECOND.dataset();
  const window = reportingWindow(dataset.plan);
  expect(window).toEqual({ first: '2024-Q1', last: '2026-Q4' });
  const quarterPages = listFiles(join(SECOND.root, SECOND.planPaths().reports))
    .filter((file) => file.endsWith('/index.html'))
    .map((file) => file.split('/')[0]);
  expect(quarterPages).toEqual(windowPeriodsUpTo(window, '2024-Q2'));
});

test('its unit pages show 未报送 only for quarters inside the window', () => {
  const dataset = SECOND.dataset();
  const window = reportingWindow(dataset.plan);
  const inside = new Set(windowPeriodsUpTo(window, '2026-Q4').map(periodLabel));
  let missingShown = 0;
  for (const unit of dataset.units) {
    const html = readFileSync(join(SECOND.root, pagePath.unit(unit.id), 'index.html'), 'utf8');
    for (const label of html.match(/\d{4}年第[一二三四]季度/g) ?? []) expect(inside.has(label), `${unit.id}: ${label}`).toBe(true);
    if (html.includes('未报送')) missingShown++;
  }
  // Task 4 (市政务服务中心) was not reported in 2024-Q1: its lead unit's page says so.
  const serviceCenter = readFileSync(join(SECOND.root, pagePath.unit('service-center'), 'index.html'), 'utf8');
  expect(serviceCenter).toContain('未报送');
  expect(missingShown).toBeGreaterThan(0);
  expect(isInWindow('2023-Q4', window)).toBe(false);
});

test('a task led by two units lists both, in the plan\'s order', () => {
  const html = readFileSync(join(SECOND.root, SECOND.planPaths().task(2), 'index.html'), 'utf8');
  expect(html).toMatch(/牵头单位<\/dt><dd><a href="\/units\/commerce\/">市商务局<\/a>、<a href="\/units\/hrss\/">市人社局<\/a><\/dd>/);
});
