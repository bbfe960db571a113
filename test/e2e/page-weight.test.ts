// What a first visit to each page type downloads (gzip), against the committed budget, for every site
// under test (the pages chosen from each site's own dataset). The numbers are printed on every run so a
// change in weight shows up in the test output.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtFile, NOT_FOUND_PAGE, pageTypes, pageWeight } from './page-weight.ts';
import { DEMO, REAL, SECOND, SUBPATH } from './sites.ts';

interface Budget {
  totalBytes: Record<string, number>;
  elderlyModeScriptBytes: number;
  pagesWithScripts: Record<string, { for: string; scriptBytes: number }>;
}
const budget = JSON.parse(readFileSync(new URL('./page-weight.budget.json', import.meta.url), 'utf8')) as Budget;

const CHART_CODE = /\/charts\.[\w-]+\.js$/;
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);

function limit(type: string): number {
  const fallback = budget.totalBytes.default;
  if (fallback === undefined) throw new Error('page-weight.budget.json: totalBytes.default is missing');
  return budget.totalBytes[type] ?? fallback;
}

for (const site of [REAL, DEMO, SUBPATH, SECOND]) {
  describe(`page weight, ${site.name} build (${site.root}/)`, () => {
    const elderlyScript = site.urls.url('elderly-mode.js');
    const weights = Object.entries(pageTypes(site.dataset())).map(([type, path]) => ({ type, ...pageWeight(site.root, site.urls, path) }));
    console.log(
      [`页面重量(gzip, KB) ${site.name}:`, 'type                   html    css     js  total  budget']
        .concat(weights.map((w) => `${w.type.padEnd(20)} ${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.total)} ${kb(limit(w.type))}`))
        .join('\n'),
    );

    test('every page type that allows scripts is measured', () => {
      expect(Object.keys(budget.pagesWithScripts).filter((type) => !weights.some((w) => w.type === type))).toEqual([]);
    });

    for (const w of weights) {
      const allowed = budget.pagesWithScripts[w.type];
      const drawsChart = readFileSync(builtFile(site.root, site.urls, site.urls.url(w.page)), 'utf8').includes('<canvas');

      test(`${w.type} (${w.page}) stays within ${kb(limit(w.type)).trim()} KB`, () => {
        expect(w.total).toBeLessThanOrEqual(limit(w.type));
      });

      test(`${w.type}: the elderly-mode script first, and Chart.js only where a chart is drawn`, () => {
        expect(w.scripts[0]).toBe(elderlyScript);
        expect(w.scripts.some((s) => CHART_CODE.test(s))).toBe(drawsChart);
      });

      if (!allowed) {
        test(`${w.type} loads no script but the elderly-mode one`, () => {
          expect(w.scripts).toEqual([elderlyScript]);
        });
        continue;
      }
      const loadsOwnScripts = allowed.for === 'charts' ? drawsChart : true;
      test(`${w.type} loads its own scripts (${allowed.for}) ${loadsOwnScripts ? '' : 'not (no chart on this page) '}within ${allowed.scriptBytes} bytes`, () => {
        expect(w.scripts.length > 1).toBe(loadsOwnScripts);
        expect(w.js).toBeLessThanOrEqual(allowed.scriptBytes);
      });
    }

    test('the elderly-mode script every page carries stays small', () => {
      const alone = pageWeight(site.root, site.urls, NOT_FOUND_PAGE);
      expect(alone.scripts).toEqual([elderlyScript]);
      expect(alone.js).toBeLessThanOrEqual(budget.elderlyModeScriptBytes);
    });
  });
}
