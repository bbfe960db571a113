// The schedule fields of a target and the plan: what the validator accepts and what it refuses.
import { describe, expect, test } from 'vitest';
import { PlanSchema, TargetSchema } from '../../../src/schema/index.ts';

const target = { id: 't', label: '目标', quote: '目标', value: 10, unit: '个', comparator: 'reach' };

describe('target start and baseline', () => {
  test('a target may state when its clock starts and its baseline with a source', () => {
    const parsed = TargetSchema.parse({ ...target, start: '2023-01-01', deadline: '2023-12-31', baseline: { value: 4, source: '2022年统计公报' } });
    expect(parsed.start).toBe('2023-01-01');
    expect(parsed.baseline).toEqual({ value: 4, source: '2022年统计公报' });
  });

  test('a start after the deadline is refused at start', () => {
    const result = TargetSchema.safeParse({ ...target, start: '2024-01-01', deadline: '2023-12-31' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['start', '起算日期 2024-01-01 晚于完成期限 2023-12-31']]);
  });

  test('a baseline on a limit or a reduction is refused: the reading already is the measure', () => {
    for (const comparator of ['at_most', 'reduce_by']) {
      const result = TargetSchema.safeParse({ ...target, comparator, baseline: { value: 1, source: '来源' } });
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['baseline']);
    }
  });

  test('a baseline needs its source', () => {
    const result = TargetSchema.safeParse({ ...target, baseline: { value: 1 } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['baseline.source']);
  });
});

describe('plan schedule block', () => {
  const plan = PlanSchema.shape;
  test('optional; when present its tolerance defaults to 5 points', () => {
    expect(plan.schedule.parse(undefined)).toBeUndefined();
    expect(plan.schedule.parse({})).toEqual({ tolerance: 5 });
    expect(plan.schedule.parse({ tolerance: 10 })).toEqual({ tolerance: 10 });
    expect(plan.schedule.safeParse({ tolerance: -1 }).success).toBe(false);
  });
});
