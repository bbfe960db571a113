// An imported plan → a content folder the loader reads: the YAML files with a Chinese comment on top
// saying what they are and what is left to decide, source/plan.txt, and a site.yaml to complete.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { taskFileName } from '../content/paths.ts';
import type { ImportedPlan } from './plan-content.ts';

// One line per value: a review note is deleted as one line, and a quote stays searchable in the file.
const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
const commented = (comment: string, value: unknown) => `${comment.split('\n').map((line) => `# ${line}`).join('\n')}\n${yaml(value)}`;

/** The site settings a city completes: valid placeholders, each with what to put there. */
export function siteTemplate(title: string): string {
  return `# 网站设置:导入方案时生成的占位内容,发布前请逐项改为实际情况。
# 网站名称:显示在每个页面的标题中。
title: ${JSON.stringify(`${title}进展`)}
# 网站正式地址(以 https:// 开头,不含路径):用于规范链接、站点地图和订阅。请改为实际域名。
site: https://example.org
# 网站所在路径:部署在域名根目录时为 /,部署在子路径时如 /tracker/。
base: /
# 存放本内容的 GitHub 仓库地址:用于“修改记录”链接和在线提交。请改为实际仓库。
repository: https://github.com/your-org/plan-tracker
# 仓库主分支。
branch: main
# 数据许可协议及其全文地址:可保留,或改为本地规定的协议。
licence: 知识共享 署名 4.0 国际许可协议(CC BY 4.0)
licence_url: https://creativecommons.org/licenses/by/4.0/deed.zh-hans
# 维护人员的 GitHub 团队(可选):去掉下一行开头的 # 并改为实际团队,然后运行 npm run codeowners。
# maintainers: "@your-org/maintainers"
`;
}

/** Writes the folder (which must not exist or be empty: the CLI checks). */
export function writeContent(dir: string, imported: ImportedPlan): void {
  writePlanFolder(dir, imported);
  const write = (path: string, text: string) => writeFileSync(join(dir, path), text, 'utf8');
  write('site.yaml', siteTemplate(imported.plan.title));
  write('units.yaml', commented('方案中出现的全部牵头单位与责任单位。name 与方案原文一字不差;id 为稳定的英文标识,用于网址 /units/{id}/。\nkind: department 部门单位;collective 集合性表述(如“各公共服务单位”)。', { units: imported.units }));
}

/** The plan's own files, without the site's settings and units: a folder of its own, or plans/<id>/ of a site. */
export function writePlanFolder(dir: string, imported: ImportedPlan): void {
  mkdirSync(join(dir, 'tasks'), { recursive: true });
  mkdirSync(join(dir, 'source'), { recursive: true });
  const write = (path: string, text: string) => writeFileSync(join(dir, path), text, 'utf8');
  write('source/plan.txt', imported.text);
  write('plan.yaml', commented('方案文件本身的要素,由 npm run import:plan 从方案原文(source/plan.txt)读出。\n所有文字均为原文;reporting.last_period 取方案中最晚的期限所在季度,请核对。\nid 是方案标识(由文号的年份和序号拟定),定下后不再改。', imported.plan));
  write('areas.yaml', commented('方案中的领域,按方案顺序。name 为小标题原文;id 用于网址,short 为简称,均可修改(改 id 时同时改任务文件中的 area)。', { areas: imported.areas }));
  for (const task of imported.tasks) {
    const note = task.targets.some((t) => t.review !== undefined)
      ? '\n有 review 的目标待人工核对:核对数值、单位、比较方式和期限后,删除 review 这一行(有 review 时校验不通过)。'
      : '';
    write(join('tasks', taskFileName(task.id)), commented(`第 ${task.id} 项任务,由 npm run import:plan 从方案原文读出。targets 为候选数量目标,请对照原文核对。${note}`, task));
  }
}
