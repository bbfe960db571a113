import { describe, expect, test } from 'vitest';
import { compareReadings, latestMetric, type Metric } from '../../src/schema/index.ts';

const metric = (value: number, as_of: string): Metric => ({ target: 't', value, as_of });

describe('compareReadings', () => {
  test('orders by as_of first, whatever the report', () => {
    expect(compareReadings({ as_of: '2023-03-31', reportPeriod: '2024-Q1' }, { as_of: '2023-06-30', reportPeriod: '2023-Q2' })).toBe(-1);
    expect(compareReadings({ as_of: '2023-06-30', reportPeriod: '2023-Q2' }, { as_of: '2023-03-31', reportPeriod: '2024-Q1' })).toBe(1);
  });

  test('on the same as_of the later report is the later reading (a correction)', () => {
    expect(compareReadings({ as_of: '2023-12-31', reportPeriod: '2023-Q4' }, { as_of: '2023-12-31', reportPeriod: '2024-Q1' })).toBe(-1);
    expect(compareReadings({ as_of: '2023-12-31', reportPeriod: '2024-Q1' }, { as_of: '2023-12-31', reportPeriod: '2023-Q4' })).toBe(1);
    expect(compareReadings({ as_of: '2023-12-31', reportPeriod: '2024-Q1' }, { as_of: '2023-12-31', reportPeriod: '2024-Q1' })).toBe(0);
  });
});

describe('latestMetric', () => {
  const q4 = { period: '2023-Q4', metrics: [metric(5, '2023-12-31'), { ...metric(1, '2023-12-31'), target: 'other' }] };
  const q1 = { period: '2024-Q1', metrics: [metric(7, '2023-12-31')] };
  const q2 = { period: '2024-Q2', metrics: [metric(9, '2024-06-30')] };

  test('a tie on as_of goes to the later report, in whatever order the reports come', () => {
    expect(latestMetric([q4, q1], 't')).toEqual({ metric: metric(7, '2023-12-31'), reportPeriod: '2024-Q1' });
    expect(latestMetric([q1, q4], 't')).toEqual({ metric: metric(7, '2023-12-31'), reportPeriod: '2024-Q1' });
  });

  test('a later as_of wins over a later report', () => {
    const late = { period: '2024-Q3', metrics: [metric(3, '2024-03-31')] };
    expect(latestMetric([q2, late], 't')?.metric.value).toBe(9);
  });

  test('only readings of the target that `include` accepts count', () => {
    expect(latestMetric([q4, q1, q2], 't', (m) => m.as_of <= '2024-03-31')?.metric.value).toBe(7);
    expect(latestMetric([q4, q1, q2], 'other')?.metric.value).toBe(1);
    expect(latestMetric([q4, q1, q2], 'absent')).toBeNull();
    expect(latestMetric([q2], 't', (m) => m.as_of < '2024-01-01')).toBeNull();
  });
});
