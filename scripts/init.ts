// npm run init [-- --from DIR | --empty] [--plan ID]: start a new site (another city's fork) from its content.
// With --from, the content folder DIR (from `npm run import:plan`, say) replaces content/; with --empty,
// content/ becomes a site with no plan yet (site.yaml to complete, an empty units.yaml, plans/), to which
// `npm run import:plan -- FILE --into content` adds plans. Then, from content/: the published-address list
// starts empty (nothing of this site has been published yet), .github/CODEOWNERS and the files that name the
// plan (README's opening, CONTRIBUTING, the issue and PR templates, each plan's reports/README.md) are written
// anew (--plan: the plan they describe, when there are several), and the next steps are printed. Works in
// the current folder.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content/load.ts';
import { problemLine } from '../src/content/report-problems.ts';
import { siteTemplate } from '../src/import/write-content.ts';
import { publishedListText, PUBLISHED_URLS_FILE, REDIRECTS_FILE } from '../src/site/published-urls.ts';
import { CODEOWNERS_PATH, codeownersInput, generateCodeowners } from '../src/workflow/codeowners.ts';
import { writePlanFiles } from './plan-files.ts';

const REDIRECTS_TEXT = `# 旧网址 → 新网址(站内路径,以 / 开头和结尾)。已发布的网址消失时在这里加跳转,见 CONTRIBUTING.md 第七节。\nredirects: {}\n`;
const USAGE = '用法: npm run init -- [--from 内容目录 | --empty] [--plan 方案标识]';
const EMPTY_UNITS = `# 各方案共用的单位:导入方案(npm run import:plan -- 方案文件 --into content)时自动加入方案中出现的单位。
# name 与方案原文一字不差;id 为稳定的英文标识,用于网址 /units/{id}/。
units: []
`;

function main(): number {
  let values: { from?: string; empty?: boolean; plan?: string };
  try {
    ({ values } = parseArgs({ options: { from: { type: 'string' }, empty: { type: 'boolean' }, plan: { type: 'string' } } }));
  } catch (error) {
    console.error(`参数有误: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const root = process.cwd();
  const content = join(root, 'content');
  if (values.from && values.empty) {
    console.error(`--from(换上已有的内容)和 --empty(从没有方案的网站开始)只能用一个\n${USAGE}`);
    return 2;
  }
  if (values.from) {
    const from = resolve(values.from);
    if (from === content) {
      console.error('--from 指向的就是 content/,不需要复制;直接运行 npm run init');
      return 2;
    }
    const check = loadContent({ contentDir: from, displayRoot: root });
    if (!check.ok) {
      console.error([...check.problems.map(problemLine), `${values.from} 未通过校验,content/ 没有改动。请先改正(npm run validate -- ${values.from})。`].join('\n'));
      return 1;
    }
    rmSync(content, { recursive: true, force: true });
    cpSync(from, content, { recursive: true });
    console.log(`content/ 已换成 ${values.from} 的内容。`);
  }
  if (values.empty) {
    rmSync(content, { recursive: true, force: true });
    mkdirSync(join(content, 'plans'), { recursive: true });
    // git keeps no empty folder: the marker keeps plans/, and with it the plans layout, in the repository.
    writeFileSync(join(content, 'plans', '.gitkeep'), '');
    writeFileSync(join(content, 'site.yaml'), siteTemplate('本市重点工作'));
    writeFileSync(join(content, 'units.yaml'), EMPTY_UNITS);
    console.log('content/ 已换成一个还没有方案的网站:site.yaml(待填写)、units.yaml(空)和 plans/。');
  }
  const loaded = loadContent({ contentDir: content, displayRoot: root });
  if (!loaded.ok) {
    console.error([...loaded.problems.map(problemLine), 'content/ 未通过校验,先按上面的提示修改(npm run validate)。'].join('\n'));
    return 1;
  }
  const { plans } = loaded.content;

  mkdirSync(join(root, 'urls'), { recursive: true });
  writeFileSync(join(root, PUBLISHED_URLS_FILE), publishedListText([]));
  writeFileSync(join(root, REDIRECTS_FILE), REDIRECTS_TEXT);
  console.log(`已清空 ${PUBLISHED_URLS_FILE} 和 ${REDIRECTS_FILE}:新网站还没有发布过网址。`);

  const owners = codeownersInput(loaded.content);
  if (owners) {
    mkdirSync(join(root, '.github'), { recursive: true });
    writeFileSync(join(root, CODEOWNERS_PATH), generateCodeowners(owners));
    console.log(`已生成 ${CODEOWNERS_PATH}。`);
  } else {
    console.log(`content/site.yaml 没有 maintainers,暂不生成 ${CODEOWNERS_PATH};填写后运行 npm run codeowners。`);
  }

  if (plans.length === 0) {
    console.log('还没有方案:README 开头、CONTRIBUTING 和模板仍是原来的,导入第一个方案后运行 npm run plan-files 改写。');
  } else {
    const { changed, problems } = writePlanFiles(root, false, values.plan);
    if (problems.length > 0) {
      console.error([...problems, '方案相关的文件没有改写;指定方案后重新运行 npm run init。'].join('\n'));
      return 1;
    }
    console.log(changed.length > 0 ? `已按新方案改写: ${changed.join('、')}` : '方案相关的文件都已是最新。');
  }
  if (existsSync(join(root, 'examples', 'demo', 'reports'))) console.log('演示数据仍是原方案的:运行 npm run demo:generate 按新方案重新生成。');
  console.log(
    [
      '',
      '接下来:',
      ...(plans.length === 0 ? ['  0. 导入方案:npm run import:plan -- 方案文件(.docx 或 .txt) --into content(每个方案一次),再运行 npm run plan-files 和 npm run codeowners;'] : []),
      '  1. 核对 content/site.yaml(网站地址、base、仓库、维护团队),再运行 npm run validate;',
      '  2. npm run build,然后 npm run urls:update 记下新网站的全部网址;',
      '  3. npm test,全部通过后提交。',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main();
