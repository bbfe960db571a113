// The one default as-of date of a new metric reading: the form's date box and the draft file's example.
import { expect, test } from 'vitest';
import { defaultAsOf } from '../../src/schema/period.ts';
import { draftReport } from '../../src/content/report-yaml.ts';

test('a quarter that has ended: its last day', () => {
  expect(defaultAsOf('2025-Q1', '2025-04-10')).toBe('2025-03-31');
  expect(defaultAsOf('2024-Q4', '2025-01-01')).toBe('2024-12-31');
  expect(defaultAsOf('2024-Q1', '2024-03-31')).toBe('2024-03-31');
});

test('a quarter still running: the report date', () => {
  expect(defaultAsOf('2025-Q2', '2025-04-10')).toBe('2025-04-10');
});

test('the draft file writes the same date as its example reading', () => {
  const task = { id: 9, title: '测试', lead: ['u'], targets: [{ id: 't', label: '指标', quote: '指标', value: 1, unit: '个', comparator: 'at_least' as const }] };
  const draft = draftReport({ task, period: '2025-Q2', reportedOn: '2025-04-10', earlier: [] });
  expect(draft.comments.before?.metrics).toContain('    as_of: "2025-04-10"');
});
