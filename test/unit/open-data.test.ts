// The downloads journalists rely on, made by the same functions the /data/ endpoints and /feed.xml call,
// from the real and the demo dataset (no build needed):
// - CSV: BOM, CRLF records, a stable header, rows equal to the dataset, hostile text round-trips;
// - reports.json: one entry per report file on disk, counted without the loader;
// - Atom feed: well-formed XML in the Atom namespace, one entry per report, newest first; an amended report's
//   entry updated on its last amendment with what changed.
import { join } from 'node:path';
import { listFiles } from '../../src/fs/walk.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { loadDataset, type Dataset } from '../../src/content/load.ts';
import { planPath } from '../../src/site/url-scheme.ts';
import { deriveAll, type Derived } from '../../src/derive/index.ts';
import { toCsv, type Column } from '../../src/export/csv.ts';
import { metricColumns, metricRows, reportColumns, reportsJson, taskColumns, tasksJson } from '../../src/export/datasets.ts';
import { atomFeed, siteAtomFeed } from '../../src/export/feed.ts';
import { scheduleColumns, scheduleRows } from '../../src/export/schedule-data.ts';
import { withoutHistory, type RecordOf, type ReportRecord } from '../../src/site/report-record.ts';
import { REPO_ROOT } from './fixture-corpus.ts';

const GENERATED_AT = '2026-01-01T00:00:00.000Z';
const SITE_URL = 'https://example.org/tracker/';

function load(demo: boolean): { dataset: Dataset; derived: Derived } {
  const result = loadDataset({
    contentDir: join(REPO_ROOT, 'content'),
    reportsDir: demo ? join(REPO_ROOT, 'examples/demo/reports') : undefined,
    demo,
    displayRoot: REPO_ROOT,
  });
  if (!result.ok) throw new Error(`the ${demo ? 'demo' : 'real'} dataset does not load: ${result.problems.length} problems`);
  return { dataset: result.dataset, derived: deriveAll(result.dataset) };
}

const datasets = [
  { name: 'real', ...load(false) },
  { name: 'demo', ...load(true) },
];

/** Parses as a strict RFC 4180 reader would, with CRLF as the only record separator. */
function readCsv(text: string): string[][] {
  return parseCsv(text, { bom: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false, skip_empty_lines: false });
}

/** What a cell holds for a value: numbers as JavaScript writes them, nothing for null/undefined. */
const cell = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

function expectCsvShape(text: string) {
  expect(text.startsWith('\uFEFF'), 'UTF-8 BOM, so Excel opens Chinese text correctly').toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  // Every line break outside a quoted field is CRLF: remove quoted fields, then look for a bare LF or CR.
  const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
  expect(outsideQuotes).not.toMatch(/[^\r]\n|\r(?!\n)/);
}

function roundTrip<T>(rows: readonly T[], columns: readonly Column<T>[]) {
  const text = toCsv(rows, columns);
  expectCsvShape(text);
  const [header, ...records] = readCsv(text);
  expect(header).toEqual(columns.map((c) => c.key));
  expect(records).toHaveLength(rows.length);
  expect(records).toEqual(rows.map((row) => columns.map((c) => cell(c.value(row)))));
  return { header: header!, records };
}

// The header is an interface: journalists' scripts read columns by name. Changing it is a schema_version bump.
const TASK_HEADER = ['plan', 'id', 'area', 'area_name', 'title', 'text', 'lead', 'responsible', 'target_count', 'latest_status'];
const REPORT_HEADER = ['plan', 'task', 'period', 'status', 'summary', 'details', 'metric_count', 'evidence_urls', 'reported_by', 'reported_on'];
const SCHEDULE_HEADER = ['plan', 'period', 'judged_on', 'task', 'target', 'class', 'basis', 'start', 'deadline', 'expected', 'actual', 'gap', 'reported_status', 'behind_since'];
const METRIC_HEADER = ['plan', 'task', 'target', 'target_label', 'target_value', 'unit', 'comparator', 'deadline', 'report_period', 'as_of', 'value', 'note', 'target_state'];

describe.each(datasets)('CSV downloads ($name dataset)', ({ dataset, derived }) => {
  test('tasks.csv: one row per task, the same values as the dataset', () => {
    const columns = taskColumns(dataset, derived);
    const { header, records } = roundTrip(dataset.tasks, columns);
    expect(header).toEqual(TASK_HEADER);
    expect(records.map((r) => r[0])).toEqual(dataset.tasks.map(() => dataset.id));
    expect(records.map((r) => Number(r[1]))).toEqual(dataset.tasks.map((t) => t.id));
    expect(records.map((r) => [r[2], r[4], r[5]])).toEqual(dataset.tasks.map((t) => [t.area, t.title, t.text]));
    expect(records.map((r) => Number(r[8]))).toEqual(dataset.tasks.map((t) => t.targets.length));
  });

  test('reports.csv: one row per report, the same values as the dataset', () => {
    const { header, records } = roundTrip(dataset.reports, reportColumns(dataset.id));
    expect(header).toEqual(REPORT_HEADER);
    expect(records).toEqual(
      dataset.reports.map((r) => [
        dataset.id,
        String(r.task),
        r.period,
        r.status,
        r.summary,
        r.details ?? '',
        String(r.metrics.length),
        r.evidence.map((e) => e.url).join(' '),
        r.reported_by,
        r.reported_on,
      ]),
    );
  });

  test('metrics.csv: one row per reading in the reports, values unchanged', () => {
    const rows = metricRows(derived);
    const { header, records } = roundTrip(rows, metricColumns(dataset.id));
    expect(header).toEqual(METRIC_HEADER);
    const readings = dataset.reports.flatMap((r) => r.metrics.map((m) => [String(r.task), m.target, r.period, m.as_of, String(m.value), m.note ?? '']));
    const sortKey = (r: string[]) => r.join('\u0000');
    expect(records.map((r) => [r[1]!, r[2]!, r[8]!, r[9]!, r[10]!, r[11]!]).sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
      readings.sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    );
    // Numbers parse back to the same number.
    for (const record of records) expect(Number.isFinite(Number(record[10]))).toBe(true);
  });
});

describe.each(datasets)('schedule.csv ($name dataset)', ({ dataset, derived }) => {
  test('per quarter: one row per task, then one per target of it', () => {
    const { header, records } = roundTrip(scheduleRows(derived), scheduleColumns(dataset.id));
    expect(header).toEqual(SCHEDULE_HEADER);
    const targetCount = dataset.tasks.reduce((n, t) => n + t.targets.length, 0);
    expect(records).toHaveLength(derived.periods.length * (dataset.tasks.length + targetCount));
    const taskRows = records.filter((r) => r[4] === '');
    expect(taskRows.map((r) => `${r[1]}/${r[3]}/${r[5]}`)).toEqual(derived.schedule.byPeriod.flatMap((p) => p.tasks.map((t) => `${p.period}/${t.task}/${t.class}`)));
  });
});

test('schedule.csv rows of the demo dataset: task 36 in 2022-Q4, and a task judged from its report', () => {
  const { records } = roundTrip(scheduleRows(datasets[1]!.derived), scheduleColumns('ggfw-2022'));
  const rowsOf = (period: string, task: string) => records.filter((r) => r[1] === period && r[3] === task);
  expect(rowsOf('2022-Q4', '36')).toEqual([
    ['ggfw-2022', '2022-Q4', '2022-12-31', '36', '', 'completed', 'targets', '', '', '', '', '0', 'completed', ''],
    ['ggfw-2022', '2022-Q4', '2022-12-31', '36', 'home-adaptation-households', 'completed', '', '2022-10-13', '2022-12-31', '100', '100', '0', '', ''],
  ]);
  expect(rowsOf('2023-Q2', '38').find((r) => r[4] === 'city-township-bandwidth')!.slice(5, 12)).toEqual(['behind', '', '2022-10-13', '2023-10-31', '67.9', '50', '-17.9']);
  expect(rowsOf('2024-Q4', '11')[0]!.slice(5)).toEqual(['no_report', 'report', '', '', '', '', '', '', '2024-Q4']);
});

test('the demo dataset exercises the CSV: reports, readings and details with line breaks', () => {
  const demo = datasets[1]!;
  expect(demo.dataset.reports.length).toBeGreaterThan(300);
  expect(metricRows(demo.derived).length).toBeGreaterThan(100);
  expect(demo.dataset.reports.some((r) => r.details?.includes('\n'))).toBe(true);
});

describe('hostile text survives a CSV round trip', () => {
  // Spreadsheet formula injection (a cell starting with = + - @ run as a formula when opened in Excel):
  // the exporter deliberately writes such text unchanged. The CSV is open data whose cells must equal
  // the JSON and the YAML they come from; prefixing "'" would change the data and break every script
  // that reads it. Content reaches the CSV only through reviewed pull requests and the validator
  // (no HTML, no control characters); /data/ tells spreadsheet users to import rather than open.
  const HOSTILE = [
    'a,b,c',
    'say "hello", then "bye"',
    '"',
    '""',
    'line one\nline two',
    'windows\r\nline',
    'lone\rcarriage return',
    '=HYPERLINK("http://example.com","click")',
    '=1+1',
    '+1',
    '-1',
    '@SUM(A1:A2)',
    '\t=tab first',
    '  spaces around  ',
    ',leading comma',
    'trailing comma,',
    '天门市,"教育局"\r\n第二行',
    '',
  ];
  const rows = HOSTILE.map((text, i) => ({ i, text }));
  const columns: Column<(typeof rows)[number]>[] = [
    { key: 'i', label: '序号', value: (r) => r.i },
    { key: 'text', label: '文字', value: (r) => r.text },
    { key: 'nothing', label: '空值', value: () => null },
    { key: 'number', label: '数字', value: (r) => (r.i % 2 ? -r.i / 4 : r.i * 1000) },
  ];

  test('every value reads back exactly, formula-like text included', () => {
    const { records } = roundTrip(rows, columns);
    expect(records.map((r) => r[1])).toEqual(HOSTILE);
    expect(records.map((r) => r[2])).toEqual(HOSTILE.map(() => ''));
    expect(records.map((r) => Number(r[3]))).toEqual(rows.map((r) => (r.i % 2 ? -r.i / 4 : r.i * 1000)));
  });

  test('a header that needs quoting is quoted too', () => {
    const text = toCsv([{ v: 1 }], [{ key: 'a,"b"', label: '', value: (r) => r.v }]);
    expect(readCsv(text)).toEqual([['a,"b"'], ['1']]);
  });
});

/** Report files on disk, counted without the loader: reports/YYYY-Qn/NN.yaml. */
function reportFilesOnDisk(dir: string): string[] {
  return listFiles(dir).filter((path) => /^\d{4}-Q[1-4]\/\d+\.yaml$/.test(path));
}

describe('reports.json', () => {
  test('the demo export has one entry per report file on disk (nothing dropped)', () => {
    const { dataset, derived } = datasets[1]!;
    const files = reportFilesOnDisk(join(REPO_ROOT, 'examples/demo/reports'));
    expect(files.length).toBe(331);
    const json = JSON.parse(JSON.stringify(reportsJson(dataset, derived, GENERATED_AT))) as { meta: { demo: boolean }; reports: { task: number; period: string }[] };
    expect(json.meta.demo).toBe(true);
    expect(json.reports).toHaveLength(files.length);
    const fromJson = json.reports.map((r) => `${r.period}/${String(r.task).padStart(2, '0')}.yaml`).sort();
    expect(fromJson).toEqual(files.sort());
  });

  test('the real export has one entry per report file in content/reports/', () => {
    const { dataset, derived } = datasets[0]!;
    const files = reportFilesOnDisk(join(REPO_ROOT, 'content', dataset.folder, 'reports'));
    const json = reportsJson(dataset, derived, GENERATED_AT);
    expect(json.meta.demo).toBe(false);
    expect(json.reports).toHaveLength(files.length);
  });

  test('the demo reports.json carries each report\'s 序时进度 class and its disagreements with the numbers', () => {
    const { dataset, derived } = datasets[1]!;
    const json = JSON.parse(JSON.stringify(reportsJson(dataset, derived, GENERATED_AT))) as {
      meta: { schema_version: string };
      reports: { task: number; period: string; schedule_class: string; claim_disagreements: { kind: string; targets: string[] }[] }[];
    };
    expect(json.meta.schema_version).toBe('2.0.0');
    const classOf = new Map(derived.schedule.byPeriod.flatMap((p) => p.tasks.map((t) => [`${p.period}/${t.task}`, t.class])));
    for (const r of json.reports) expect(r.schedule_class, `${r.period}/${r.task}`).toBe(classOf.get(`${r.period}/${r.task}`));
    expect(json.reports.find((r) => r.period === '2023-Q1' && r.task === 31)!.claim_disagreements).toEqual([{ kind: 'on_track_behind', targets: ['temporary-exhibitions'] }]);
    expect(json.reports.reduce((n, r) => n + r.claim_disagreements.length, 0)).toBe(43);
    expect(json.reports.filter((r) => r.claim_disagreements.length === 0).length).toBeGreaterThan(250);
  });

  test('the demo tasks.json carries each task\'s 序时进度 per quarter, targets with their shares', () => {
    const { dataset, derived } = datasets[1]!;
    const task36 = tasksJson(dataset, derived, GENERATED_AT).tasks.find((t) => t.id === 36)!;
    expect(task36.schedule.map((s) => s.period)).toEqual(derived.periods);
    expect(task36.schedule[0]).toEqual({
      period: '2022-Q4',
      judged_on: '2022-12-31',
      class: 'completed',
      basis: 'targets',
      gap: 0,
      reported_status: 'completed',
      behind_since: null,
      targets: [{ target: 'home-adaptation-households', class: 'completed', start: '2022-10-13', deadline: '2022-12-31', expected: 100, actual: 100, gap: 0 }],
    });
  });

  test('tasks.json has the 40 tasks', () => {
    const { dataset, derived } = datasets[0]!;
    expect(tasksJson(dataset, derived, GENERATED_AT).tasks.map((t) => t.id)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});

describe.each(datasets)('Atom feed ($name dataset)', ({ name, dataset }) => {
  // The site's /feed.xml of a one-plan site; the plan's own /{id}/feed.xml has the same entries.
  const xml = siteAtomFeed({ site: dataset.site, demo: dataset.demo, plans: [{ dataset }] }, SITE_URL, GENERATED_AT);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (tag) => ['entry', 'link'].includes(tag), parseTagValue: false });

  test('is well-formed XML whose root is feed in the Atom namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(Object.keys(doc).filter((k) => k !== '?xml')).toEqual(['feed']);
    expect(doc.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  });

  test('has the required feed elements', () => {
    const { feed } = parser.parse(xml);
    expect(feed.id).toBe(SITE_URL);
    expect(String(feed.title)).toContain(dataset.site.title);
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(feed.author.name).toBeTruthy();
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(`${SITE_URL}feed.xml`);
    if (name === 'demo') expect(String(feed.title)).toContain('演示');
  });

  test('has one entry per published report, newest first, each with id, title, updated and link', () => {
    const entries: Record<string, unknown>[] = parser.parse(xml).feed.entry ?? [];
    expect(entries).toHaveLength(dataset.reports.length);
    const ids = entries.map((e) => e.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^https:\/\/example\.org\/tracker\/[a-z0-9-]+\/tasks\/\d+\/#update-\d{4}-Q[1-4]$/);
      expect(String(entry.title).length).toBeGreaterThan(0);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      const [link] = entry.link as Record<string, string>[];
      expect(link!['@href']).toBe(entry.id);
    }
    const updated = entries.map((e) => e.updated as string);
    expect(updated).toEqual([...updated].sort().reverse());
    // Every report is there, exactly once.
    expect(ids.map((id) => id.replace(/^.*tasks\/(\d+)\/#update-(.*)$/, '$2/$1')).sort()).toEqual(dataset.reports.map((r) => `${r.period}/${r.task}`).sort());
    if (entries.length > 0) expect(parser.parse(xml).feed.updated).toBe(updated[0]);
  });

  test('the plan\'s own feed: its id and self link under /{id}/, the same entries, titles without the plan\'s name', () => {
    const own = parser.parse(atomFeed(dataset, SITE_URL, GENERATED_AT)).feed;
    expect(own.id).toBe(`${SITE_URL}${dataset.id}/`);
    expect(own.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(`${SITE_URL}${dataset.id}/feed.xml`);
    expect(String(own.title)).toContain(dataset.plan.title);
    expect(own.entry ?? []).toEqual(parser.parse(xml).feed.entry ?? []);
  });
});

test('an amended report\'s feed entry: published on its publication, updated on its last amendment, with what changed', () => {
  const { dataset } = datasets.find((d) => d.name === 'demo')!;
  const amended: ReportRecord = {
    published_on: '2023-04-10',
    revisions: [
      { date: '2023-04-20', fields: ['summary'], changes: [] },
      {
        date: '2023-05-02',
        fields: ['status', 'metrics'],
        changes: [
          { field: 'status', from: 'on_track', to: 'at_risk' },
          { field: 'metrics.inclusive-coverage', from: 80.7, to: 78.2 },
        ],
      },
    ],
  };
  const recordOf: RecordOf = (r) => (r.task === 1 && r.period === '2023-Q1' ? amended : withoutHistory(r));
  const parser = new XMLParser({ isArray: (tag) => tag === 'entry', parseTagValue: false });
  const entries: Record<string, string>[] = parser.parse(atomFeed(dataset, SITE_URL, GENERATED_AT, recordOf)).feed.entry;
  const entry = entries.find((e) => e.id === `${SITE_URL}${planPath(dataset.id).task(1)}#update-2023-Q1`)!;
  const report = dataset.reports.find((r) => r.task === 1 && r.period === '2023-Q1')!;
  expect(entry.published).toBe('2023-04-10T00:00:00Z');
  expect(entry.updated).toBe('2023-05-02T00:00:00Z');
  // Only the last amendment is told: the entry says why it is updated now.
  expect(entry.summary).toBe(`【演示数据】${report.summary}\n2023年5月2日修订:修改了状态、数值(状态:按计划推进 → 进度滞后;普惠性幼儿园覆盖率:80.7 → 78.2)。`);
  // A report without history has no <published> and is dated by its own reported_on.
  const other = entries.find((e) => e.id === `${SITE_URL}${planPath(dataset.id).task(2)}#update-2023-Q1`)!;
  expect(other.published).toBeUndefined();
  expect(other.updated).toBe('2023-04-14T00:00:00Z');
});

test('an entry is never updated before it was published: unamended, it is dated by its publication', () => {
  const { dataset } = datasets.find((d) => d.name === 'demo')!;
  const report = dataset.reports.find((r) => r.task === 1 && r.period === '2023-Q1')!;
  const late: ReportRecord = { published_on: '2023-04-25', revisions: [] };
  expect(report.reported_on < late.published_on!).toBe(true);
  const parser = new XMLParser({ isArray: (tag) => tag === 'entry', parseTagValue: false });
  const entries: Record<string, string>[] = parser.parse(atomFeed(dataset, SITE_URL, GENERATED_AT, (r) => (r === report ? late : withoutHistory(r)))).feed.entry;
  const entry = entries.find((e) => e.id === `${SITE_URL}${planPath(dataset.id).task(1)}#update-2023-Q1`)!;
  expect([entry.published, entry.updated]).toEqual(['2023-04-25T00:00:00Z', '2023-04-25T00:00:00Z']);
});
