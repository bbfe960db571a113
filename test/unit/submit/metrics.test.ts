import { expect, test } from 'vitest';
import { numberOrText } from '../../../src/client/submit/metrics.ts';

test('a number as YAML reads an unquoted one; anything else stays text for the schema to word', () => {
  expect(numberOrText(' 85 ')).toBe(85);
  expect(numberOrText('-1.5e3')).toBe(-1500);
  expect(numberOrText('.5')).toBe(0.5);
  expect(numberOrText('85%')).toBe('85%');
  expect(numberOrText('1.5万')).toBe('1.5万');
  expect(numberOrText('0x10')).toBe('0x10');
  expect(numberOrText('   ')).toBeUndefined();
});
