// npm run xlsx:template -- --period YYYY-Qn [--plan ID] [--unit ID] [--out DIR] [--content DIR] [--today YYYY-MM-DD]
// Writes one 填报表 per lead unit (or the one unit's) for the quarter: DIR/{unit}.xlsx, default
// 填报表-{period}/. With several plans a unit's sheet spans the plans whose reporting window holds the
// quarter, as the site publishes it; --plan makes one plan's own sheets instead (填报表-{plan}-{period}/),
// for a late report of a plan alone. 报送日期 starts as --today (default today); SOURCE_DATE_EPOCH fixes the files' own dates.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { choosePlan } from '../src/content/cli-args.ts';
import { loadContent, type Dataset } from '../src/content/load.ts';
import { problemLine } from '../src/content/report-problems.ts';
import { generatedAt } from '../src/site/build-stamp.ts';
import { isInWindow, isIsoDate, PERIOD_PATTERN, reportingWindow, todayInChina, windowLabel } from '../src/schema/index.ts';
import { templateWorkbook } from '../src/xlsx/template.ts';
import { unitTemplateInputs } from '../src/xlsx/unit-templates.ts';

const USAGE = '用法: npm run xlsx:template -- --period 2025-Q1 [--plan 方案标识] [--unit 单位标识] [--out 输出文件夹] [--content 内容目录] [--today YYYY-MM-DD]';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, strict: true, options: { period: { type: 'string' }, plan: { type: 'string' }, unit: { type: 'string' }, out: { type: 'string' }, content: { type: 'string' }, today: { type: 'string' } } }).values;
  } catch {
    console.error(`参数不正确\n${USAGE}`);
    return 1;
  }
  const period = values.period?.trim();
  if (!period || !PERIOD_PATTERN.test(period)) {
    console.error(`${period ? `--period "${period}" 格式不对,季度应写成 YYYY-Qn,例如 2025-Q1` : '缺少 --period(季度)'}\n${USAGE}`);
    return 1;
  }
  const today = values.today ?? todayInChina();
  if (!isIsoDate(today)) {
    console.error(`--today "${today}" 不是有效日期,格式为 YYYY-MM-DD`);
    return 1;
  }
  const result = loadContent({ contentDir: resolve(values.content ?? 'content'), today: today > todayInChina() ? today : todayInChina() });
  if (!result.ok) {
    console.error(`内容中有错误,没有生成填报表。请先修正(npm run validate):\n${result.problems.filter((p) => p.severity === 'error').map(problemLine).join('\n')}`);
    return 1;
  }
  const { plans } = result.content;
  let chosen: Dataset[] = plans;
  if (values.plan !== undefined || plans.length <= 1) {
    const one = choosePlan(plans, values.plan, `npm run xlsx:template -- --period ${period}`);
    if (!one.ok) {
      console.error(`没有生成填报表:${one.message}`);
      return 1;
    }
    chosen = [one.plan];
  }
  const open = chosen.filter((d) => isInWindow(period, reportingWindow(d.plan)));
  if (open.length === 0) {
    console.error(`季度 ${period} 不在${chosen.length > 1 ? '任何一个' : ''}方案的报送期(${chosen.map((d) => windowLabel(reportingWindow(d.plan))).join(';')})内`);
    return 1;
  }
  const all = unitTemplateInputs(chosen.length > 1 ? chosen : chosen[0]!, period, today, new Date(generatedAt));
  let inputs = all;
  if (values.unit !== undefined) {
    inputs = inputs.filter((i) => i.unit.id === values.unit);
    if (inputs.length === 0) {
      console.error(`单位 "${values.unit}" 不是任何任务的牵头单位。可选: ${all.map((i) => i.unit.id).join(', ')}`);
      return 1;
    }
  }
  // One plan's sheets of a site of several go to a folder of their own, where they cannot replace a unit's spanning sheet.
  const out = resolve(values.out ?? (plans.length > 1 && chosen.length === 1 ? `填报表-${chosen[0]!.id}-${period}` : `填报表-${period}`));
  mkdirSync(out, { recursive: true });
  for (const input of inputs) {
    const file = join(out, `${input.unit.id}.xlsx`);
    writeFileSync(file, await templateWorkbook(input));
    const tasks = input.plans.reduce((n, p) => n + p.tasks.length, 0);
    console.log(`已生成 ${file}(${input.unit.name},${input.spanning ? `${input.plans.length} 个方案,` : ''}${tasks} 项任务)`);
  }
  console.log(`共 ${inputs.length} 份填报表,季度 ${period}。`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`生成填报表的程序内部错误(请联系维护人员): ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
