// npm run plan-files [-- --check]: writes the repository files that name the plan from templates/ and
// content/ (src/workflow/plan-files.ts). --check only compares and exits 1 when one is out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/content/load.ts';
import { problemLine } from '../src/content/report-problems.ts';
import { PLAN_FILES, planFacts, planFileOutput, planFileText } from '../src/workflow/plan-files.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');

/** Writes (or with `check`, compares) every plan file; returns the outputs that were (or would be) changed. */
export function writePlanFiles(root: string, check: boolean): { changed: string[]; problems: string[] } {
  const result = loadDataset({ contentDir: join(root, 'content'), displayRoot: root });
  if (!result.ok) return { changed: [], problems: result.problems.map(problemLine) };
  const facts = planFacts(result.dataset);
  const changed: string[] = [];
  for (const entry of PLAN_FILES) {
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
  return { changed, problems: [] };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const { changed, problems } = writePlanFiles(REPO_ROOT, values.check);
  if (problems.length > 0) {
    console.error([...problems, '内容校验未通过,先按上面的提示修改(npm run validate)。'].join('\n'));
    process.exitCode = 1;
  } else if (values.check && changed.length > 0) {
    console.error(`这些文件与 templates/ 和 content/ 不一致,请运行 npm run plan-files 并提交结果: ${changed.join('、')}`);
    process.exitCode = 1;
  } else {
    console.log(changed.length > 0 ? `已更新: ${changed.join('、')}` : '方案相关的文件都已是最新。');
  }
}
