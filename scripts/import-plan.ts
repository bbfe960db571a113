// npm run import:plan -- FILE --out DIR | --into SITE [--id ID]: a plan document (.txt or .docx) → its content.
// --out: a new content folder of its own: plan.yaml, areas.yaml, units.yaml, tasks/NN.yaml with candidate
// targets, source/plan.txt and a site.yaml to complete; never written into a folder that already has files.
// --into: one more plan of an existing site, in SITE/plans/<id>/, its units matched with the site's
// (src/import/add-plan.ts); an id already taken is refused (--id chooses another). Prints what it read,
// what needs a person's decision and the numbers it passed over.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { AddPlanError, addPlanToSite } from '../src/import/add-plan.ts';
import { importPlanText } from '../src/import/plan-content.ts';
import { PLAN_FILE_TYPES, readPlanFile } from '../src/import/plan-document.ts';
import { importSummary } from '../src/import/summary.ts';
import { writeContent } from '../src/import/write-content.ts';

const USAGE = '用法: npm run import:plan -- 方案文件(.txt 或 .docx) --out 内容文件夹  或  --into 网站内容文件夹 [--id 方案标识]';

class UsageError extends Error {}

type Target = { out: string; into?: undefined } | { into: string; out?: undefined };

function readArgs(argv: string[]): { file: string; id?: string } & Target {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { out: { type: 'string' }, into: { type: 'string' }, id: { type: 'string' } } });
  } catch (error) {
    throw new UsageError(`命令参数错误(${error instanceof Error ? error.message : String(error)});${USAGE}`);
  }
  const [file, ...extra] = parsed.positionals;
  const { out, into, id } = parsed.values;
  if (file === undefined) throw new UsageError(`缺少方案文件;${USAGE}`);
  if (extra.length) throw new UsageError(`只能给出一个方案文件,多出: ${extra.join(' ')};${USAGE}`);
  if (out !== undefined && into !== undefined) throw new UsageError(`--out(新的内容文件夹)和 --into(已有的网站)只能用一个;${USAGE}`);
  if (out === undefined && into === undefined) throw new UsageError(`缺少 --out 内容文件夹;${USAGE}`);
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`方案文件不存在: ${file}`);
  if (!(PLAN_FILE_TYPES as readonly string[]).includes(extname(file).toLowerCase())) throw new UsageError(`不支持的文件类型: ${file};请给出 .txt 或 .docx 文件`);
  if (into !== undefined) {
    if (!existsSync(into) || !statSync(into).isDirectory()) throw new UsageError(`网站内容文件夹不存在: ${into}`);
    return { file, into, ...(id === undefined ? {} : { id }) };
  }
  if (existsSync(out!) && (!statSync(out!).isDirectory() || readdirSync(out!).length > 0)) {
    // A site's folder is the one place a plan may be added to: say how.
    const site = existsSync(join(out!, 'site.yaml')) ? `;要把方案加入这个网站,请用 --into ${out}` : ',请换一个新的文件夹';
    throw new UsageError(`${out} 已存在且不是空文件夹:导入不会覆盖已有内容${site}`);
  }
  return { file, out: out!, ...(id === undefined ? {} : { id }) };
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  const imported = importPlanText(await readPlanFile(args.file));
  if (args.into !== undefined) {
    const siteDir = args.into.replace(/\/+$/, '');
    const added = addPlanToSite(siteDir, imported, args.id);
    process.stdout.write(importSummary(added.imported, join(siteDir, added.folder).replace(/\/+$/, ''), { siteDir, addedUnits: added.addedUnits.length, sharedUnits: added.sharedUnits.length }));
    return 0;
  }
  if (args.id !== undefined) imported.plan = { ...imported.plan, id: args.id };
  writeContent(args.out, imported);
  process.stdout.write(importSummary(imported, args.out));
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Both are the user's to fix (a wrong argument, a document without tasks): the message, no stack trace.
  console.error(error instanceof UsageError || error instanceof AddPlanError ? error.message : `导入失败: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
