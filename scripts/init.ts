// npm run init [-- --from DIR]: start a new site (another city's fork) from its content. With --from, the
// content folder DIR (from `npm run import:plan`, say) replaces content/. Then, from content/: the
// published-address list starts empty (nothing of this site has been published yet), .github/CODEOWNERS
// and the files that name the plan (README's opening, CONTRIBUTING, the issue and PR templates,
// content/reports/README.md) are written anew, and the next steps are printed. Works in the current folder.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/content/load.ts';
import { problemLine } from '../src/content/report-problems.ts';
import { publishedListText, PUBLISHED_URLS_FILE, REDIRECTS_FILE } from '../src/site/published-urls.ts';
import { CODEOWNERS_PATH, generateCodeowners } from '../src/workflow/codeowners.ts';
import { writePlanFiles } from './plan-files.ts';

const REDIRECTS_TEXT = `# 旧网址 → 新网址(站内路径,以 / 开头和结尾)。已发布的网址消失时在这里加跳转,见 CONTRIBUTING.md 第七节。\nredirects: {}\n`;

function main(): number {
  let values: { from?: string };
  try {
    ({ values } = parseArgs({ options: { from: { type: 'string' } } }));
  } catch (error) {
    console.error(`参数有误: ${error instanceof Error ? error.message : String(error)}\n用法: npm run init -- [--from 内容目录]`);
    return 2;
  }
  const root = process.cwd();
  const content = join(root, 'content');
  if (values.from) {
    const from = resolve(values.from);
    if (from === content) {
      console.error('--from 指向的就是 content/,不需要复制;直接运行 npm run init');
      return 2;
    }
    const check = loadDataset({ contentDir: from, displayRoot: root });
    if (!check.ok) {
      console.error([...check.problems.map(problemLine), `${values.from} 未通过校验,content/ 没有改动。请先改正(npm run validate -- ${values.from})。`].join('\n'));
      return 1;
    }
    rmSync(content, { recursive: true, force: true });
    cpSync(from, content, { recursive: true });
    console.log(`content/ 已换成 ${values.from} 的内容。`);
  }
  const loaded = loadDataset({ contentDir: content, displayRoot: root });
  if (!loaded.ok) {
    console.error([...loaded.problems.map(problemLine), 'content/ 未通过校验,先按上面的提示修改(npm run validate)。'].join('\n'));
    return 1;
  }
  const { site, units, tasks } = loaded.dataset;

  mkdirSync(join(root, 'urls'), { recursive: true });
  writeFileSync(join(root, PUBLISHED_URLS_FILE), publishedListText([]));
  writeFileSync(join(root, REDIRECTS_FILE), REDIRECTS_TEXT);
  console.log(`已清空 ${PUBLISHED_URLS_FILE} 和 ${REDIRECTS_FILE}:新网站还没有发布过网址。`);

  if (site.maintainers) {
    mkdirSync(join(root, '.github'), { recursive: true });
    writeFileSync(join(root, CODEOWNERS_PATH), generateCodeowners({ maintainers: site.maintainers, repository: site.repository, units, tasks }));
    console.log(`已生成 ${CODEOWNERS_PATH}。`);
  } else {
    console.log(`content/site.yaml 没有 maintainers,暂不生成 ${CODEOWNERS_PATH};填写后运行 npm run codeowners。`);
  }

  const { changed } = writePlanFiles(root, false);
  console.log(changed.length > 0 ? `已按新方案改写: ${changed.join('、')}` : '方案相关的文件都已是最新。');
  if (existsSync(join(root, 'examples', 'demo', 'reports'))) console.log('演示数据仍是原方案的:运行 npm run demo:generate 按新方案重新生成。');
  console.log(
    [
      '',
      '接下来:',
      '  1. 核对 content/site.yaml(网站地址、base、仓库、维护团队),再运行 npm run validate;',
      '  2. npm run build,然后 npm run urls:update 记下新网站的全部网址;',
      '  3. npm test,全部通过后提交。',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main();
