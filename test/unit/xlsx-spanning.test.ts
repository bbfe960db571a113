// The 填报表 of a site of several plans (issue #25): one workbook per unit and quarter spanning the plans open
// then, a 方案 column telling "任务 5" of two plans apart, and the import routing each row to its own plan's
// folder with that plan's rules. Over the two-plan scenario in a temporary folder; filled through openpyxl.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent, type Dataset } from '../../src/content/load.ts';
import { filledReportYamlOptions, reportToYaml } from '../../src/content/report-yaml.ts';
import { problemLine } from '../../src/content/report-problems.ts';
import { planName } from '../../src/schema/index.ts';
import { siteSheetQuarter } from '../../src/site/sheet-templates.ts';
import { importFiles } from '../../src/xlsx/import-files.ts';
import { instructionLines } from '../../src/xlsx/instructions.ts';
import { templateWorkbook } from '../../src/xlsx/template.ts';
import { unitTemplateInputs } from '../../src/xlsx/unit-templates.ts';
import { writeTwoPlansContent } from '../scenarios/two-plans.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TODAY = '2024-10-10';
const PERIOD = '2024-Q3';
const TIANMEN = 'ggfw-2022';
const QINGSHAN = 'qingshan-2024';
const HOTLINE = '全市统一就业服务咨询热线覆盖92%的地区。';
const FUNDS = '已安排就业补助资金3200万元。';

const tmp = mkdtempSync(join(tmpdir(), 'xlsx-spanning-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let runs = 0;
const freshContent = () => writeTwoPlansContent(join(tmp, `content-${++runs}`));

let plans: Dataset[];
let template: string;
let names: { tianmen: string; qingshan: string };
beforeAll(async () => {
  const loaded = loadContent({ contentDir: freshContent(), today: TODAY });
  if (!loaded.ok) throw new Error('the two-plan content does not load');
  plans = loaded.content.plans;
  names = { tianmen: planName(plans[0]!.plan), qingshan: planName(plans[1]!.plan) };
  const input = unitTemplateInputs(plans, PERIOD, '2024-09-30', new Date('2024-10-01T00:00:00Z')).find((i) => i.unit.id === 'hrss')!;
  template = join(tmp, 'hrss.xlsx');
  writeFileSync(template, await templateWorkbook(input));
});

function fill(name: string, answers: unknown[], from = template): string {
  const json = join(tmp, `${name}.json`);
  const out = join(tmp, `${name}.xlsx`);
  writeFileSync(json, JSON.stringify(answers));
  const run = spawnSync('/usr/bin/python3', [join(ROOT, 'test/fixtures/xlsx/fill.py'), from, out, json], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`fill.py: ${run.stderr}`);
  return out;
}

const answers = () => [
  { plan: names.tianmen, task: 5, cells: { 进展状态: '按计划推进', '进展摘要(一句话,不超过120字)': HOTLINE, '目标1 实际值': 92, '目标1 数据截止日期': { date: '2024-09-30' } } },
  { plan: names.qingshan, task: 5, cells: { 进展状态: '按计划推进', '进展摘要(一句话,不超过120字)': FUNDS, '目标1 实际值': 3200, '目标1 数据截止日期': { date: '2024-09-30' } } },
];

const reportFiles = (contentDir: string) =>
  plans.flatMap((p) => {
    const dir = join(contentDir, p.folder, 'reports', PERIOD);
    return existsSync(dir) ? readdirSync(dir).map((f) => `${p.folder}reports/${PERIOD}/${f}`) : [];
  });

describe('one sheet per unit spanning the open plans', () => {
  test('the site\'s quarter is the latest of the plans\' open quarters, and both plans are open in it', () => {
    expect(siteSheetQuarter(plans)).toEqual({ period: PERIOD, open: plans });
  });

  test('hrss\'s sheet: its tasks in both plans, grouped by plan, each row naming its plan; the hidden part names both', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(template) as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('填报')!;
    expect([ws.getCell(3, 1).value, ws.getCell(3, 2).value]).toEqual(['方案', '任务序号']);
    const rows = [];
    for (let r = 4; r <= ws.rowCount; r++) rows.push([ws.getCell(r, 1).value, ws.getCell(r, 2).value]);
    expect(rows).toEqual([...[5, 6, 7, 8, 12, 13].map((id) => [names.tianmen, id]), [names.qingshan, 2], [names.qingshan, 5]]);
    const meta = workbook.getWorksheet('模板信息')!;
    const metaRows: string[][] = [];
    meta.eachRow((row) => metaRows.push((row.values as unknown[]).slice(1).map(String)));
    expect(metaRows.filter((r) => r[0] !== 'task')).toEqual([
      ['format', 'plan-tracker 填报表'], ['version', '2'], ['site', plans[0]!.site.repository], ['period', PERIOD], ['unit', 'hrss'],
      ['plans', plans[0]!.plan.number, TIANMEN, names.tianmen], ['plans', plans[1]!.plan.number, QINGSHAN, names.qingshan],
    ]);
    expect(metaRows.filter((r) => r[0] === 'task').map((r) => `${r[3]} ${r[1]}`)).toEqual([...[5, 6, 7, 8, 12, 13].map((id) => `${plans[0]!.plan.number} ${id}`), `${plans[1]!.plan.number} 2`, `${plans[1]!.plan.number} 5`]);
  });

  test('a quarter outside one plan\'s window: that plan\'s tasks left out, and the 填写说明 says so', () => {
    const input = unitTemplateInputs(plans, '2023-Q4', '2023-12-31', new Date('2024-01-01T00:00:00Z')).find((i) => i.unit.id === 'hrss')!;
    expect(input.plans.map((p) => [p.id, p.tasks.map((t) => t.id)])).toEqual([[TIANMEN, [5, 6, 7, 8, 12, 13]]]);
    expect(input.spanning).toBe(true);
    expect(instructionLines(input)).toContain(`“${names.qingshan}”2023年第四季度不在报送期内,本表不含其任务。`);
  });

  test('Tianmen 5 and Qingshan 5 filled: exactly two files, each in its own plan\'s folder, and the content validates', async () => {
    const contentDir = freshContent();
    const before = reportFiles(contentDir);
    const result = await importFiles({ files: [fill('both', answers())], contentDir, today: TODAY });
    expect(result.ok, result.lines.join('\n')).toBe(true);
    expect(reportFiles(contentDir).filter((f) => !before.includes(f))).toEqual([`plans/${TIANMEN}/reports/${PERIOD}/05.yaml`, `plans/${QINGSHAN}/reports/${PERIOD}/05.yaml`]);
    expect(result.lines.at(-1)).toBe('共导入 2 份报告,校验通过。请提交合并请求(见 CONTRIBUTING.md)。');
    expect(readFileSync(join(contentDir, 'plans', QINGSHAN, 'reports', PERIOD, '05.yaml'), 'utf8')).toBe(
      reportToYaml(
        { task: 5, period: PERIOD, status: 'on_track', summary: FUNDS, metrics: [{ target: 'employment-funds', value: 3200, as_of: '2024-09-30' }], evidence: [], reported_by: 'hrss', reported_on: '2024-09-30' },
        filledReportYamlOptions({ id: 5, title: '加大就业资金投入' }, PERIOD, `plans/${QINGSHAN}/`),
      ),
    );
    expect(readFileSync(join(contentDir, 'plans', TIANMEN, 'reports', PERIOD, '05.yaml'), 'utf8')).toBe(
      reportToYaml(
        { task: 5, period: PERIOD, status: 'on_track', summary: HOTLINE, metrics: [{ target: 'hotline-coverage', value: 92, as_of: '2024-09-30' }], evidence: [], reported_by: 'hrss', reported_on: '2024-09-30' },
        filledReportYamlOptions({ id: 5, title: '畅通就业咨询渠道' }, PERIOD, `plans/${TIANMEN}/`),
      ),
    );
    const check = loadContent({ contentDir, today: TODAY });
    expect(check.problems.filter((p) => p.severity === 'error').map(problemLine)).toEqual([]);
    expect(check.ok).toBe(true);
  });

  test('--plan takes that plan\'s rows only and says which were left', async () => {
    const contentDir = freshContent();
    const before = reportFiles(contentDir);
    const result = await importFiles({ files: [fill('both', answers())], contentDir, today: TODAY, plan: QINGSHAN });
    expect(result.ok, result.lines.join('\n')).toBe(true);
    expect(reportFiles(contentDir).filter((f) => !before.includes(f))).toEqual([`plans/${QINGSHAN}/reports/${PERIOD}/05.yaml`]);
    expect(result.lines).toContain(`both.xlsx: 任务 ${names.tianmen} 5 不属于 --plan ${QINGSHAN},没有导入`);
  });
});

describe('a spanning sheet tampered with: refused, nothing written', () => {
  async function tampered(name: string, damage: (meta: ExcelJS.Worksheet, input: ExcelJS.Worksheet) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(fill(`${name}-filled`, answers())) as unknown as ArrayBuffer);
    damage(workbook.getWorksheet('模板信息')!, workbook.getWorksheet('填报')!);
    const path = join(tmp, `${name}.xlsx`);
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
    return path;
  }
  const metaRow = (meta: ExcelJS.Worksheet, key: string, id: string) => {
    for (let r = 1; r <= meta.rowCount; r++) if (meta.getCell(r, 1).value === key && meta.getCell(r, 2).value === id) return r;
    throw new Error(`no ${key} ${id}`);
  };

  test('Tianmen task 5 moved to Qingshan in the hidden row→plan mapping: its row, at its cell', async () => {
    const file = await tampered('mapping', (meta) => void (meta.getCell(metaRow(meta, 'task', '5'), 4).value = plans[1]!.plan.number));
    const contentDir = freshContent();
    const before = reportFiles(contentDir);
    const result = await importFiles({ files: [file], contentDir, today: TODAY });
    expect(result.ok).toBe(false);
    expect(result.lines.filter((l) => l.startsWith('mapping.xlsx') && !l.includes('未填写'))).toEqual([
      `mapping.xlsx 填报!B4: “${names.tianmen}”的任务 5 不在这份填报表中,不要修改方案和任务序号;本表“${names.tianmen}”的任务为 6、7、8、12、13`,
    ]);
    expect(reportFiles(contentDir)).toEqual(before);
  });

  test('a row\'s 方案 cell changed: at that cell', async () => {
    const file = await tampered('row', (_meta, input) => void (input.getCell(4, 1).value = '另一个方案'));
    const result = await importFiles({ files: [file], contentDir: freshContent(), today: TODAY });
    expect(result.ok).toBe(false);
    expect(result.lines.filter((l) => l.startsWith('row.xlsx') && !l.includes('未填写'))).toEqual([
      `row.xlsx 填报!A4: 方案“另一个方案”不在这份填报表中,不要修改“方案”一列;本表的方案为 ${names.tianmen}、${names.qingshan}`,
    ]);
  });

  test('a plan renamed since the sheet was made: the sheet as a whole', async () => {
    const file = await tampered('renamed', (meta) => void (meta.getCell(metaRow(meta, 'plans', plans[1]!.plan.number), 4).value = '青山旧名'));
    const result = await importFiles({ files: [file], contentDir: freshContent(), today: TODAY });
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe(`renamed.xlsx: 不能导入:填报表中的方案“青山旧名”(${plans[1]!.plan.number})现在名为“${names.qingshan}”。请从本站“单位报送”页面下载新的填报表,把内容抄过去后再导入`);
  });

  test('a template version this site does not read: names the version it publishes', async () => {
    const file = await tampered('version', (meta) => void (meta.getCell(2, 2).value = '0'));
    const result = await importFiles({ files: [file], contentDir: freshContent(), today: TODAY });
    expect(result.lines[0]).toBe('version.xlsx: 不能导入:填报表模板版本为 0,本站现在的模板版本为 2。请从本站“单位报送”页面下载新的填报表,把内容抄过去后再导入');
  });
});
