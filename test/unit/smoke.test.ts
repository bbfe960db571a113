import { expect, test } from 'vitest';
import { loadDataset } from '../../src/content/load.ts';
import { readPlanDocument } from '../../src/content/plan-text.ts';
import { GENERIC_CONTENTS } from '../generic-contents.ts';

test.each(GENERIC_CONTENTS)('$name loads with no problem, with as many areas and tasks as its plan text', ({ contentDir }) => {
  const result = loadDataset({ contentDir });
  expect(result.problems).toEqual([]);
  if (!result.ok) throw new Error('not ok');
  const document = readPlanDocument(result.dataset.planText, result.dataset.plan.title);
  expect(result.dataset.areas).toHaveLength(document.areas.length);
  expect(result.dataset.tasks.map((t) => t.id)).toEqual(document.tasks.map((t) => t.id));
});
