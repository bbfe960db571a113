// npm run urls:update -- --into-plan ID: writes urls/redirects.yaml for the move of a one-plan site's pages
// under /{ID}/ (url-scheme.ts legacyPlanRedirects over urls/published.txt), keeping its other redirects;
// no build is needed, and the next build is then checked against it.
// npm run urls:update [-- --dist DIR] [-- --drop PATH ...]: rewrites urls/published.txt from a real build
// (default dist/): what the build publishes now plus every address that has a redirect. Run it after a
// build that adds pages, and commit the list with the change (see src/site/published-urls.ts). It refuses
// to drop a published address that has no redirect unless that address is named with --drop, so the list
// cannot quietly forget a page (a retired data file, say) and the removal shows in review.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtPaths, publishedListText, readPublishedList, readRedirects, PUBLISHED_URLS_FILE, REDIRECTS_FILE } from '../src/site/published-urls.ts';
import { legacyPlanRedirects } from '../src/site/url-scheme.ts';
import { SLUG_PATTERN } from '../src/schema/text.ts';
import { stringify } from 'yaml';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, drop: { type: 'string', multiple: true, default: [] }, 'into-plan': { type: 'string' } } });
const intoPlan = values['into-plan'];
if (intoPlan !== undefined) {
  if (!SLUG_PATTERN.test(intoPlan)) {
    console.error(`--into-plan ${intoPlan} 不是方案标识(小写字母、数字和连字符),应与 plan.yaml 的 id 相同`);
    process.exit(2);
  }
  const current = readRedirects();
  if (current.problems.length > 0) {
    console.error(current.problems.join('\n'));
    process.exit(1);
  }
  const moved = legacyPlanRedirects(readPublishedList(), intoPlan);
  const redirects = { ...current.redirects, ...moved };
  // The file's own comment block explains it to maintainers: keep it, replace the data below it.
  const text = readFileSync(REDIRECTS_FILE, 'utf8');
  const comments = text.split('\n').filter((line) => line.startsWith('#')).join('\n');
  writeFileSync(REDIRECTS_FILE, `${comments}\n${stringify({ redirects }, { lineWidth: 0 })}`);
  console.log(`${REDIRECTS_FILE}: ${Object.keys(moved).length} 个页面跳转到 /${intoPlan}/ 下,共 ${Object.keys(redirects).length} 条跳转。生成网站后运行 npm run urls:update,把新网址加入 ${PUBLISHED_URLS_FILE}。`);
  process.exit(0);
}
const dist = values.dist;
const tasksJson = join(dist, 'data/tasks.json');
if (!existsSync(tasksJson)) {
  console.error(`${dist}/ 中没有生成好的网站,请先运行 npm run build`);
  process.exit(1);
}
if ((JSON.parse(readFileSync(tasksJson, 'utf8')) as { meta?: { demo?: boolean } }).meta?.demo) {
  console.error(`${dist}/ 是演示构建;网址清单只能从正式构建生成(npm run build)`);
  process.exit(1);
}
const { redirects, problems } = readRedirects();
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const before = new Set(readPublishedList());
const now = [...builtPaths(dist), ...Object.keys(redirects)];
const dropped = [...before].filter((p) => !now.includes(p));
const unannounced = dropped.filter((p) => !values.drop.includes(p));
if (unannounced.length > 0) {
  console.error(
    [
      `以下已发布的网址在 ${dist}/ 中不存在,也没有跳转,没有更新清单:`,
      ...unannounced.map((p) => `  ${p}`),
      '请在 urls/redirects.yaml 中为页面添加跳转;确实要停止发布的(如数据文件),用 --drop 逐个写明,例如:',
      `  npm run urls:update -- ${unannounced.map((p) => `--drop ${p}`).join(' ')}`,
    ].join('\n'),
  );
  process.exit(1);
}
writeFileSync(PUBLISHED_URLS_FILE, publishedListText(now));
const added = now.filter((p) => !before.has(p));
console.log(`${PUBLISHED_URLS_FILE}: ${new Set(now).size} 个网址,新增 ${added.length} 个${dropped.length ? `,删除 ${dropped.length} 个: ${dropped.join(' ')}` : ''}`);
