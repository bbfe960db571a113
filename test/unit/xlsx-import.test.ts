// The 填报表 path end to end: a template made here, filled through another writer (openpyxl), or damaged
// the ways Excel and WPS damage data, then imported into a copy of content/. Accepted sheets must give
// exactly the bytes the form's serializer writes for the same answers; every mistake its cell and words.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent, loadDataset, type Dataset } from '../../src/content/load.ts';
import { filledReportYamlOptions, reportToYaml } from '../../src/content/report-yaml.ts';
import { importFiles } from '../../src/xlsx/import-files.ts';
import { templateWorkbook } from '../../src/xlsx/template.ts';
import { unitTemplateInputs } from '../../src/xlsx/unit-templates.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TODAY = '2023-01-10';
const PERIOD = '2022-Q4';
const SUMMARY = '全市统一就业服务咨询热线已开通,覆盖92%的地区。';
// content/ keeps its one plan in plans/<id>/: the import writes there, and the schema line climbs out of it.
const PLAN_FOLDER = `plans/${readdirSync(join(ROOT, 'content', 'plans'))[0]}/`;
const EXPECTED = reportToYaml(
  { task: 5, period: PERIOD, status: 'on_track', summary: SUMMARY, metrics: [{ target: 'hotline-coverage', value: 92, as_of: '2022-12-31' }], evidence: [{ title: '市人社局通知', url: 'https://www.example.gov.cn/a.html' }], reported_by: 'hrss', reported_on: TODAY },
  filledReportYamlOptions({ id: 5, title: '畅通就业咨询渠道' }, PERIOD, PLAN_FOLDER),
);
// Task 5's row and the columns of hrss's sheet (three target slots: its task 13 has three targets).
const ROW = 4;
const COL = { status: 4, summary: 5, value: 8, asOf: 9, evidenceTitle: 16, evidenceUrl: 17, reportedBy: 22, reportedOn: 23 };

let tmp: string;
let dataset: Dataset;
let template: Uint8Array;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'xlsx-import-'));
  const loaded = loadDataset({ contentDir: join(ROOT, 'content'), today: TODAY });
  if (!loaded.ok) throw new Error('content/ does not load');
  dataset = loaded.dataset;
  const input = unitTemplateInputs(dataset, PERIOD, TODAY, new Date('2023-01-01T00:00:00Z')).find((i) => i.unit.id === 'hrss')!;
  template = await templateWorkbook(input);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let runs = 0;
function freshContent(): string {
  const dir = join(tmp, `content-${++runs}`);
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

/** The template filled in with exceljs, then `damage` done to it, saved as `name`. */
async function sheet(name: string, cells: Record<number, unknown>, damage: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void = () => {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const ws = workbook.getWorksheet('填报')!;
  for (const [col, value] of Object.entries(cells)) ws.getCell(ROW, Number(col)).value = value as ExcelJS.CellValue;
  damage(workbook, ws);
  const path = join(tmp, name);
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}

const GOOD = { [COL.status]: '按计划推进', [COL.summary]: SUMMARY, [COL.value]: 92, [COL.asOf]: new Date('2022-12-31T00:00:00Z'), [COL.evidenceTitle]: '市人社局通知', [COL.evidenceUrl]: 'https://www.example.gov.cn/a.html' };

async function imported(file: string, options: { update?: boolean; period?: string; contentDir?: string } = {}) {
  const contentDir = options.contentDir ?? freshContent();
  const result = await importFiles({ files: [file], contentDir, today: TODAY, ...options });
  const path = join(contentDir, PLAN_FOLDER, 'reports', PERIOD, '05.yaml');
  return { ...result, contentDir, yaml: existsSync(path) ? readFileSync(path, 'utf8') : undefined };
}

describe('round trip', () => {
  test('template → filled by openpyxl → import: the form serializer\'s bytes', async () => {
    const templatePath = join(tmp, 'template.xlsx');
    writeFileSync(templatePath, template);
    const answers = join(tmp, 'answers.json');
    writeFileSync(answers, JSON.stringify([{ task: 5, cells: { 进展状态: '按计划推进', '进展摘要(一句话,不超过120字)': SUMMARY, '目标1 实际值': 92, '目标1 数据截止日期': { date: '2022-12-31' }, '佐证材料1 名称': '市人社局通知', '佐证材料1 网址': 'https://www.example.gov.cn/a.html' } }]));
    const filled = join(tmp, '市人社局.xlsx');
    const run = spawnSync('/usr/bin/python3', [join(ROOT, 'test/fixtures/xlsx/fill.py'), templatePath, filled, answers], { encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/Error/);
    const result = await imported(filled);
    expect(result.lines.at(-1)).toBe('共导入 1 份报告,校验通过。请提交合并请求(见 CONTRIBUTING.md)。');
    expect(result.yaml).toBe(EXPECTED);
  });

  test('the same template twice is the same bytes', async () => {
    const input = unitTemplateInputs(dataset, PERIOD, TODAY, new Date('2023-01-01T00:00:00Z')).find((i) => i.unit.id === 'hrss')!;
    expect(Buffer.from(await templateWorkbook(input)).equals(Buffer.from(template))).toBe(true);
  });
});

describe('what Excel and WPS do to data: accepted, same bytes', () => {
  const cases: [string, Record<number, unknown>, ((wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void)?][] = [
    ['number typed as text', { [COL.value]: '92' }],
    ['full-width digits', { [COL.value]: '９２' }],
    ['date typed as 2022年12月31日', { [COL.asOf]: '2022年12月31日' }],
    ['date as an Excel serial number', { [COL.asOf]: 44926 }],
    ['date typed as 2022/12/31', { [COL.asOf]: '2022/12/31' }],
    ['trailing spaces', { [COL.summary]: `${SUMMARY}  `, [COL.evidenceTitle]: ' 市人社局通知 ' }],
    ['85% typed into the cell (Excel stores 0.92 shown as a percentage)', {}, (_wb, ws) => {
      ws.getCell(ROW, COL.value).value = 0.92;
      ws.getCell(ROW, COL.value).numFmt = '0%';
    }],
    ['a row added above', {}, (_wb, ws) => void ws.insertRow(ROW, [])],
    ['another task\'s row deleted', {}, (_wb, ws) => void ws.spliceRows(ROW + 1, 1)],
    ['报送单位 merged down over every row', {}, (_wb, ws) => ws.mergeCells(ROW, COL.reportedBy, ROW + 2, COL.reportedBy)],
    ['sheet renamed', {}, (_wb, ws) => void (ws.name = '人社局填报')],
  ];
  for (const [what, cells, damage] of cases) {
    test(what, async () => {
      const result = await imported(await sheet(`${what.replace(/\W+/g, '-')}.xlsx`, { ...GOOD, [COL.reportedOn]: new Date(`${TODAY}T00:00:00Z`), ...cells }, damage));
      expect(result.ok).toBe(true);
      expect(result.yaml).toBe(EXPECTED);
    });
  }
});

describe('mistakes: refused, each at its cell in the validator\'s words', () => {
  const cases: [string, Record<number, unknown>, string[], ((wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void)?][] = [
    ['status not in the list', { [COL.status]: '完成' }, ['status.xlsx 填报!D4: "完成" 不是有效状态,可选: completed(已完成), on_track(按计划推进), ongoing(常态化推进), at_risk(进度滞后), not_started(未启动)']],
    ['value with its unit', { [COL.value]: '92%' }, ['status.xlsx 填报!H4: "92%" 不是数字,只写数字,单位已在目标中定义;1.5万 写作 15000']],
    ['as_of after reported_on', { [COL.asOf]: '2023-02-01' }, ['status.xlsx 填报!I4: 数据截止日期 2023-02-01 晚于报送日期 2023-01-10,请核对日期']],
    ['value without as_of', { [COL.asOf]: null }, ['status.xlsx 填报!I4: 缺少必填字段,请添加该字段(文字)']],
    ['URL without a scheme', { [COL.evidenceUrl]: 'www.example.gov.cn/a.html' }, ['status.xlsx 填报!Q4: 不是有效的网页地址,只能填写以 https:// 开头的网址(http:// 也可)']],
    ['reported_by another unit', { [COL.reportedBy]: '市住建局' }, ['status.xlsx 填报!V4: "housing" 不是任务 5 的牵头单位,该任务的牵头单位: hrss(市人社局)']],
    ['reported_on in the future', { [COL.reportedOn]: '2023年2月1日' }, ['status.xlsx 填报!W4: 报送日期 2023-02-01 晚于今天,请填写实际报送日期']],
    ['empty summary', { [COL.summary]: '   ' }, ['status.xlsx 填报!E4: 缺少必填字段,请添加该字段(文字)']],
    ['content in a row without a task', {}, ['status.xlsx 填报!A10: 这一行填写了内容,但没有任务序号,请把内容填在对应任务的那一行;新增的行不会被导入'], (_wb, ws) => void (ws.getCell(10, COL.summary).value = '补充一行')],
    ['task number changed to another unit\'s task', {}, ['status.xlsx 填报!A4: 任务 16 不在这份填报表中,不要修改任务序号;本表的任务为 5、6、7、8、12、13'], (_wb, ws) => void (ws.getCell(ROW, 1).value = 16)],
    ['the same task twice', {}, ['status.xlsx 填报!A5: 任务 5 已在 填报!A4 填写,每项任务每季度只报送一份,请删去重复的一行'], (_wb, ws) => {
      ws.getCell(ROW + 1, 1).value = 5;
      ws.getCell(ROW + 1, COL.summary).value = '重复的一行';
    }],
    ['header of a required column deleted', {}, ['status.xlsx 填报!A3: 表头中缺少列:status,不要删除或改写表头;请在新下载的填报表中重新填写'], (_wb, ws) => void (ws.getCell(3, COL.status).value = '状态')],
    ['another period', {}, ['status.xlsx: 不能导入:填报表的季度 2019-Q1 不在方案的报送期(2022年第四季度至2025年第四季度)内。请从本站“单位报送”页面下载新的填报表,把内容抄过去后再导入'], (wb) => void (wb.getWorksheet('模板信息')!.getCell(5, 2).value = '2019-Q1')],
    ['another plan', {}, ['status.xlsx: 不能导入:这份填报表属于另一个方案(某政办发〔2024〕1号),本站的方案为 天政办发〔2022〕37号。请从本站“单位报送”页面下载新的填报表,把内容抄过去后再导入'], (wb) => void (wb.getWorksheet('模板信息')!.getCell(4, 2).value = '某政办发〔2024〕1号')],
    ['another template version', {}, ['status.xlsx: 不能导入:填报表模板版本为 0,本站现在的模板版本为 1。请从本站“单位报送”页面下载新的填报表,把内容抄过去后再导入'], (wb) => void (wb.getWorksheet('模板信息')!.getCell(2, 2).value = '0')],
    ['hidden part deleted', {}, ['status.xlsx: 不能导入:不是本站生成的填报表(找不到隐藏的“模板信息”)。请从本站“单位报送”页面下载新的填报表,把内容抄过去后再导入'], (wb) => wb.removeWorksheet(wb.getWorksheet('模板信息')!.id)],
  ];
  for (const [what, cells, expected, damage] of cases) {
    test(what, async () => {
      const result = await imported(await sheet('status.xlsx', { ...GOOD, [COL.reportedOn]: new Date(`${TODAY}T00:00:00Z`), ...cells }, damage));
      expect(result.ok).toBe(false);
      expect(result.lines.filter((l) => l.startsWith('status.xlsx') && !l.includes('未填写'))).toEqual(expected);
      expect(result.yaml).toBeUndefined();
    });
  }

  test('not an .xlsx file', async () => {
    const path = join(tmp, 'old.xlsx');
    writeFileSync(path, 'not a zip');
    expect((await imported(path)).lines[0]).toBe('old.xlsx: 不能导入:不是有效的 .xlsx 文件(可能是 .xls 或 .et 格式,或文件已损坏)。请在 Excel 或 WPS 中“另存为” Excel 工作簿(*.xlsx)后再导入');
  });

  test('an existing report is never overwritten silently; --update shows what changes', async () => {
    const first = await imported(await sheet('a.xlsx', { ...GOOD, [COL.reportedOn]: new Date(`${TODAY}T00:00:00Z`) }));
    const changed = await sheet('b.xlsx', { ...GOOD, [COL.reportedOn]: new Date(`${TODAY}T00:00:00Z`), [COL.value]: 93 });
    const again = await imported(changed, { contentDir: first.contentDir });
    expect(again.ok).toBe(false);
    expect(again.lines[0]).toBe(`b.xlsx 填报!A4: ${first.contentDir}/${PLAN_FOLDER}reports/${PERIOD}/05.yaml 已存在,没有覆盖,如需用本表更新已有的报告,加 --update 重新导入(会列出改动)`);
    expect(again.yaml).toBe(EXPECTED);
    const update = await imported(changed, { contentDir: first.contentDir, update: true });
    expect(update.ok).toBe(true);
    expect(update.lines.slice(1, 4)).toEqual([`已更新 ${first.contentDir}/${PLAN_FOLDER}reports/${PERIOD}/05.yaml:`, '  -     value: 92', '  +     value: 93']);
    expect(update.yaml).toBe(EXPECTED.replace('value: 92', 'value: 93'));
  });
});

// Two plans in one content folder (the scenario of test/scenarios/two-plans.ts): each sheet names its plan by
// number, and its reports go to that plan's folder, checked with that plan's tasks, in one run.
describe('a content folder of two plans', () => {
  test('a Qingshan sheet and a Tianmen sheet: each into its own plan\'s folder', async () => {
    const { writeTwoPlansContent } = await import('../scenarios/two-plans.ts');
    const contentDir = writeTwoPlansContent(join(tmp, 'two'));
    const today = '2024-10-10';
    const qingshanPeriod = '2024-Q3';
    const two = loadContent({ contentDir, today });
    if (!two.ok) throw new Error('the two-plan content does not load');
    const qingshan = two.content.plans.find((p) => p.id === 'qingshan-2024')!;
    const input = unitTemplateInputs(qingshan, qingshanPeriod, '2024-09-30', new Date('2024-10-01T00:00:00Z')).find((i) => i.unit.id === 'hrss')!;
    const templatePath = join(tmp, 'qingshan-template.xlsx');
    writeFileSync(templatePath, await templateWorkbook(input));
    const answers = join(tmp, 'qingshan-answers.json');
    const summary = '规范化家政服务企业达到20家。';
    writeFileSync(answers, JSON.stringify([{ task: 2, cells: { 进展状态: '按计划推进', '进展摘要(一句话,不超过120字)': summary, '目标1 实际值': 20, '目标1 数据截止日期': { date: '2024-09-30' } } }]));
    const filled = join(tmp, '青山-市人社局.xlsx');
    const run = spawnSync('/usr/bin/python3', [join(ROOT, 'test/fixtures/xlsx/fill.py'), templatePath, filled, answers], { encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/Error/);

    // Task 5 in both plans: the one-row-per-task check is per plan.
    const result = await importFiles({ files: [filled, await sheet('天门-市人社局.xlsx', GOOD)], contentDir, today });
    expect(result.lines.filter((l) => !/^已写入|^共导入|的行未填写/.test(l))).toEqual([]);
    expect(result.ok).toBe(true);
    const qingshanFolder = 'plans/qingshan-2024/';
    expect(readFileSync(join(contentDir, qingshanFolder, 'reports', qingshanPeriod, '02.yaml'), 'utf8')).toBe(
      reportToYaml(
        { task: 2, period: qingshanPeriod, status: 'on_track', summary, metrics: [{ target: 'housekeeping-firms', value: 20, as_of: '2024-09-30' }], evidence: [], reported_by: 'hrss', reported_on: '2024-09-30' },
        filledReportYamlOptions({ id: 2, title: '发展家政服务' }, qingshanPeriod, qingshanFolder),
      ),
    );
    expect(readFileSync(join(contentDir, PLAN_FOLDER, 'reports', PERIOD, '05.yaml'), 'utf8')).toBe(EXPECTED);
    expect(existsSync(join(contentDir, qingshanFolder, 'reports', PERIOD))).toBe(false);
  });
});
