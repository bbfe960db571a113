// The one "today" of the validator, new:report and the form is China's date, whatever the machine's zone.
import { expect, test } from 'vitest';
import { todayInChina } from '../../src/schema/index.ts';

test('a morning report in China is dated today, not yesterday as UTC would have it', () => {
  expect(todayInChina(new Date('2026-11-28T23:30:00Z'))).toBe('2026-11-29'); // 07:30 in Tianmen
  expect(todayInChina(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-29'); // 23:59:59
  expect(todayInChina(new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30'); // midnight
});
