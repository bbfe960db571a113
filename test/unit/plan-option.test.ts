// --plan on the commands that work on one plan, over the two-plan scenario in a temporary folder: without it
// they stop before writing anything and say, in Chinese, which plans there are; with it they work on that
// plan's folder. (new:report's own cases are in new-report.test.ts, the freeze's in archive.test.ts.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { choosePlan } from '../../src/content/cli-args.ts';
import { importFiles } from '../../src/xlsx/import-files.ts';
import { writeTwoPlansContent } from '../scenarios/two-plans.ts';
import { writePlanFiles } from '../../scripts/plan-files.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'plan-option-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const content = writeTwoPlansContent(join(tmp, 'content'));
const TODAY = '2025-01-05';
const PERIOD = '2024-Q4';
const node = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: tmp, encoding: 'utf8' });
const CHOOSE = '内容文件夹中有 2 个方案(ggfw-2022、qingshan-2024),不知道是哪一个。请用 --plan 指定';

describe('choosePlan', () => {
  const plans = [{ id: 'a-2022' }, { id: 'b-2024' }];
  test('the only plan, the one named, or a message naming the fix', () => {
    expect(choosePlan([plans[0]!], undefined, 'npm run x --')).toEqual({ ok: true, plan: plans[0] });
    expect(choosePlan(plans, 'b-2024', 'npm run x --')).toEqual({ ok: true, plan: plans[1] });
    expect(choosePlan(plans, undefined, 'npm run x --')).toEqual({ ok: false, message: '内容文件夹中有 2 个方案(a-2022、b-2024),不知道是哪一个。请用 --plan 指定,例如 npm run x -- --plan a-2022(可选: a-2022, b-2024)' });
    expect(choosePlan(plans, 'c', 'npm run x --')).toEqual({ ok: false, message: '没有方案 c。请检查 --plan,可选: a-2022, b-2024' });
    // A one-plan site still checks a --plan it is given: a script written for another site must not run here.
    expect(choosePlan([plans[0]!], 'b-2024', 'npm run x --')).toMatchObject({ ok: false });
    expect(choosePlan([], undefined, 'npm run x --')).toEqual({ ok: false, message: '内容文件夹中还没有方案。请先用 npm run import:plan 导入方案' });
  });
});

describe('xlsx:template and import:xlsx', () => {
  const out = join(tmp, 'sheets');

  test('xlsx:template: without --plan one sheet per unit spanning the plans open in the quarter; --plan, that plan\'s own sheets', () => {
    const spanning = node('xlsx-template.ts', '--content', content, '--period', PERIOD, '--today', TODAY, '--unit', 'hrss');
    expect(spanning.stderr).toBe('');
    expect(spanning.status).toBe(0);
    expect(spanning.stdout).toContain(`已生成 ${join(tmp, `填报表-${PERIOD}`, 'hrss.xlsx')}(市人社局,2 个方案,8 项任务)`);
    const closed = node('xlsx-template.ts', '--content', content, '--period', '2019-Q1', '--today', TODAY);
    expect(closed.status).toBe(1);
    expect(closed.stderr).toContain('季度 2019-Q1 不在任何一个方案的报送期(2022年第四季度至2025年第四季度;2024年第一季度至2026年第四季度)内');
    const run = node('xlsx-template.ts', '--content', content, '--period', PERIOD, '--today', TODAY, '--out', out, '--plan', 'qingshan-2024');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const leads = new Set((parse(readFileSync(join(content, 'plans', 'qingshan-2024', 'tasks', '01.yaml'), 'utf8')) as { lead: string[] }).lead);
    expect(readdirSync(out).some((f) => leads.has(f.replace(/\.xlsx$/, '')))).toBe(true);
  });

  test('import:xlsx: the plan the sheets name, or --plan; a sheet is imported into its plan\'s folder, and refused by another plan', async () => {
    const lead = (parse(readFileSync(join(content, 'plans', 'qingshan-2024', 'tasks', '01.yaml'), 'utf8')) as { lead: string[] }).lead[0]!;
    const answers = join(tmp, 'answers.json');
    writeFileSync(answers, JSON.stringify([{ task: 1, cells: { 进展状态: '按计划推进', '进展摘要(一句话,不超过120字)': '本季度按计划推进。' } }]));
    const filled = join(tmp, 'filled.xlsx');
    const fill = spawnSync('/usr/bin/python3', [join(ROOT, 'test/fixtures/xlsx/fill.py'), join(out, `${lead}.xlsx`), filled, answers], { encoding: 'utf8' });
    expect(fill.status, fill.stderr).toBe(0);
    const report = join(content, 'plans', 'qingshan-2024', 'reports', PERIOD, '01.yaml');

    const wrong = await importFiles({ files: [filled], contentDir: content, today: TODAY, plan: 'ggfw-2022' });
    expect(wrong.ok).toBe(false);
    expect(wrong.lines.join('\n')).toContain('这份填报表属于另一个方案');
    expect(existsSync(report)).toBe(false);

    // A plan that does not exist is named, with the ones that do.
    expect(await importFiles({ files: [filled], contentDir: content, today: TODAY, plan: 'nope' })).toEqual({ ok: false, lines: ['没有导入:没有方案 nope。请检查 --plan,可选: ggfw-2022, qingshan-2024'] });

    // The sheet carries its plan's document number: no --plan needed.
    const cli = node('import-xlsx.ts', filled, '--content', content, '--today', TODAY);
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(parse(readFileSync(report, 'utf8'))).toMatchObject({ task: 1, period: PERIOD, summary: '本季度按计划推进。' });
    rmSync(report);
    const named = await importFiles({ files: [filled], contentDir: content, today: TODAY, plan: 'qingshan-2024' });
    expect(named.ok, named.lines.join('\n')).toBe(true);
    rmSync(report);
  });
});

describe('plan-files', () => {
  // A repository of its own: the templates, the files they write, and the two plans as its content.
  const root = join(tmp, 'repo');
  for (const path of ['templates', '.github', 'README.md', 'CONTRIBUTING.md']) cpSync(join(ROOT, path), join(root, path), { recursive: true });
  writeTwoPlansContent(join(root, 'content'));

  test('several plans: --plan names the plan the repository\'s files describe; every plan gets its reports README', () => {
    expect(writePlanFiles(root, true)).toEqual({ changed: [], problems: [`${CHOOSE},例如 npm run plan-files -- --plan ggfw-2022(可选: ggfw-2022, qingshan-2024)`] });
    const { changed, problems } = writePlanFiles(root, false, 'qingshan-2024');
    expect(problems).toEqual([]);
    // Tianmen's reports README, copied with its plan, was already its own.
    expect(changed).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'content/plans/qingshan-2024/reports/README.md']));
    const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
    expect(contributing).toMatch(/npm run new:report -- --task \d+ --period \d{4}-Q\d --plan qingshan-2024\n/);
    // One sheet per unit spanning the plans; --plan for one plan's own.
    expect(contributing).toMatch(/npm run xlsx:template -- --period (\d{4}-Q\d)`\(每个牵头单位一份,写到 `填报表-\1\/单位标识\.xlsx`;网站有几个方案,每份填报表包含该季度在报送期内的各方案中本单位牵头的任务;加 `--plan qingshan-2024` 只生成一个方案的填报表,写到 `填报表-qingshan-2024-\1\/`/);
    expect(contributing).toContain('网站有几个方案(ggfw-2022、qingshan-2024):每一行按填报表中记下的方案写入所属方案的文件夹,不需要 `--plan`');
    expect(contributing).toContain('content/plans/qingshan-2024/reports/');
    expect(readFileSync(join(root, 'content/plans/ggfw-2022/reports/README.md'), 'utf8')).toContain('plans/ggfw-2022/');
    expect(writePlanFiles(root, true, 'qingshan-2024')).toEqual({ changed: [], problems: [] });
  });
});
