// npm run freeze -- YYYY-Qn [...] [--plan ID] | --closed [--plan ID]  [--content DIR] [--today YYYY-MM-DD] [--no-tag]
// Freezes quarters into the plan's archive/{period}/ (src/archive/): builds the site from the committed
// content, keeps the quarter's page, data files and 通报 with a SHA-256 list and a citation, and tags the
// commit they came from as archive/{plan id}/{period}. --closed freezes every quarter whose reporting deadline
// has passed, in every plan of the site (what the freeze workflow runs each day), all of them or none; quarters
// named on the command line are one plan's (--plan, required when there are several). Then commit the
// folders and push the tags.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { choosePlan } from '../src/content/cli-args.ts';
import { loadContent, type Dataset } from '../src/content/load.ts';
import { problemLine } from '../src/content/report-problems.ts';
import { isIsoDate, PERIOD_PATTERN, todayInChina } from '../src/schema/index.ts';
import { siteRoot, siteUrls } from '../src/site/url-scheme.ts';
import { beforeDeadline, cannotFreeze, closedQuarters } from '../src/archive/closing.ts';
import { FreezeError, freezePlans } from '../src/archive/freeze.ts';
import { ARCHIVE_FOLDER, archiveTag } from '../src/archive/record.ts';

const USAGE = '用法: npm run freeze -- 季度(如 2023-Q1)… [--plan 方案标识]  或  npm run freeze -- --closed [--plan 方案标识]  [--content 内容文件夹] [--today YYYY-MM-DD] [--no-tag]';

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { closed: { type: 'boolean' }, plan: { type: 'string' }, content: { type: 'string' }, today: { type: 'string' }, 'no-tag': { type: 'boolean' } } });
  } catch (error) {
    console.error(`参数有误: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const today = values.today ?? todayInChina();
  if (!isIsoDate(today)) return fail(`--today ${today} 不是有效日期,应写作 YYYY-MM-DD`, 2);
  if (values.closed === (positionals.length > 0)) return fail(`请给出要冻结的季度,或用 --closed 冻结报送期限已过的全部季度\n${USAGE}`, 2);
  for (const p of positionals) if (!PERIOD_PATTERN.test(p)) return fail(`${p} 不是季度,应写作 YYYY-Qn,例如 2023-Q1`, 2);

  const contentDir = values.content ?? 'content';
  const loaded = loadContent({ contentDir });
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(problemLine(problem));
    return fail('内容校验未通过,先按上面的提示修改(npm run validate),再冻结。');
  }
  const { plans, site } = loaded.content;
  // Quarters named by hand are one plan's; --closed is every plan's unless one is named.
  let chosen: readonly Dataset[] = plans;
  if (!values.closed || values.plan !== undefined) {
    const one = choosePlan(plans, values.plan, values.closed ? 'npm run freeze -- --closed' : `npm run freeze -- ${positionals.join(' ')}`);
    if (!one.ok) return fail(`没有冻结:${one.message}`, 2);
    chosen = [one.plan];
  }
  const several = plans.length > 1;
  const todo = chosen
    .map((dataset) => ({ dataset, periods: values.closed ? closedQuarters(dataset, today) : [...new Set(positionals)] }))
    .filter((t) => t.periods.length > 0);
  const named = (dataset: Dataset, period: string) => (several ? `${dataset.id} ${period}` : period);
  for (const { dataset, periods } of todo) {
    for (const period of periods) {
      const why = cannotFreeze(dataset, period, today);
      if (why) return fail(`${several ? `方案 ${dataset.id}:` : ''}${why}。`);
    }
  }
  if (todo.length === 0) {
    console.log(`截至 ${today} 没有需要冻结的季度。`);
    return 0;
  }

  // The archive names a commit: the content must be exactly that commit, with nothing uncommitted.
  const repo = resolve(contentDir);
  let commit: string;
  try {
    const dirty = git(repo, ['status', '--porcelain', '--', '.']);
    if (dirty) return fail(`内容文件夹有未提交的修改,冻结的归档须对应一个提交:\n${dirty}\n请先提交或撤销这些修改。`);
    commit = git(repo, ['rev-parse', 'HEAD']);
  } catch {
    return fail(`${contentDir} 不在 git 仓库中:归档要记下所依据的提交,请在数据仓库中运行。`);
  }
  if (!values['no-tag']) {
    for (const { dataset, periods } of todo) {
      for (const period of periods) {
        const tag = archiveTag(dataset.id, period);
        if (git(repo, ['tag', '--list', tag])) return fail(`标签 ${tag} 已经存在:这个季度冻结过。请检查 git tag --list 'archive/*'。`);
      }
    }
  }
  for (const { dataset, periods } of todo) {
    for (const period of periods) {
      const note = beforeDeadline(dataset, period, today);
      if (note) console.log(several ? `方案 ${dataset.id}:${note}` : note);
    }
  }

  const archiveDir = (dataset: Dataset) => join(contentDir, dataset.folder, ARCHIVE_FOLDER);
  const siteDir = mkdtempSync(join(tmpdir(), 'freeze-'));
  try {
    console.log(`生成网站(内容版本 ${commit.slice(0, 7)})……`);
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--content', contentDir, '--out', siteDir], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) return fail('网站生成失败(见上方信息),没有冻结任何季度。');
    const common = {
      siteDir,
      frozenOn: today,
      commit,
      urls: siteUrls(site.base),
      root: siteRoot(site.site, site.base),
      siteTitle: site.title,
      ...(site.sponsor ? { author: site.sponsor } : {}),
    };
    const records = freezePlans(todo.map(({ dataset, periods }) => ({ input: { ...common, archiveDir: archiveDir(dataset), plan: dataset.id }, periods })));
    let i = 0;
    for (const { dataset, periods } of todo) {
      for (const period of periods) console.log(`已冻结 ${named(dataset, period)}: ${join(archiveDir(dataset), period)}(${records[i++]!.files.length + 1} 个文件)`);
    }
    if (!values['no-tag']) {
      for (const record of records) {
        try {
          git(repo, ['tag', record.tag, commit]);
          console.log(`已打标签 ${record.tag} → ${commit.slice(0, 7)}`);
        } catch {
          return fail(`归档已写好,但标签 ${record.tag} 没有打上。请运行 git tag ${record.tag} ${commit}(已存在同名标签时,先核对 git show ${record.tag})。`);
        }
      }
    }
  } catch (error) {
    if (error instanceof FreezeError) return fail(several ? `没有冻结任何季度:${error.message}` : error.message);
    throw error;
  } finally {
    rmSync(siteDir, { recursive: true, force: true });
  }
  const folders = todo.flatMap(({ dataset, periods }) => periods.map((p) => join(archiveDir(dataset), p))).join(' ');
  const what = todo.flatMap(({ dataset, periods }) => periods.map((p) => named(dataset, p))).join('、');
  console.log(`\n下一步:git add ${folders} && git commit -m "冻结 ${what}",再推送提交和标签(git push origin --tags)。`);
  return 0;
}

function fail(message: string, code = 1): number {
  console.error(message);
  return code;
}

process.exitCode = main(process.argv.slice(2));
