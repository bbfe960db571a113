// npm run new:report -- --task 5 --period 2023-Q1 [--plan ID] [--content DIR] [--today YYYY-MM-DD]
// Writes DIR/{plan folder}reports/{period}/{NN}.yaml (--plan: which plan, required when there are several), pre-filled from the task and its earlier reports, with Chinese
// comments saying what to fill in. Valid in every field but one: the summary is a placeholder the
// validator rejects (report.placeholder), so an unedited draft cannot be merged. Never overwrites a file.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { choosePlan } from '../src/content/cli-args.ts';
import { loadContent, type ContentResult, type Dataset } from '../src/content/load.ts';
import { taskFileName } from '../src/content/paths.ts';
import { problemLine } from '../src/content/report-problems.ts';
import { draftReport, reportToYaml, SUMMARY_PLACEHOLDER } from '../src/content/report-yaml.ts';
import { isAfterWindow, isBeforeWindow, isIsoDate, PERIOD_PATTERN, periodLabel, periodStart, reportingWindow, STATUS, todayInChina, windowLabel } from '../src/schema/index.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const USAGE = '用法: npm run new:report -- --task 5 --period 2023-Q1 [--plan 方案标识] [--content 内容目录] [--today YYYY-MM-DD]';

class UsageError extends Error {}

const toSlash = (p: string) => p.split(sep).join('/');
/** As the user would type it: relative to the working folder when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return toSlash(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel);
}

/** A likely intended period for a near miss (2023Q1, 2023-q1, 2023年第一季度), for the error message. */
function suggestPeriod(value: string): string | undefined {
  const loose = /^\s*(\d{4})\s*[-_ /.]?\s*[Qq]\s*([1-4])\s*$/.exec(value);
  if (loose) return `${loose[1]}-Q${loose[2]}`;
  const chinese = /^\s*(\d{4})\s*年?\s*第?\s*([一二三四1-4])\s*季度?\s*$/.exec(value);
  if (chinese) return `${chinese[1]}-Q${'一二三四'.includes(chinese[2]!) ? '一二三四'.indexOf(chinese[2]!) + 1 : chinese[2]}`;
  return undefined;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        task: { type: 'string' },
        period: { type: 'string' },
        plan: { type: 'string' },
        content: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`不认识的参数 ${option ?? ''}。可用参数: --task、--period、--plan、--content、--today\n${USAGE}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`参数 ${option ?? ''} 后面缺少取值\n${USAGE}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`多余的参数 ${option ?? ''};每个取值前都要写参数名,例如 --task 5\n${USAGE}`);
    throw new UsageError(`参数不正确\n${USAGE}`);
  }
}

function loadOrExplain(contentDir: string, today: string, plan: string | undefined, task: number, period: string): { dataset: Dataset } {
  const result = loadContent({ contentDir, today });
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error');
    throw new UsageError(
      `内容目录 ${shown(contentDir)} 中有 ${errors.length} 个错误,无法新建报告。请先修正以下问题(改完可运行 npm run validate 检查):\n${errors.map(problemLine).join('\n')}`,
    );
  }
  const chosen = choosePlan(result.content.plans, plan, `npm run new:report -- --task ${task} --period ${period}`);
  if (!chosen.ok) throw new UsageError(chosen.message);
  return { dataset: chosen.plan };
}

const errorsOf = (result: ContentResult) => result.problems.filter((p) => p.severity === 'error');

function main(argv: string[]): number {
  const args = parse(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.task === undefined || args.period === undefined) {
    const missing = [args.task === undefined ? '--task(任务序号)' : '', args.period === undefined ? '--period(季度)' : ''].filter(Boolean).join('和');
    throw new UsageError(`缺少 ${missing}。\n${USAGE}`);
  }
  if (!/^\d+$/.test(args.task.trim()) || Number(args.task) < 1) {
    throw new UsageError(`--task "${args.task}" 不是任务序号。请写任务的数字序号,例如 --task 5`);
  }
  const taskId = Number(args.task);
  const period = args.period.trim();
  if (!PERIOD_PATTERN.test(period)) {
    const suggestion = suggestPeriod(period);
    throw new UsageError(`--period "${args.period}" 格式不对,季度应写成 YYYY-Qn(年份-Q季度序号),例如 --period ${suggestion ?? '2023-Q1'}${suggestion ? '' : '(2023 年第一季度)'}`);
  }
  const today = args.today ?? todayInChina();
  if (!isIsoDate(today)) throw new UsageError(`--today "${today}" 不是有效日期,格式为 YYYY-MM-DD,例如 --today 2023-04-10`);
  if (today < periodStart(period)) {
    throw new UsageError(
      `${args.today === undefined ? '今天' : '报送日期'} ${today} 早于 ${period}(${periodLabel(period)})的开始日期 ${periodStart(period)},该季度还不能报送。请检查 --period 是否写错,或等季度开始后再新建`,
    );
  }

  const contentDir = resolve(args.content ?? join(REPO_ROOT, 'content'));
  if (!existsSync(join(contentDir, 'tasks')) && !existsSync(join(contentDir, 'plans'))) {
    throw new UsageError(`找不到内容目录 ${shown(contentDir)}(其中应有 tasks/ 或 plans/ 文件夹)。请检查 --content`);
  }
  // Check existing content as of the later of the clock and the report date, so a --today in the future still loads.
  const clock = todayInChina();
  const loadToday = today > clock ? today : clock;
  const { dataset } = loadOrExplain(contentDir, loadToday, args.plan, taskId, period);
  const window = reportingWindow(dataset.plan);
  if (isBeforeWindow(period, window) || isAfterWindow(period, window)) {
    throw new UsageError(`季度 ${period} 不在方案的报送期(${windowLabel(window)},见 plan.yaml)内,不需要报送。请检查 --period`);
  }
  const task = dataset.tasks.find((t) => t.id === taskId);
  if (!task) {
    const ids = dataset.tasks.map((t) => t.id);
    throw new UsageError(`任务 ${taskId} 不存在。任务序号为 ${Math.min(...ids)} 到 ${Math.max(...ids)},见 ${shown(join(contentDir, dataset.folder, 'tasks'))}/`);
  }

  const file = join(contentDir, dataset.folder, 'reports', period, taskFileName(task.id));
  if (existsSync(file)) {
    throw new UsageError(`文件已存在: ${shown(file)}。为避免覆盖已填写的内容,没有写入。如需修改,请直接编辑该文件`);
  }

  const unitNames = new Map(dataset.units.map((u) => [u.id, u.name]));
  const draft = draftReport({
    planDate: dataset.plan.date,
    task,
    period,
    reportedOn: today,
    earlier: dataset.reports.filter((r) => r.task === task.id),
    unitName: (id) => unitNames.get(id),
  });
  const schemaComment = toSlash(relative(dirname(file), join(REPO_ROOT, 'schemas', 'report.schema.json')));
  const text = reportToYaml(draft.report, { schemaComment, comments: draft.comments });

  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' });

  // Untouched, the file may fail for one reason only: its summary is still the placeholder staff must
  // replace (report.placeholder). Anything else is a bug here: take the file back.
  const check = loadContent({ contentDir, today: loadToday });
  const unexpected = errorsOf(check).filter((p) => !(p.code === 'report.placeholder' && p.file === shown(file)));
  if (unexpected.length > 0) {
    rmSync(file);
    console.error(`新建程序内部错误(不是您的问题,请联系维护人员):生成的文件未通过校验,已删除。\n${unexpected.map(problemLine).join('\n')}`);
    return 2;
  }

  const validate = args.content === undefined ? 'npm run validate' : `npm run validate -- ${shown(contentDir)}`;
  const status = STATUS[draft.report.status ?? 'not_started'];
  const lead = task.lead[0]!;
  const metricsHint =
    task.targets.length === 0
      ? '本任务没有数量目标,不需要填写'
      : [
          draft.carriedTargets.length > 0 ? `已沿用此前的数值(${draft.carriedTargets.join('、')}),请改为本季度末的实际值并更新 as_of` : '',
          draft.emptyTargets.length > 0 ? `${draft.emptyTargets.join('、')} 尚无数值,文件中有示例,删去行首的 "# " 后填写实际数字` : '',
        ]
          .filter(Boolean)
          .join(';');
  console.log(
    [
      `已新建 ${shown(file)}`,
      `(任务 ${task.id}「${task.title}」${periodLabel(period)}进展,报送单位 ${lead} ${unitNames.get(lead) ?? ''},报送日期 ${today})`,
      '',
      '接下来请打开该文件修改:',
      `  1. status 进展状态:现为 ${draft.report.status} ${status.label}${draft.carriedFrom ? `(沿用 ${draft.carriedFrom})` : '(默认值)'},请按本季度实际情况修改`,
      `  2. summary 进展摘要:把“${SUMMARY_PLACEHOLDER}”换成一句话进展,不超过 120 字`,
      `  3. metrics 数量目标的实际值:${metricsHint}`,
      `  4. evidence 佐证材料:${draft.report.evidence && draft.report.evidence.length > 0 ? `已沿用 ${draft.carriedFrom} 的 ${draft.report.evidence.length} 条,请删除过时的并补充本季度的公开网址` : '补充本季度的公开网址(https://)'}`,
      '',
      '改完后运行以下命令检查:',
      `  ${validate}`,
    ].join('\n'),
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    console.error(`新建程序内部错误(不是您的问题,请联系维护人员): ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
