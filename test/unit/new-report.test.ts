// npm run new:report: run as staff run it (a child process), on a temporary copy of content/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadContent, loadDataset } from '../../src/content/load.ts';
import { reportKey } from '../../src/content/paths.ts';
import { problemLine } from '../../src/content/report-problems.ts';
import { listFiles } from '../../src/fs/walk.ts';
import { writeTwoPlansContent } from '../scenarios/two-plans.ts';
import { REPORT_SCHEMA_PATH_IN_CONTENT, reportSchemaComment, reportToYaml, SUMMARY_PLACEHOLDER, submitTaskData } from '../../src/content/report-yaml.ts';
import { ReportSchema } from '../../src/schema/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const SCRIPT = join(ROOT, 'scripts', 'new-report.ts');

let dir: string;
/** The copy's plan folder (content/ keeps its one plan in plans/<id>/): where reports go. */
let reports: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'new-report-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  // Start from no reports, whatever content/reports holds by the time this runs.
  reports = join(dir, 'plans', readdirSync(join(dir, 'plans'))[0]!, 'reports');
  rmSync(reports, { recursive: true, force: true });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function newReport(...args: string[]) {
  const result = spawnSync(NODE, [SCRIPT, '--content', dir, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const reportFile = (period: string, name: string) => join(reports, period, name);

const WRITTEN_SUMMARY = '本季度按计划推进。';

/**
 * Loads the drafts as staff would after writing their summary: an untouched draft fails only because
 * its summary is still the placeholder (report.placeholder, so an unedited file cannot be merged);
 * with the summary written, it loads with no problem at all.
 */
function load(today = '2025-01-20') {
  const untouched = loadDataset({ contentDir: dir, today });
  expect(untouched.problems.map((p) => `${p.code} ${p.field}`)).toEqual(drafts().map(() => 'report.placeholder summary'));
  for (const file of drafts()) writeFileSync(file, readFileSync(file, 'utf8').replace(SUMMARY_PLACEHOLDER, WRITTEN_SUMMARY));
  const result = loadDataset({ contentDir: dir, today });
  expect(result.problems.map(problemLine)).toEqual([]);
  if (!result.ok) throw new Error('not ok');
  return result.dataset;
}

/** Report files that still hold the draft's placeholder summary. */
function drafts(): string[] {
  const root = reports;
  if (!existsSync(root)) return [];
  return listFiles(root)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(root, f))
    .filter((f) => readFileSync(f, 'utf8').includes(SUMMARY_PLACEHOLDER))
    .sort();
}

describe('npm run new:report', () => {
  test('writes a pre-filled report that loads once its summary is written', () => {
    const run = newReport('--task', '5', '--period', '2023-Q1', '--today', '2023-04-10');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = reportFile('2023-Q1', '05.yaml');
    expect(run.stdout).toContain(`已新建 ${file.split(sep).join('/')}`);
    for (const field of ['status', 'summary', 'metrics', 'evidence']) expect(run.stdout).toContain(field);
    expect(run.stdout).toContain(`npm run validate -- ${dir.split(sep).join('/')}`);

    const text = readFileSync(file, 'utf8');
    const schema = relative(join(reports, '2023-Q1'), join(ROOT, 'schemas', 'report.schema.json')).split(sep).join('/');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schema}`);
    expect(text.split('\n')[1]).toMatch(/^# 任务 5「畅通就业咨询渠道」2023年第一季度进展/);
    expect(text).toContain('#   status       进展状态');
    // No earlier reading: no invented value, a commented-out example per target instead.
    expect(text).toContain('# metrics:\n#   - target: hotline-coverage');
    expect(text).toMatch(/\n# evidence:|\nevidence: \[\]\n/);
    expect(text.endsWith('\n')).toBe(true);

    const data = parse(text) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['task', 'period', 'status', 'summary', 'evidence', 'reported_by', 'reported_on']);
    expect(data).toEqual({
      task: 5,
      period: '2023-Q1',
      status: 'not_started',
      summary: SUMMARY_PLACEHOLDER,
      evidence: [],
      reported_by: 'hrss',
      reported_on: '2023-04-10',
    });

    const dataset = load('2023-04-10');
    expect(dataset.reports).toHaveLength(1);
    expect(dataset.reports[0]).toMatchObject({ task: 5, period: '2023-Q1', status: 'not_started', metrics: [] });
  });

  test('the schema comment for content/ is the shared rule, in either shape', () => {
    expect(relative(join(ROOT, 'content', 'reports', '2023-Q1'), join(ROOT, 'schemas', 'report.schema.json')).split(sep).join('/')).toBe(
      REPORT_SCHEMA_PATH_IN_CONTENT,
    );
    expect(relative(join(ROOT, 'content', 'plans', 'ggfw-2022', 'reports', '2023-Q1'), join(ROOT, 'schemas', 'report.schema.json')).split(sep).join('/')).toBe(
      reportSchemaComment('plans/ggfw-2022/'),
    );
  });

  test('the commented-out metric example works once uncommented and filled in', () => {
    expect(newReport('--task', '5', '--period', '2023-Q1', '--today', '2023-04-10').status).toBe(0);
    const file = reportFile('2023-Q1', '05.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const start = lines.indexOf('# metrics:');
    expect(start).toBeGreaterThan(0);
    for (let i = start; i < start + 4; i++) lines[i] = lines[i]!.replace(/^# /, '').replace('实际数值', '88.5');
    writeFileSync(file, lines.join('\n'));
    const dataset = load('2023-04-10');
    expect(dataset.reports[0]!.metrics).toEqual([{ target: 'hotline-coverage', value: 88.5, as_of: '2023-03-31' }]);
  });

  test('refuses to overwrite an existing report and leaves it unchanged', () => {
    expect(newReport('--task', '5', '--period', '2023-Q1', '--today', '2023-04-10').status).toBe(0);
    const file = reportFile('2023-Q1', '05.yaml');
    const edited = readFileSync(file, 'utf8').replace(SUMMARY_PLACEHOLDER, '热线覆盖全市 88% 地区。');
    writeFileSync(file, edited);

    const again = newReport('--task', '5', '--period', '2023-Q1', '--today', '2023-04-12');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('文件已存在');
    expect(again.stderr).toContain(file.split(sep).join('/'));
    expect(again.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  test('carries status, last readings and evidence from the earlier report', () => {
    mkdirSync(join(reports, '2023-Q1'), { recursive: true });
    writeFileSync(
      reportFile('2023-Q1', '05.yaml'),
      [
        'task: 5',
        'period: 2023-Q1',
        'status: on_track',
        'summary: 咨询热线覆盖全市 85% 地区。',
        'metrics:',
        '  - target: hotline-coverage',
        '    value: 85',
        '    as_of: 2023-03-31',
        '    note: 含 3 个乡镇试点',
        'evidence:',
        '  - title: 一季度就业服务简报',
        '    url: https://www.tianmen.gov.cn/rsj/2023q1.html',
        'reported_by: hrss',
        'reported_on: 2023-04-10',
        '',
      ].join('\n'),
    );
    const run = newReport('--task', '5', '--period', '2023-Q2', '--today', '2023-07-06');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('沿用 2023-Q1');

    const text = readFileSync(reportFile('2023-Q2', '05.yaml'), 'utf8');
    expect(parse(text)).toEqual({
      task: 5,
      period: '2023-Q2',
      status: 'on_track',
      summary: SUMMARY_PLACEHOLDER,
      metrics: [{ target: 'hotline-coverage', value: 85, as_of: '2023-03-31', note: '含 3 个乡镇试点' }],
      evidence: [{ title: '一季度就业服务简报', url: 'https://www.tianmen.gov.cn/rsj/2023q1.html' }],
      reported_by: 'hrss',
      reported_on: '2023-07-06',
    });
    expect(text).not.toContain('# metrics:');
    const dataset = load('2023-07-06');
    expect(dataset.reports.map((r) => r.period)).toEqual(['2023-Q1', '2023-Q2']);
  });

  test('a target never read stays a commented-out example beside the carried ones', () => {
    mkdirSync(join(reports, '2022-Q4'), { recursive: true });
    writeFileSync(
      reportFile('2022-Q4', '21.yaml'),
      [
        'task: 21',
        'period: 2022-Q4',
        'status: at_risk',
        'summary: 焚烧处理能力占比 90%。',
        'metrics:',
        '  - target: incineration-share',
        '    value: 90',
        '    as_of: "2022-12-31"',
        '  - target: sorting-points-upgraded',
        '    value: 30',
        '    as_of: "2022-12-31"',
        'reported_by: urban-management',
        'reported_on: "2023-01-09"',
        '',
      ].join('\n'),
    );
    // The draft for 2023-Q1 carries from 2022-Q4 (a later quarter may not: its readings would be too old).
    expect(newReport('--task', '21', '--period', '2023-Q1', '--today', '2023-04-06').status).toBe(0);
    const text = readFileSync(reportFile('2023-Q1', '21.yaml'), 'utf8');
    const data = parse(text) as { status: string; metrics: { target: string }[]; evidence: unknown[] };
    expect(data.status).toBe('at_risk');
    // In the task file's target order.
    expect(data.metrics.map((m) => m.target)).toEqual(['sorting-points-upgraded', 'incineration-share']);
    expect(data.evidence).toEqual([]);
    for (const id of ['demo-communities', 'demo-villages', 'demo-public-institutions']) expect(text).toContain(`#   - target: ${id}`);
    load('2023-04-06');
  });

  test.each([
    [['--task', '5', '--period', '2023Q1'], ['格式不对', '--period 2023-Q1']],
    [['--task', '5', '--period', '2023年第二季度'], ['格式不对', '--period 2023-Q2']],
    [['--task', '99', '--period', '2023-Q1', '--today', '2023-04-10'], ['任务 99 不存在', '1 到 40']],
    [['--task', 'abc', '--period', '2023-Q1'], ['不是任务序号', '--task 5']],
    [['--task', '5'], ['缺少 --period']],
    [['--task', '5', '--period', '2023-Q1', '--tsak', '5'], ['不认识的参数 --tsak', '用法']],
    [['--task', '5', '--period', '2023-Q2', '--today', '2023-03-15'], ['早于', '2023-04-01', '还不能报送']],
    [['--task', '5', '--period', '2022-Q3', '--today', '2022-10-20'], ['不在方案的报送期(2022年第四季度至2025年第四季度,见 plan.yaml)内']],
    [['--task', '5', '--period', '2026-Q1', '--today', '2026-04-10'], ['季度 2026-Q1 不在方案的报送期']],
    [['--task', '5', '--period', '2023-Q1', '--today', '2023-02-30'], ['不是有效日期', 'YYYY-MM-DD']],
  ])('bad arguments %j fail with a Chinese message and write nothing', (args, messages) => {
    const run = newReport(...args);
    expect(run.status).toBe(1);
    for (const message of messages) expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    expect(existsSync(reports)).toBe(false);
  });
});

describe('npm run new:report on a site of two plans', () => {
  let two: string;
  beforeEach(() => {
    two = writeTwoPlansContent(join(dir, 'two'));
  });
  const run = (...args: string[]) => {
    const result = spawnSync(NODE, [SCRIPT, '--content', two, ...args], { cwd: ROOT, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const qingshanReport = () => join(two, 'plans', 'qingshan-2024', 'reports', '2024-Q4', '01.yaml');

  test('task numbers repeat between plans: without --plan it writes nothing and says how to name the plan', () => {
    const out = run('--task', '1', '--period', '2024-Q4', '--today', '2025-01-05');
    expect(out.status).toBe(1);
    expect(out.stderr.trim()).toBe(
      '内容文件夹中有 2 个方案(ggfw-2022、qingshan-2024),不知道是哪一个。请用 --plan 指定,例如 npm run new:report -- --task 1 --period 2024-Q4 --plan ggfw-2022(可选: ggfw-2022, qingshan-2024)',
    );
    expect(existsSync(qingshanReport())).toBe(false);
  });

  test('--plan writes into that plan\'s folder, from that plan\'s task', () => {
    const out = run('--task', '1', '--period', '2024-Q4', '--today', '2025-01-05', '--plan', 'qingshan-2024');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(`已新建 ${qingshanReport().split(sep).join('/')}`);
    const text = readFileSync(qingshanReport(), 'utf8');
    expect(parse(text)).toMatchObject({ task: 1, period: '2024-Q4', summary: SUMMARY_PLACEHOLDER });
    // The draft fails only for its placeholder.
    const errors = loadContent({ contentDir: two, today: '2025-01-05' }).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.code)).toEqual(['report.placeholder']);
    expect(errors[0]!.file).toMatch(/plans\/qingshan-2024\/reports\/2024-Q4\/01\.yaml$/);
  });

  test('an unknown --plan names the plans there are', () => {
    const out = run('--task', '1', '--period', '2024-Q4', '--today', '2025-01-05', '--plan', 'qingshan');
    expect(out.status).toBe(1);
    expect(out.stderr.trim()).toBe('没有方案 qingshan。请检查 --plan,可选: ggfw-2022, qingshan-2024');
  });
});

describe('reportToYaml', () => {
  const base = { task: 1, period: '2023-Q1', status: 'on_track' as const, reported_by: 'edu', reported_on: '2023-04-10' };

  test.each([
    'yes',
    'on',
    'No',
    'null',
    '~',
    '123',
    '0o17',
    '1_000',
    '1:20',
    '.5',
    '2023-03-31',
    'a: b',
    'ends with colon:',
    '#not a comment',
    'x #y',
    '- a list?',
    '[1, 2]',
    '{a: 1}',
    '"quoted"',
    "it's",
    '@user',
    '`tick`',
    '%25',
    '!tag',
    '&anchor',
    '*alias',
    '| pipe',
    '> fold',
    'back\\slash',
    '普惠覆盖率达到 85%,新建学校 2 所。',
    '【待填写】请用一句话概括本季度进展',
    'https://example.org/a#b?c=d',
  ])('%j reads back as the same string in YAML 1.1 and 1.2', (summary) => {
    const text = reportToYaml({ ...base, summary, evidence: [{ title: summary, url: 'https://example.org/x' }] });
    for (const version of ['1.1', '1.2'] as const) {
      const data = parse(text, { version }) as { summary: unknown; evidence: { title: unknown }[] };
      expect(data.summary).toBe(summary);
      expect(data.evidence[0]!.title).toBe(summary);
    }
  });

  test('plain text stays plain; dates are quoted; multi-line details become a literal block', () => {
    const text = reportToYaml({
      ...base,
      summary: '普惠覆盖率达到 85%。',
      details: '第一段。\n\n  第二段缩进。\n第三段: 含冒号',
      metrics: [{ target: 'inclusive-coverage', value: 82.5, as_of: '2023-03-31' }],
    });
    expect(text).toBe(
      [
        'task: 1',
        'period: 2023-Q1',
        'status: on_track',
        'summary: 普惠覆盖率达到 85%。',
        'details: |-',
        '  第一段。',
        '',
        '    第二段缩进。',
        '  第三段: 含冒号',
        'metrics:',
        '  - target: inclusive-coverage',
        '    value: 82.5',
        '    as_of: "2023-03-31"',
        'evidence: []',
        'reported_by: edu',
        'reported_on: "2023-04-10"',
        '',
      ].join('\n'),
    );
    const data = ReportSchema.parse(parse(text));
    expect(data.details).toBe('第一段。\n\n  第二段缩进。\n第三段: 含冒号');
  });

  test('the same report in any key order gives the same bytes', () => {
    const report = { ...base, summary: '摘要', evidence: [{ url: 'https://example.org/a', title: '材料' }] };
    const reordered = Object.fromEntries(Object.entries(report).reverse()) as typeof report;
    expect(reportToYaml(reordered)).toBe(reportToYaml(report));
  });
});

describe('submitTaskData (/submit/tasks/{id}.json)', () => {
  const result = loadDataset({ contentDir: 'content', reportsDir: 'examples/demo/reports', demo: true, today: '2026-11-29' });
  if (!result.ok) throw new Error('the demo dataset does not load');
  const { dataset } = result;
  const fileOf = (r: { task: number; period: string }) => dataset.reportFiles.get(reportKey(r.task, r.period));
  const task21 = dataset.tasks.find((t) => t.id === 21)!;

  test('holds the task as a draft needs it and its reports, reduced to what a draft carries over, with each report\'s file', () => {
    const data = submitTaskData(task21, dataset.reports, fileOf);
    const own = dataset.reports.filter((r) => r.task === 21);
    expect(own.length).toBeGreaterThan(3);
    expect(data.task).toEqual({ id: 21, title: task21.title, lead: task21.lead, targets: task21.targets });
    expect(data.task.targets.map((t) => t.id)).toContain('incineration-share');
    expect(data.reports).toEqual(own.map(({ task, period, status, evidence, metrics }) => ({ task, period, status, evidence, metrics })));
    expect(data.files['2024-Q4']).toBe('examples/demo/reports/2024-Q4/21.yaml');
    expect(Object.keys(data.files)).toEqual(own.map((r) => r.period));
  });

  test('another task\'s reports are left out', () => {
    const others = dataset.reports.filter((r) => r.task !== 21);
    expect(submitTaskData(task21, others, fileOf)).toEqual({ task: { id: 21, title: task21.title, lead: task21.lead, targets: task21.targets }, reports: [], files: {} });
  });
});
