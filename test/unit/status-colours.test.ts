// The status colours live in the stylesheet only: the chart code reads them (getComputedStyle), so a
// colour written in the script as well would be a second copy that can drift.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { TASK_STATUS_KEYS } from '../../src/schema/index.ts';

const css = readFileSync('src/styles/site.css', 'utf8');
const charts = readFileSync('src/client/charts.ts', 'utf8');
const rootBlock = /^:root \{([^}]*)\}/m.exec(css)![1]!;
const rootProperties = new Set([...rootBlock.matchAll(/^\s*(--[\w-]+):/gm)].map((m) => m[1]!));

test('every task state has its colour on :root, and its badge uses the state colours', () => {
  for (const key of TASK_STATUS_KEYS) expect(rootProperties, key).toContain(`--status-${key}`);
  expect([...css.matchAll(/^\.status-[\w, .-]+\{ color: ([^;]+);/gm)].map((m) => m[1])).toEqual([
    'var(--status-completed)',
    'var(--accent-dark)',
    'var(--status-ongoing)',
    'var(--status-at_risk)',
    'var(--status-not_started)',
  ]);
});

test('the chart script writes no colour of its own and reads only properties the stylesheet sets', () => {
  expect(charts.match(/#[0-9a-f]{3,8}\b|rgba?\(/gi)).toBeNull();
  const read = [...charts.matchAll(/cssColour\('(--[\w-]+)'\)/g)].map((m) => m[1]!);
  expect(read.length).toBeGreaterThan(2);
  for (const property of read) expect(rootProperties, property).toContain(property);
  expect(charts).toContain('cssColour(`--status-${key}`)');
});
