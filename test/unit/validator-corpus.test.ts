// The validator fails loudly and precisely: a minimal valid dataset loads with zero problems, and
// each invalid case (an overlay on a temp copy of it) gives exactly the problems in its expected.yaml:
// file, line, column, code, field, message and fix, no more and no fewer.
import { expect, test, describe } from 'vitest';
import { problemLine } from '../../src/content/report-problems.ts';
import { loadDataset, type Dataset } from '../../src/content/load.ts';
import { caseNames, comparable, loadCopy, MINIMAL, readExpected, TODAY, withCase } from './fixture-corpus.ts';

const cases = caseNames();

function datasetOf(caseName: string): Dataset {
  return withCase(caseName, (root) => {
    const result = loadCopy(root);
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error(`${caseName} did not load`);
    return result.dataset;
  });
}

describe('the minimal valid dataset', () => {
  test('loads in place with zero problems', () => {
    const result = loadDataset({ contentDir: MINIMAL, displayRoot: MINIMAL, today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fileCount).toBe(9);
    expect(result.dataset.areas.map((a) => a.id)).toEqual(['education', 'employment']);
    expect(result.dataset.units.map((u) => u.id)).toEqual(['edu', 'drc', 'finance']);
    expect(result.dataset.tasks.map((t) => [t.id, t.targets.length])).toEqual([[1, 2], [2, 1], [3, 1]]);
    expect(result.dataset.reports.map((r) => `${r.period}/${r.task}`)).toEqual(['2023-Q1/1', '2023-Q2/1']);
  });

  test('loads from a temp copy with zero problems (the harness itself adds nothing)', () => {
    withCase(undefined, (root) => {
      const result = loadCopy(root);
      expect(result.problems).toEqual([]);
      expect(result.ok).toBe(true);
    });
  });
});

describe('the invalid corpus', () => {
  test('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  test.each(cases)('%s', (caseName) => {
    const expected = readExpected(caseName);
    withCase(caseName, (root) => {
      const result = loadCopy(root);
      const { got, want } = comparable(result.problems, expected);
      expect(got).toEqual(want);
      // The dataset is usable exactly when nothing but warnings was found.
      expect(result.ok).toBe(expected.every((p) => p.severity === 'warning'));
      for (const e of expected) {
        for (const secret of e.not_in_message ?? []) {
          for (const p of result.problems) {
            expect(p.message).not.toContain(secret);
            expect(p.fix ?? '').not.toContain(secret);
          }
        }
      }
    });
  });
});

describe('what the corpus proves beyond the problem list', () => {
  test('a billion-laughs file is rejected before anything expands it', () => {
    withCase('yaml-billion-laughs', (root) => {
      const start = performance.now();
      const result = loadCopy(root);
      const elapsed = performance.now() - start;
      expect(result.ok).toBe(false);
      expect(result.problems.every((p) => p.code === 'yaml.bad-alias')).toBe(true);
      // A sanity bound, generous on purpose: expanding the aliases would take minutes and gigabytes.
      expect(elapsed).toBeLessThan(1000);
    });
  });

  test('YAML 1.2 core typing: 0o17 is 15, an unquoted date and 1:20 stay strings, a quoted "on" is text', () => {
    expect(datasetOf('accepted-yaml12-value-0o17-is-octal-15').reports[0]!.metrics[1]!.value).toBe(15);
    expect(datasetOf('accepted-unquoted-date-stays-a-string').tasks[0]!.targets[0]!.deadline).toBe('2025-12-31');
    expect(datasetOf('accepted-yaml11-summary-1-20-stays-a-string').reports[0]!.summary).toBe('1:20');
    expect(datasetOf('accepted-quoted-on-is-text').reports[0]!.summary).toBe('on');
  });

  test('a BOM file and a CRLF file read exactly like the plain LF file', () => {
    const plain = datasetOf('accepted-quoted-on-is-text'); // any accepted overlay that leaves 2023-Q1 details alone
    const bom = datasetOf('accepted-bom');
    const crlf = datasetOf('accepted-crlf');
    expect(bom.reports).toEqual(crlf.reports);
    expect(crlf.reports[0]!.details).toBe(plain.reports[0]!.details);
    expect(crlf.reports[0]!.details).not.toContain('\r');
    expect(crlf.tasks[0]!.text).not.toContain('\r');
  });

  test.each(['details-mobile-number', 'details-id-number', 'details-email'])(
    'privacy (%s): the line names the field and never echoes the personal data',
    (caseName) => {
      const secrets = readExpected(caseName).flatMap((e) => e.not_in_message ?? []);
      expect(secrets.length).toBeGreaterThan(0);
      withCase(caseName, (root) => {
        const [problem, ...rest] = loadCopy(root).problems;
        expect(rest).toEqual([]);
        const line = problemLine(problem!);
        expect(line).toMatch(/^reports\/2023-Q1\/01\.yaml:8:\d+ error details: 疑似含有/);
        for (const secret of secrets) expect(line).not.toContain(secret);
      });
    },
  );

  test.each(['many-schema-problems-one-report', 'many-cross-check-problems-one-report'])(
    '%s: one file with many problems reports all of them in one run',
    (caseName) => {
      withCase(caseName, (root) => {
        const problems = loadCopy(root).problems;
        expect(new Set(problems.map((p) => p.file))).toEqual(new Set(['reports/2023-Q1/01.yaml']));
        const distinct = new Set(problems.map((p) => `${p.line}:${p.col} ${p.code} ${p.field}`));
        expect(distinct.size).toBeGreaterThanOrEqual(6);
        expect(distinct.size).toBe(readExpected(caseName).length);
      });
    },
  );

  test('a report with schema and cross-file problems reports both kinds in one run, in well under a second', () => {
    withCase('many-problems-schema-and-cross-file', (root) => {
      const start = performance.now();
      const problems = loadCopy(root).problems;
      const elapsed = performance.now() - start;
      // Printed, not asserted tightly: the machine is shared. The bound only catches a runaway.
      console.log(`many-problems-schema-and-cross-file: ${problems.length} problems in ${elapsed.toFixed(0)} ms`);
      expect(elapsed).toBeLessThan(5000);
      const codes = new Set(problems.map((p) => p.code));
      for (const code of ['schema.invalid-value', 'schema.unknown-field', 'report.folder', 'report.file-name', 'report.duplicate', 'report.reported-by', 'report.future', 'report.metric-percent']) {
        expect(codes).toContain(code);
      }
      expect(problems.length).toBe(readExpected('many-problems-schema-and-cross-file').length);
    });
  });

  test('cross-file checks skip the fields that failed the schema (no second message for one mistake)', () => {
    // many-schema-problems-one-report has an invalid reported_on: no date check runs on it.
    withCase('many-schema-problems-one-report', (root) => {
      const onReportedOn = loadCopy(root).problems.filter((p) => p.field === 'reported_on');
      expect(onReportedOn.map((p) => p.code)).toEqual(['schema.invalid-text']);
    });
  });
});
