// What the importer tells the person who ran it: what it read, what needs their decision and why, and the
// numbers it passed over and why, each located by the file to open.
import { taskFileName } from '../content/paths.ts';
import type { ImportedPlan } from './plan-content.ts';

/**
 * `into`: the plan was added to the site in that folder (outDir is then its plan folder): the next steps are
 * the site's, and the units it added to the shared list are named for review.
 */
export function importSummary(imported: ImportedPlan, outDir: string, into?: { siteDir: string; addedUnits: number; sharedUnits: number }): string {
  const { plan, tasks, units, areas } = imported;
  const file = (id: number) => `${outDir}/tasks/${taskFileName(id)}`;
  const targets = tasks.flatMap((t) => t.targets.map((target) => ({ task: t.id, target })));
  const reviews = targets.filter(({ target }) => target.review !== undefined);
  const nonTargets = tasks.flatMap((t) => (t.non_targets ?? []).map((n) => ({ task: t.id, ...n })));
  const passedOver = [...imported.passedOver].flatMap(([task, list]) => list.map((p) => ({ task, ...p })));
  const collective = units.filter((u) => u.kind === 'collective').length;
  const lines = [
    `方案:${plan.title}(${plan.number},${plan.date}),方案标识 ${plan.id}(plan.yaml 中的 id,请核对,定下后不再改)`,
    into
      ? `已写入 ${outDir}:任务 ${tasks.length} 项,领域 ${areas.length} 个,数量目标候选 ${targets.length} 个;单位沿用 ${into.siteDir}/units.yaml 中已有的 ${into.sharedUnits} 个,新增 ${into.addedUnits} 个(部门 ${units.length - collective} 个,集合性表述 ${collective} 个)`
      : `已写入 ${outDir}:任务 ${tasks.length} 项,领域 ${areas.length} 个,单位 ${units.length} 个(部门 ${units.length - collective} 个,集合性表述 ${collective} 个),数量目标候选 ${targets.length} 个`,
    '',
    `需要人工决定的目标:${reviews.length} 个(有 review 的任务文件校验不通过,核对后删除 review 这一行)`,
    ...reviews.map(({ task, target }) => `  ${file(task)} 目标 ${target.id}(${target.quote}):${target.review}`),
  ];
  if (imported.missing.length) {
    lines.push('', `原文中没有读出的要素:${imported.missing.length} 项(已写入占位内容,校验会指出位置)`, ...imported.missing.map((m) => `  ${m}`));
  }
  if (imported.pinyinUnits.length) {
    lines.push('', `单位标识按拼音生成:${imported.pinyinUnits.length} 个(可在 units.yaml 中改为英文,同时改任务文件)`, ...imported.pinyinUnits.map((u) => `  ${u.name} → ${u.id}`));
  }
  lines.push(
    '',
    `不是数量目标的数字:${nonTargets.length} 处(已写入 non_targets)`,
    ...nonTargets.map((n) => `  ${file(n.task)} “${n.quote}”:${n.reason}`),
    '',
    `未能判断的数字:${passedOver.length} 处(没有写入,校验时会提示 plan.number-uncovered)`,
    ...passedOver.map((p) => `  ${file(p.task)} ${p.number}(${p.quote}):${p.reason}`),
    '',
    '下一步:',
    ...(into
      ? [
          `  1. 核对 ${into.siteDir}/units.yaml 末尾新增的单位:与已有单位是同一部门而写法不同的,把新写法加到已有单位的 aliases 中,删去新增的那一个,并改任务文件中的标识`,
          '  2. 对照方案原文核对每个数量目标;有 review 的,改正后删除 review 这一行',
          `  3. npm run validate -- ${into.siteDir},然后 npm run codeowners,再 npm run build -- --content ${into.siteDir}`,
        ]
      : [
          `  1. 按 ${outDir}/site.yaml 中的注释填写网站设置`,
          '  2. 对照方案原文核对每个数量目标;有 review 的,改正后删除 review 这一行',
          `  3. npm run validate -- ${outDir},然后 npm run build -- --content ${outDir}`,
        ]),
  );
  return lines.join('\n') + '\n';
}
