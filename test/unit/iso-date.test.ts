import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { isIsoDate } from '../../src/schema/index.ts';
import { isoDate } from '../../src/schema/text.ts';

describe('isIsoDate', () => {
  test.each(['2023-03-31', '2024-02-29', '2000-02-29', '0001-01-01', '2023-12-31'])('%s is a date', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  test.each([
    '2023-02-29', // not a leap year
    '1900-02-29', // a century that is not a leap year
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-01-00',
    '2023-3-31', // month without its zero
    '2023/03/31',
    '2023-03-31T00:00:00Z',
    ' 2023-03-31',
    '２０２３-03-31', // full-width digits
    '',
  ])('%j is not', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

test('the schema field accepts exactly what isIsoDate accepts, with a fix in Chinese', () => {
  const schema = isoDate();
  expect(schema.safeParse('2024-02-29').success).toBe(true);
  const result = schema.safeParse('2023-02-29');
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((i) => [i.message, (i as z.core.$ZodIssueCustom).params])).toEqual([
    ['"2023-02-29" 不是有效日期', { fix: '日期格式为 YYYY-MM-DD,例如 2023-03-31' }],
  ]);
});
