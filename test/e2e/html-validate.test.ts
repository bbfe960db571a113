// Every HTML file of both builds passes html-validate with the committed .htmlvalidate.json.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtPages } from './built-files.ts';
import { DEMO, REAL, TWO } from './sites.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const { root } of [REAL, DEMO, TWO]) {
  describe(`html-validate over ${root}/`, () => {
    test('every HTML file is valid', async () => {
      const files = builtPages(root).map((page) => page.file);
      expect(files.length).toBeGreaterThan(50);
      const problems: string[] = [];
      for (const file of files) {
        const report = await validator.validateFile(file);
        for (const result of report.results) {
          for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
}
