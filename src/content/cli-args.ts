// The validator's command line, read without throwing: a mistyped option is a Chinese message and the
// run goes on with what it understood, so one typo does not hide every content problem.
import { parseArgs } from 'node:util';

export interface ValidateArgs {
  contentDir: string;
  reportsDir?: string;
  /** The plan whose reports --reports replaces, when the folder holds several. */
  plan?: string;
  fixEncoding: boolean;
  /** Chinese messages about the arguments themselves; any of them makes the run fail. */
  problems: string[];
}

const USAGE = '用法: npm run validate -- [内容文件夹] [--reports 报告文件夹 [--plan 方案标识]] [--fix-encoding]';

export function readValidateArgs(argv: string[]): ValidateArgs {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: { reports: { type: 'string' }, plan: { type: 'string' }, 'fix-encoding': { type: 'boolean' } },
  });
  const problems: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option' && !['reports', 'plan', 'fix-encoding'].includes(token.name)) problems.push(`未知选项 ${token.rawName},已忽略;${USAGE}`);
  }
  if (positionals.length > 1) problems.push(`只能指定一个内容文件夹,已校验 ${positionals[0]},忽略 ${positionals.slice(1).join(' ')};${USAGE}`);
  const reports = values.reports;
  if (reports === true) problems.push(`--reports 后面缺少报告文件夹的路径;${USAGE}`);
  const plan = values.plan;
  if (plan === true) problems.push(`--plan 后面缺少方案标识;${USAGE}`);
  return {
    contentDir: positionals[0] ?? 'content',
    ...(typeof reports === 'string' ? { reportsDir: reports } : {}),
    ...(typeof plan === 'string' ? { plan } : {}),
    fixEncoding: values['fix-encoding'] === true,
    problems,
  };
}

/**
 * The plan a command of one plan works on: the site's only plan, or the one --plan names. Task numbers
 * and quarters repeat from plan to plan, so with several plans nothing else can tell which one is meant.
 * `example` is the command as staff would type it, to show where --plan goes.
 */
export function choosePlan<T extends { id: string }>(plans: readonly T[], plan: string | undefined, example: string): { ok: true; plan: T } | { ok: false; message: string } {
  const ids = plans.map((p) => p.id);
  if (plan !== undefined) {
    const found = plans.find((p) => p.id === plan);
    if (found) return { ok: true, plan: found };
    return { ok: false, message: ids.length === 0 ? `没有方案 ${plan}:内容文件夹中还没有方案。请先用 npm run import:plan 导入方案` : `没有方案 ${plan}。请检查 --plan,可选: ${ids.join(', ')}` };
  }
  if (plans.length === 1) return { ok: true, plan: plans[0]! };
  if (plans.length === 0) return { ok: false, message: '内容文件夹中还没有方案。请先用 npm run import:plan 导入方案' };
  return { ok: false, message: `内容文件夹中有 ${plans.length} 个方案(${ids.join('、')}),不知道是哪一个。请用 --plan 指定,例如 ${example} --plan ${ids[0]}(可选: ${ids.join(', ')})` };
}
