import { expect, test } from 'vitest';
import { planName } from '../../src/schema/index.ts';
import { planStandings, siteAsOf } from '../../src/site/plan-list.ts';

const plan = (id: string, date: string, last: string | undefined, asOf: string | null, short?: string) => ({
  dataset: { id, plan: { date, title: `${id} 方案`, ...(short ? { short } : {}), ...(last ? { reporting: { last_period: last } } : {}) } },
  derived: { asOf },
});

test('current plans come first, newest issue first; ended ones after, marked with their window', () => {
  const plans = [
    plan('ggfw-2022', '2022-10-13', '2023-Q4', '2024-01-10'),
    plan('msss-2024', '2024-02-01', undefined, null),
    plan('qingshan-2024', '2024-03-15', '2026-Q4', '2024-07-08'),
    plan('old-2019', '2019-05-01', '2020-Q4', '2021-01-05'),
  ];
  const standings = planStandings(plans);
  expect(standings.map((s) => [s.plan.dataset.id, s.ended, s.windowLabel])).toEqual([
    ['qingshan-2024', false, '2024年第一季度至2026年第四季度'],
    ['msss-2024', false, '2024年第一季度起'],
    ['ggfw-2022', true, '2022年第四季度至2023年第四季度'],
    ['old-2019', true, '2019年第二季度至2020年第四季度'],
  ]);
});

test('"ended" is judged at the data\'s own date, never the clock: a window ending in the as-of quarter is current', () => {
  expect(siteAsOf([plan('a', '2022-10-13', '2023-Q4', '2023-12-20')])).toBe('2023-12-20');
  expect(planStandings([plan('a', '2022-10-13', '2023-Q4', '2023-12-20')])[0]!.ended).toBe(false);
  expect(planStandings([plan('a', '2022-10-13', '2023-Q4', '2023-12-20'), plan('b', '2024-01-02', undefined, null)]).map((s) => [s.plan.dataset.id, s.ended])).toEqual([
    ['b', false],
    ['a', true],
  ]);
  // Before any report the latest issue date is the site's date.
  expect(siteAsOf([plan('a', '2022-10-13', undefined, null), plan('b', '2021-01-01', undefined, null)])).toBe('2022-10-13');
  expect(siteAsOf([])).toBeNull();
});

test('a plan goes by its short name, else its title', () => {
  expect(planName({ title: '青山市便民服务提升三年行动方案', short: '青山便民服务三年行动' })).toBe('青山便民服务三年行动');
  expect(planName({ title: '天门市公共服务质量提升行动实施方案' })).toBe('天门市公共服务质量提升行动实施方案');
});
