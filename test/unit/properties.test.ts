// Property-based tests of the loader (fast-check):
// 1. Random damage to real files (task files and demo reports) never crashes the loader: it returns
//    either a dataset or problems, each with a file, a line and column >= 1 and a Chinese message.
// 2. Any valid report, written by src/content/report-yaml.ts and read back by the loader, is the same
//    report: the writer's quoting survives quotes, colons, #, newlines, CJK, YAML 1.1 words and dates.
// Each run loads a small temp dataset (the real site, plan, areas and units, and only the task files a
// case needs), so a couple of hundred runs take seconds. Seeds are printed by fast-check on failure:
// rerun one with `fc.assert(..., { seed, path })`.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDataset, type LoadResult } from '../../src/content/load.ts';
import { reportToYaml } from '../../src/content/report-yaml.ts';
import { taskFileName } from '../../src/content/paths.ts';
import { listFiles } from '../../src/fs/walk.ts';
import { decodeContent } from '../../src/content/encoding.ts';
import { earliestAsOf } from '../../src/content/report-rules.ts';
import {
  PlanSchema,
  reportingWindow,
  windowPeriodsUpTo,
  periodEnd,
  periodOfDate,
  periodRange,
  periodStart,
  EvidenceSchema,
  MetricSchema,
  ReportSchema,
  STATUS_KEYS,
  TaskSchema,
  type Report,
  type Task,
} from '../../src/schema/index.ts';
import { parse } from 'yaml';
import { REPO_ROOT, TODAY } from './fixture-corpus.ts';

const CONTENT = join(REPO_ROOT, 'content');
// content/ holds one plan, in plans/<id>/ beside the shared site.yaml and units.yaml.
const PLAN_DIR = join(CONTENT, 'plans', readdirSync(join(CONTENT, 'plans'))[0]!);
const DEMO_REPORTS = join(REPO_ROOT, 'examples/demo/reports');
/** content/plan.yaml's date. */
const PLAN_DATE = '2022-10-13';
const NUM_RUNS = Number(process.env.PROPERTY_RUNS) || 100;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'properties-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A fresh dataset folder: the real base files and tasks (every task of the plan text must have its file),
 * then the given task and report files (path → text) over them.
 */
function load(files: Record<string, string | Uint8Array>): { result: LoadResult; dir: string } {
  const dir = mkdtempSync(join(root, 'case-'));
  for (const name of ['site.yaml', 'units.yaml']) cpSync(join(CONTENT, name), join(dir, name));
  for (const name of ['plan.yaml', 'areas.yaml']) cpSync(join(PLAN_DIR, name), join(dir, name));
  mkdirSync(join(dir, 'source'));
  cpSync(join(PLAN_DIR, 'source/plan.txt'), join(dir, 'source/plan.txt'));
  cpSync(join(PLAN_DIR, 'tasks'), join(dir, 'tasks'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const result = loadDataset({ contentDir: dir, displayRoot: dir, today: TODAY });
  return { result, dir };
}

// ---------------------------------------------------------------------------------------------
// 1. Damaged files

const taskFiles = readdirSync(join(PLAN_DIR, 'tasks'))
  .filter((n) => n.endsWith('.yaml'))
  .sort()
  .map((name) => ({ path: `tasks/${name}`, text: readFileSync(join(PLAN_DIR, 'tasks', name), 'utf8') }));
const demoReports = listFiles(DEMO_REPORTS).map((path) => ({ path: `reports/${path}`, text: readFileSync(join(DEMO_REPORTS, path), 'utf8') }));
const taskText = (id: number) => taskFiles.find((f) => f.path === `tasks/${taskFileName(id)}`)!.text;

// What people (and editors) actually break YAML with, plus what attackers try.
const FRAGMENTS = [
  ': ', ':', '- ', '-', '"', "'", '\t', '  ', '\n', '\r\n', '\r', '#', ' #', '|', '|-', '>', '{', '}', '[', ']', ',', '?', '!',
  '&a ', '*a', '&a [*a, *a]', '!!js/function "x"', '!!binary aGk=', '!env X', '%YAML 1.1\n', '%TAG ! tag:x,2000:\n', '---\n', '...\n',
  '<<: *a', 'no', 'on', 'yes', '~', 'null', '.nan', '.inf', '-.inf', '0o17', '0x1F', '1_000', '1:20', '2023-02-30', '1e999',
  '８５', '85％', '\u3000', '\u00A0', '\uFEFF', '\u200B', '\u202E', '\u0000', '\u0007', '\u001B', '\u2028', 'e\u0301', '\uD800',
  '<script>alert(1)</script>', 'javascript:alert(1)', 'https:example.com', 'ht\ttps://x.cn', '13912345678', 'a@b.cn',
  'task: 1', 'period: 2023-Q1', 'status: done', 'stauts: on_track', 'metrics:\n  - target: x\n    value: 1', '😀', '中文，标点。',
];

const anyText = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
);

type Mutation = (text: string) => string;
const at = (text: string, position: number) => Math.floor(position * (text.length + 1));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // delete a range of characters (may split a surrogate pair or a CRLF)
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 20 })).map(([p, n]): Mutation => (t) => {
    const i = at(t, p);
    return t.slice(0, i) + t.slice(i + n);
  }),
  // insert a fragment or random text
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), anyText).map(([p, s]): Mutation => (t) => {
    const i = at(t, p);
    return t.slice(0, i) + s + t.slice(i);
  }),
  // swap two lines
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (t) => {
    const lines = t.split('\n');
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return lines.join('\n');
  }),
  // duplicate or drop a line
  fc.tuple(fc.nat(), fc.boolean()).map(([a, dup]): Mutation => (t) => {
    const lines = t.split('\n');
    const i = a % lines.length;
    lines.splice(i, dup ? 0 : 1, ...(dup ? [lines[i]!] : []));
    return lines.join('\n');
  }),
  // change a value: everything after the first ": " of a line
  fc.tuple(fc.nat(), anyText).map(([a, s]): Mutation => (t) => {
    const lines = t.split('\n');
    const candidates = lines.map((line, i) => (line.includes(': ') ? i : -1)).filter((i) => i >= 0);
    if (candidates.length === 0) return t;
    const i = candidates[a % candidates.length]!;
    lines[i] = lines[i]!.slice(0, lines[i]!.indexOf(': ') + 2) + s;
    return lines.join('\n');
  }),
  // change the indentation of a line
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([a, d]): Mutation => (t) => {
    const lines = t.split('\n');
    const i = a % lines.length;
    lines[i] = d >= 0 ? ' '.repeat(d) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-d}}`), '');
    return lines.join('\n');
  }),
);

const HAN = /\p{Script=Han}/u;

function expectWellFormed(result: LoadResult, files: Record<string, string>) {
  if (result.ok) {
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
  } else {
    expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
  }
  for (const p of result.problems) {
    expect(typeof p.file === 'string' && p.file.length > 0, JSON.stringify(p)).toBe(true);
    expect(Number.isInteger(p.line) && p.line >= 1, JSON.stringify(p)).toBe(true);
    expect(Number.isInteger(p.col) && p.col >= 1, JSON.stringify(p)).toBe(true);
    expect(p.message, JSON.stringify(p)).toMatch(HAN);
    // A problem in a file we wrote points inside that file (one line past the end at most).
    const text = files[p.file];
    if (text !== undefined) expect(p.line, JSON.stringify(p)).toBeLessThanOrEqual(text.split(/\r\n|\r|\n|\u2028|\u2029/).length + 1);
  }
}

describe('damaged files never crash the loader', () => {
  test('a real task file, randomly damaged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...taskFiles), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, mutations) => {
        const text = mutations.reduce((t, m) => m(t), file.text);
        const files = { [file.path]: text };
        expectWellFormed(load(files).result, files);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('a demo report, randomly damaged, next to its task', () => {
    fc.assert(
      fc.property(fc.constantFrom(...demoReports), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, mutations) => {
        const text = mutations.reduce((t, m) => m(t), file.text);
        const id = Number(/(\d+)\.yaml$/.exec(file.path)![1]);
        const files = { [`tasks/${taskFileName(id)}`]: taskText(id), [file.path]: text };
        expectWellFormed(load(files).result, files);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('random bytes and random YAML-ish fragments as a whole report', () => {
    const junk = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(anyText, { maxLength: 30 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(junk, (text) => {
        const files = { 'tasks/01.yaml': taskText(1), 'reports/2023-Q1/01.yaml': text };
        expectWellFormed(load(files).result, files);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Writing then reading a valid report loses nothing

const tasks: Task[] = taskFiles.map((f) => TaskSchema.parse(parse(f.text)));
// Quarters that have started by TODAY (the loader rejects a period later than its report date).
const periods = windowPeriodsUpTo(reportingWindow(PlanSchema.parse(parse(readFileSync(join(PLAN_DIR, 'plan.yaml'), 'utf8')))), periodOfDate(TODAY));

// Pieces that stress the writer's quoting and the reader's typing.
const TRICKY = [
  '"', "'", ':', ': ', '#', ' #', '- ', '-', '? ', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`', '\\', '~', '<', ' < ',
  'yes', 'no', 'on', 'off', 'y', 'null', 'true', '.inf', '.nan', '2023-03-31', '1:20', '0o17', '0x1F', '1_000', '012', '1e3', '85', '-1',
  '中文', '进展顺利', ',', '。', '、', ';', ':', '“', '”', '《', '》', '（', '）', '％', '８５', '…', '—', '😀', 'é', ' ', '\u3000',
  '&lt;script&gt;', '{{ x }}', '${x}', '<!-- x -->', 'javascript:alert(1)',
];
const trickyText = (withNewlines: boolean) =>
  fc
    .array(fc.oneof(fc.constantFrom(...TRICKY, ...(withNewlines ? ['\n', '\n\n', '\n  '] : [])), fc.string({ unit: 'grapheme', maxLength: 6 })), {
      minLength: 1,
      maxLength: 12,
    })
    .map((parts) => parts.join(''));

/** Text the schema accepts exactly as written (so a round trip can compare it). */
const validText = (schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, withNewlines = false) =>
  trickyText(withNewlines).filter((s) => {
    const r = schema.safeParse(s);
    return r.success && r.data === s;
  });

const summary = validText(ReportSchema.shape.summary);
const details = validText(ReportSchema.shape.details.unwrap(), true);
const shortText = validText(EvidenceSchema.shape.title);
const noteText = validText(MetricSchema.shape.note.unwrap());

const evidenceUrl = fc
  .tuple(
    fc.constantFrom('https://', 'http://'),
    fc.constantFrom('www.tianmen.gov.cn', 'example.org', '例子.中国', 'xn--fsqu00a.xn--fiqs8s', 'a-b.c.d.cn:8443'),
    fc.array(fc.constantFrom('/', 'a', '通知', '%20', '2023q1.html', '?a=1&b=2', '#top', "'", '"', '(x)', ':', '#', '~', ',', ';', '=', '{', '}'), { maxLength: 6 }),
  )
  .map(([scheme, host, path]) => `${scheme}${host}/${path.join('')}`)
  .filter((url) => EvidenceSchema.shape.url.safeParse(url).success);

function isoDay(from: string, to: string): fc.Arbitrary<string> {
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000);
  return fc.integer({ min: 0, max: Math.max(0, days) }).map((d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10));
}

const report: fc.Arbitrary<Report> = fc
  .record({ task: fc.constantFrom(...tasks), period: fc.constantFrom(...periods) })
  .chain(({ task, period }) => {
    const lastDay = periodEnd(period) < TODAY ? periodEnd(period) : TODAY;
    // Nobody reports before the plan exists; a reading is no older than the rule allows (report-rules.ts).
    return isoDay(periodStart(period) > PLAN_DATE ? periodStart(period) : PLAN_DATE, lastDay).chain((reportedOn) => {
      const metric = (target: Task['targets'][number]) =>
        fc.record(
          {
            target: fc.constant(target.id),
            value: fc.oneof(
              fc.integer({ min: 0, max: Math.max(1, Math.ceil(target.unit === '%' ? 100 : target.value * 2)) }),
              fc.double({ min: 0, max: target.unit === '%' ? 100 : Math.max(1, target.value * 2), noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
            ),
            as_of: isoDay(earliestAsOf(period, PLAN_DATE).date, reportedOn),
            note: fc.option(noteText, { nil: undefined }),
          },
          { requiredKeys: ['target', 'value', 'as_of'] },
        );
      return fc.record(
        {
          task: fc.constant(task.id),
          period: fc.constant(period),
          status: fc.constantFrom(...STATUS_KEYS),
          summary,
          details: fc.option(details, { nil: undefined }),
          metrics: fc.subarray(task.targets).chain((targets) => fc.tuple(...targets.map(metric))),
          evidence: fc.array(fc.record({ title: shortText, url: evidenceUrl }), { maxLength: 3 }),
          reported_by: fc.constantFrom(...task.lead),
          reported_on: fc.constant(reportedOn),
        },
        { requiredKeys: ['task', 'period', 'status', 'summary', 'metrics', 'evidence', 'reported_by', 'reported_on'] },
      );
    });
  })
  // A note key that is present but undefined is the same report; the reader never produces one.
  .map((r) => JSON.parse(JSON.stringify(r)) as Report);

describe('reportToYaml then the loader is lossless', () => {
  test('any valid report reads back identical', () => {
    fc.assert(
      fc.property(report, (original) => {
        const yamlText = reportToYaml(original);
        const files = { [`tasks/${taskFileName(original.task)}`]: taskText(original.task), [`reports/${original.period}/${taskFileName(original.task)}`]: yamlText };
        const { result } = load(files);
        expect(result.problems.filter((p) => p.severity === 'error'), yamlText).toEqual([]);
        if (!result.ok) return;
        expect(result.dataset.reports, yamlText).toEqual([original]);
        // And the writer is a fixed point: the report read back writes the same bytes.
        expect(reportToYaml(result.dataset.reports[0]!)).toBe(yamlText);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 3. The classes of issue #17: encodings, long inputs, hidden characters.

/**
 * GB18030 bytes of every character the demo reports use, found by asking Node's own decoder what each
 * two-byte sequence is (Node has no GB18030 encoder; this is its decoder read backwards, not a table).
 */
const GBK = (() => {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return map;
})();
const gb18030 = (text: string) => {
  const bytes = [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : GBK.get(ch) ?? []));
  return [...text].every((ch) => ch.charCodeAt(0) < 0x80 || GBK.has(ch)) ? new Uint8Array(bytes) : undefined;
};
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
const ENCODERS: Record<string, (text: string) => Uint8Array | undefined> = {
  gb18030,
  'utf-16le with BOM': (t) => Buffer.from(`\uFEFF${t}`, 'utf16le'),
  'utf-16le': (t) => Buffer.from(t, 'utf16le'),
  'utf-16be with BOM': (t) => utf16be(`\uFEFF${t}`),
  'utf-16be': utf16be,
};

describe('issue #17 classes', () => {
  test('a demo report saved in GB18030 or UTF-16 is one encoding problem, and converting it gives its text back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...demoReports), fc.constantFrom(...Object.keys(ENCODERS)), (file, encoding) => {
        const bytes = ENCODERS[encoding]!(file.text);
        if (bytes === undefined) return;
        const task = `tasks/${file.path.split('/').at(-1)}`;
        const files = { [task]: taskText(Number(task.slice(6, 8))), [file.path]: bytes };
        const { result } = load(files);
        expect(result.problems.map((p) => [p.file, p.code])).toEqual([[file.path, 'file.encoding']]);
        const decoded = decodeContent(bytes);
        expect(decoded.ok).toBe(false);
        if (!decoded.ok) expect(decoded.converted?.replace(/^\uFEFF/, '')).toBe(file.text);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('a text field of any length and content is checked without throwing, and a long one is refused on length alone', () => {
    const summary = ReportSchema.shape.summary;
    const details = ReportSchema.shape.details;
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 250_000 }), (parts, size) => {
        const unit = parts.join('') || 'a';
        const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
        const result = summary.safeParse(text);
        details.safeParse(text);
        if (text.trim().length > 120) {
          expect(result.success).toBe(false);
          expect(result.error?.issues.map((i) => i.message)).toEqual([`过长(${text.trim().length} 字,最多 120 字)`]);
        }
      }),
      { numRuns: 30 },
    );
  });

  const HIDDEN = /[\p{Default_Ignorable_Code_Point}\p{Cc}]/u;
  const hiddenCodePoint = fc
    .oneof(fc.integer({ min: 0, max: 0x3164 }), fc.integer({ min: 0xfe00, max: 0xfff8 }), fc.integer({ min: 0x1bca0, max: 0x1d17a }), fc.integer({ min: 0xe0000, max: 0xe0fff }))
    .map((cp) => String.fromCodePoint(cp))
    .filter((ch) => HIDDEN.test(ch) && !'\t\n\r'.includes(ch));
  const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

  test('every default-ignorable or control character inside a summary is refused, naming its code point; a variation selector after an ideograph is not', () => {
    const summary = ReportSchema.shape.summary;
    fc.assert(
      fc.property(hiddenCodePoint, (ch) => {
        const result = summary.safeParse(`覆盖率提升${ch}两所学校开工。`);
        if (VARIATION_SELECTOR.test(ch)) {
          expect(result.success).toBe(true);
        } else {
          expect(result.success).toBe(false);
          expect(result.error?.issues[0]?.message).toContain(`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
        }
      }),
      { numRuns: NUM_RUNS * 3 },
    );
  });

  test('emoji joined with U+200D stay valid; the same joiner between letters does not', () => {
    const emoji = fc.constantFrom('👩', '👨', '💻', '🔥', '❤️', '🏳️', '🌈', '👩🏽', '🧑');
    const summary = ReportSchema.shape.summary;
    fc.assert(
      fc.property(fc.array(emoji, { minLength: 2, maxLength: 4 }), fc.constantFrom('进', 'a', '1', '。'), (parts, letter) => {
        expect(summary.safeParse(`志愿服务${parts.join('\u200D')}上线`).success).toBe(true);
        expect(summary.safeParse(`志愿服务${letter}\u200D${letter}上线`).success).toBe(false);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
