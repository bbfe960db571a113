// npm run import:plan -- FILE --out DIR: a plan document (.txt or .docx) → a content folder: plan.yaml,
// areas.yaml, units.yaml, tasks/NN.yaml with candidate targets, source/plan.txt and a site.yaml to
// complete. Prints what it read, what needs a person's decision and the numbers it passed over. Never
// writes into a folder that already has files.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { importPlanText } from '../src/import/plan-content.ts';
import { PLAN_FILE_TYPES, readPlanFile } from '../src/import/plan-document.ts';
import { importSummary } from '../src/import/summary.ts';
import { writeContent } from '../src/import/write-content.ts';

const USAGE = '用法: npm run import:plan -- 方案文件(.txt 或 .docx) --out 内容文件夹';

class UsageError extends Error {}

function readArgs(argv: string[]): { file: string; out: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { out: { type: 'string' } } });
  } catch (error) {
    throw new UsageError(`命令参数错误(${error instanceof Error ? error.message : String(error)});${USAGE}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) throw new UsageError(`缺少方案文件;${USAGE}`);
  if (extra.length) throw new UsageError(`只能给出一个方案文件,多出: ${extra.join(' ')};${USAGE}`);
  if (parsed.values.out === undefined) throw new UsageError(`缺少 --out 内容文件夹;${USAGE}`);
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`方案文件不存在: ${file}`);
  if (!(PLAN_FILE_TYPES as readonly string[]).includes(extname(file).toLowerCase())) throw new UsageError(`不支持的文件类型: ${file};请给出 .txt 或 .docx 文件`);
  const out = parsed.values.out;
  if (existsSync(out) && (!statSync(out).isDirectory() || readdirSync(out).length > 0)) {
    throw new UsageError(`${out} 已存在且不是空文件夹:导入不会覆盖已有内容,请换一个新的文件夹`);
  }
  return { file, out };
}

async function main(): Promise<number> {
  const { file, out } = readArgs(process.argv.slice(2));
  const imported = importPlanText(await readPlanFile(file));
  writeContent(out, imported);
  process.stdout.write(importSummary(imported, out));
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Both are the user's to fix (a wrong argument, a document without tasks): the message, no stack trace.
  console.error(error instanceof UsageError ? error.message : `导入失败: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
