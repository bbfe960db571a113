// npm run codeowners [-- --check]: writes .github/CODEOWNERS from content/ (see src/workflow/codeowners.ts).
// --check only compares and exits 1 when the file is out of date. Every plan of the site is covered.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content/load.ts';
import { problemLine } from '../src/content/report-problems.ts';
import { CODEOWNERS_PATH, codeownersInput, generateCodeowners } from '../src/workflow/codeowners.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const result = loadContent({ contentDir: join(REPO_ROOT, 'content'), displayRoot: REPO_ROOT });
  if (!result.ok) {
    for (const problem of result.problems) console.error(problemLine(problem));
    console.error('内容校验未通过,先按上面的提示修改(npm run validate)。');
    return 1;
  }
  const input = codeownersInput(result.content);
  if (!input) {
    console.error('content/site.yaml 缺少 maintainers(维护人员的 GitHub 团队,如 "@组织名/maintainers"),无法生成 CODEOWNERS。');
    return 1;
  }
  let text: string;
  try {
    text = generateCodeowners(input);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const path = join(REPO_ROOT, CODEOWNERS_PATH);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (values.check) {
    if (current === text) return 0;
    console.error(`${CODEOWNERS_PATH} 与 content/ 不一致,请运行 npm run codeowners 并提交结果。`);
    return 1;
  }
  if (current === text) {
    console.log(`${CODEOWNERS_PATH} 已是最新。`);
  } else {
    writeFileSync(path, text);
    console.log(`已更新 ${CODEOWNERS_PATH},请一并提交。`);
  }
  return 0;
}

process.exitCode = main();
