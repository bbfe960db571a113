import { expect, test } from 'vitest';
import { loadDataset } from '../../src/content/load.ts';

test('the real content loads: 12 areas, 40 tasks', () => {
  const result = loadDataset({ contentDir: 'content' });
  expect(result.problems).toEqual([]);
  if (!result.ok) throw new Error('not ok');
  expect(result.dataset.areas).toHaveLength(12);
  expect(result.dataset.tasks).toHaveLength(40);
});
