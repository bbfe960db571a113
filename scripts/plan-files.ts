// npm run plan-files [-- --plan ID] [--check]: writes the repository files that name the plan from templates/
// and content/ (src/workflow/plan-files.ts). --check only compares and exits 1 when one is out of date. A site
// of several plans names in its repository-wide files (README, CONTRIBUTING, templates) the plan --plan gives,
// and gets each plan's reports README from that plan.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { choosePlan } from '../src/content/cli-args.ts';
import { loadContent } from '../src/content/load.ts';
import { problemLine } from '../src/content/report-problems.ts';
import { PLAN_FILES, planFacts, planFileOutput, planFileText } from '../src/workflow/plan-files.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');

/** Writes (or with `check`, compares) every plan file; returns the outputs that were (or would be) changed. */
export function writePlanFiles(root: string, check: boolean, plan?: string): { changed: string[]; problems: string[] } {
  const result = loadContent({ contentDir: join(root, 'content'), displayRoot: root });
  if (!result.ok) return { changed: [], problems: [...result.problems.map(problemLine), '内容校验未通过,先按上面的提示修改(npm run validate)。'] };
  const { plans } = result.content;
  // A site with no plan yet has nothing to name; its files are written once a plan is imported.
  if (plans.length === 0 && plan === undefined) return { changed: [], problems: [] };
  const chosen = choosePlan(plans, plan, 'npm run plan-files --');
  if (!chosen.ok) return { changed: [], problems: [chosen.message] };
  const ids = plans.map((p) => p.id);
  const changed: string[] = [];
  for (const entry of PLAN_FILES) {
    // A file inside a plan's folder is that plan's, one per plan; the others are the repository's.
    const perPlan = entry.output.includes('{{sample.folder}}');
    for (const dataset of perPlan ? plans : [chosen.plan]) {
      const facts = planFacts(dataset, ids);
      const output = planFileOutput(entry, facts);
      const path = join(root, output);
      const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
      const text = planFileText(entry, readFileSync(join(root, entry.template), 'utf8'), facts, current);
      if (text === current) continue;
      changed.push(output);
      if (!check) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      }
    }
  }
  return { changed, problems: [] };
}

if (import.meta.main) {
  let values: { check: boolean; plan?: string | undefined } = { check: false };
  try {
    ({ values } = parseArgs({ options: { check: { type: 'boolean', default: false }, plan: { type: 'string' } } }));
  } catch (error) {
    console.error(`参数有误: ${error instanceof Error ? error.message : String(error)}\n用法: npm run plan-files -- [--plan 方案标识] [--check]`);
    process.exit(2);
  }
  const { changed, problems } = writePlanFiles(REPO_ROOT, values.check, values.plan);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  } else if (values.check && changed.length > 0) {
    console.error(`这些文件与 templates/ 和 content/ 不一致,请运行 npm run plan-files 并提交结果: ${changed.join('、')}`);
    process.exitCode = 1;
  } else {
    console.log(changed.length > 0 ? `已更新: ${changed.join('、')}` : '方案相关的文件都已是最新。');
  }
}
