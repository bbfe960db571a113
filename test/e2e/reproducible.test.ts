// The cheap, always-on half of "reproducible": in each build the timestamp appears only in the files
// src/site/reproducible.ts lists. The full check (two builds, compared) is `npm run check:reproducible`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { unlistedStamps } from '../../src/site/reproducible.ts';
import { ALL_SITES } from './sites.ts';

test.each(ALL_SITES)('$root: the build timestamp appears only in the listed files', ({ root }) => {
  const stamp = JSON.parse(readFileSync(join(root, 'data/tasks.json'), 'utf8')).meta.generated_at as string;
  expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(JSON.parse(readFileSync(join(root, 'data/reports.json'), 'utf8')).meta.generated_at).toBe(stamp);
  expect(unlistedStamps(root, stamp)).toEqual([]);
});
