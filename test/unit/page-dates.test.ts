import { expect, test } from 'vitest';
import { latestDate, quarterUpdated, taskRecordDate, taskUpdated } from '../../src/site/page-dates.ts';

test('the latest known date wins; none known gives none', () => {
  expect(latestDate(['2024-01-02', undefined, '2024-03-01', '2023-12-31'])).toBe('2024-03-01');
  expect(latestDate([undefined])).toBeUndefined();
  expect(latestDate([])).toBeUndefined();
});

test('a task page takes its file or its newest report, a quarter page its newest report', () => {
  expect(taskUpdated('2024-02-01', [{ reported_on: '2024-04-08' }, { reported_on: '2024-01-05' }])).toBe('2024-04-08');
  expect(taskUpdated('2024-05-01', [{ reported_on: '2024-04-08' }])).toBe('2024-05-01');
  expect(taskUpdated(undefined, [])).toBeUndefined();
  expect(quarterUpdated([{ reported_on: '2024-04-08' }, { reported_on: '2024-04-12' }])).toBe('2024-04-12');
  expect(quarterUpdated([])).toBeUndefined();
});

test('a task is cited by the newest date in git: its file, a publication or an amendment, never reported_on', () => {
  const published = { published_on: '2024-04-10', revisions: [] };
  const amended = { published_on: '2024-01-09', revisions: [{ date: '2024-02-01' }, { date: '2024-05-02' }] };
  expect(taskRecordDate('2024-03-01', [published, amended])).toBe('2024-05-02');
  expect(taskRecordDate('2024-06-01', [published])).toBe('2024-06-01');
  expect(taskRecordDate(undefined, [{ published_on: null, revisions: [] }])).toBeUndefined();
});
