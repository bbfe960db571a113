// npm run import:xlsx -- FILE... [--plan ID] [--content DIR] [--update] [--period YYYY-Qn] [--today YYYY-MM-DD]
// Filled 填报表 → content/{plan folder}reports/{period}/{NN}.yaml (the plan each sheet names, or --plan's), checked cell by cell and then by the validator
// (src/xlsx/import-files.ts).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, PERIOD_PATTERN, todayInChina } from '../src/schema/index.ts';
import { importFiles } from '../src/xlsx/import-files.ts';

const USAGE = '用法: npm run import:xlsx -- 填报表.xlsx [更多填报表…] [--plan 方案] [--content 内容目录] [--update] [--period 2025-Q1] [--today YYYY-MM-DD]';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { plan: { type: 'string' }, content: { type: 'string' }, update: { type: 'boolean' }, period: { type: 'string' }, today: { type: 'string' } } });
  } catch {
    console.error(`参数不正确\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    console.error(`缺少要导入的填报表文件\n${USAGE}`);
    return 1;
  }
  if (values.period !== undefined && !PERIOD_PATTERN.test(values.period)) {
    console.error(`--period "${values.period}" 格式不对,季度应写成 YYYY-Qn,例如 2025-Q1`);
    return 1;
  }
  const today = values.today ?? todayInChina();
  if (!isIsoDate(today)) {
    console.error(`--today "${today}" 不是有效日期,格式为 YYYY-MM-DD`);
    return 1;
  }
  const result = await importFiles({ files: positionals, contentDir: resolve(values.content ?? 'content'), today, update: values.update === true, ...(values.period ? { period: values.period } : {}), ...(values.plan ? { plan: values.plan } : {}) });
  for (const line of result.lines) (result.ok ? console.log : console.error)(line);
  return result.ok ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`导入程序内部错误(请联系维护人员): ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
