// Checking time against input size: no input may make checking slower than linear in its size. Each
// text rule runs over fields of 1k to 250k characters built to make a backtracking pattern work hardest
// (long runs of letters, spaces, `<`, `@`, digits, lines), with the length limit lifted so every rule
// scans the whole field; then the real summary rule (limit first), and a file with thousands of problems.
// Run alone: node bench/long-input.ts; npm run bench includes its table.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prose, webUrl } from '../src/schema/text.ts';
import { ReportSchema } from '../src/schema/index.ts';
import { readContentFile } from '../src/content/read-file.ts';
import { problemLine } from '../src/content/report-problems.ts';
import { markdownTable } from './table.ts';

export const FIELD_SIZES = [1_000, 10_000, 100_000, 250_000];
export const PROBLEM_COUNTS = [5_000, 10_000, 20_000];

const ADVERSARIAL: Record<string, (n: number) => string> = {
  letters: (n) => 'a'.repeat(n),
  'many <': (n) => '<a'.repeat(n / 2),
  'spaces inside': (n) => `a${' '.repeat(n - 2)}a`,
  'many @': (n) => 'a@'.repeat(n / 2),
  digits: (n) => '1'.repeat(n),
  'CJK lines': (n) => '某市公共服务事项\n'.repeat(n / 8),
  'emoji joiners': (n) => '👩‍💻'.repeat(n / 5),
};

/** Median of `runs` timings of `fn`, in milliseconds. */
function median(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const ms = (t: number) => (t < 1 ? t.toFixed(3) : t.toFixed(1));

export function longInputTables(runs = 5): string {
  const everyRule = prose({ multiline: true, max: Number.MAX_SAFE_INTEGER });
  const url = webUrl();
  const rows: string[][] = [];
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    const times = FIELD_SIZES.map((n) => {
      const text = make(n);
      return median(() => everyRule.safeParse(text), runs);
    });
    const perK = times.map((t, i) => t / (FIELD_SIZES[i]! / 1000));
    rows.push([name, ...times.map(ms), (perK.at(-1)! / perK[1]!).toFixed(2)]);
  }
  const summary = ReportSchema.shape.summary;
  rows.push(['summary rule (limit 120 first)', ...FIELD_SIZES.map((n) => ms(median(() => summary.safeParse('天'.repeat(n)), runs))), '—']);
  rows.push(['evidence URL', ...FIELD_SIZES.map((n) => ms(median(() => url.safeParse(`https://www.tianmen.gov.cn/${'a'.repeat(n)}`), runs))), '—']);
  const fields = markdownTable(['field text', ...FIELD_SIZES.map((n) => `${n / 1000}k chars (ms)`), 'per-char 250k / 10k'], rows);

  const dir = mkdtempSync(join(tmpdir(), 'bench-problems-'));
  try {
    const problemRows = PROBLEM_COUNTS.map((count) => {
      const path = join(dir, `${count}.yaml`);
      // Every evidence item is a number where a title and URL belong: one problem each.
      writeFileSync(path, `task: 1\nperiod: 2023-Q1\nstatus: on_track\nsummary: 进展\nreported_by: edu\nreported_on: 2023-04-10\nevidence:\n${'  - 1\n'.repeat(count)}`);
      let found = 0;
      const t = median(() => {
        const read = readContentFile({ path, file: 'reports/2023-Q1/01.yaml', kind: 'report' });
        found = read.problems.map(problemLine).length;
      }, Math.max(1, Math.floor(runs / 2)));
      return [String(count), String(found), ms(t), ((t / count) * 1000).toFixed(1)];
    });
    const problems = markdownTable(['problems in one file', 'listed', 'read + listed (ms)', 'µs per problem'], problemRows);
    return `${fields}\n\n${problems}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(longInputTables());
