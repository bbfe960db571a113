// What a first visit to each page type downloads (gzip), against the committed budget. The numbers
// are printed on every run so a change in weight shows up in the test output.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PAGE_TYPES as PAGES, pageWeight, type PageWeight } from '../../src/audit/page-weight.ts';

const budget = JSON.parse(readFileSync(new URL('./page-weight.budget.json', import.meta.url), 'utf8')) as {
  totalBytes: Record<string, number>;
  elderlyModeScriptBytes: number;
  pagesWithScripts: Record<string, string>;
};

const ELDERLY_SCRIPT = '/elderly-mode.js';

for (const [build, root, extra] of [
  ['real', 'dist', {}],
  ['demo', 'dist-demo', { quarter: '/reports/2023-Q4/' }],
] as const) {
  describe(`page weight, ${build} build`, () => {
    const weights = Object.entries({ ...PAGES, ...extra }).map(([type, path]) => ({ type, ...pageWeight(root, '/', path) }));
    const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
    console.log(
      [`页面重量(gzip, KB) ${build}:`, 'type                   html    css     js  total  budget']
        .concat(weights.map((w) => `${w.type.padEnd(20)} ${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.total)} ${kb(limit(w.type))}`))
        .join('\n'),
    );

    for (const w of weights) {
      test(`${w.type} (${w.page}) stays within ${kb(limit(w.type)).trim()} KB`, () => {
        expect(w.total).toBeLessThanOrEqual(limit(w.type));
      });
      test(`${w.type} loads only the scripts it uses`, () => {
        expect(w.scripts[0]).toBe(ELDERLY_SCRIPT);
        if (!(w.type in budget.pagesWithScripts)) expect(w.scripts).toEqual([ELDERLY_SCRIPT]);
        // Chart.js only where a chart is drawn.
        const hasChart = readFileSync(`${root}${w.page.endsWith('/') ? `${w.page}index.html` : w.page}`, 'utf8').includes('<canvas');
        expect(w.scripts.some((s) => /\/charts\.[\w-]+\.js$/.test(s))).toBe(hasChart);
      });
    }

    test('the elderly-mode script every page carries stays small', () => {
      const dashboard = weights.find((w) => w.type === 'dashboard') as PageWeight;
      const alone = pageWeight(root, '/', '/404.html');
      expect(alone.scripts).toEqual([ELDERLY_SCRIPT]);
      expect(alone.js).toBeLessThanOrEqual(budget.elderlyModeScriptBytes);
      expect(dashboard.scripts).toContain(ELDERLY_SCRIPT);
    });
  });
}

function limit(type: string): number {
  const fallback = budget.totalBytes.default;
  if (fallback === undefined) throw new Error('page-weight.budget.json: totalBytes.default is missing');
  return budget.totalBytes[type] ?? fallback;
}
