// The repository files that name the plan (README's opening, CONTRIBUTING's examples, the issue and
// pull-request templates, content/reports/README.md) are written from templates/ and the content, so a
// city that puts its own plan in content/ gets them right with `npm run plan-files` (or `npm run init`),
// and no template names one city. Pure: templates and facts in, file texts out.
import type { Dataset } from '../content/load.ts';
import { dueDaysAfterQuarter, periodEnd, periodLabel } from '../schema/index.ts';
import { reportingWindowLabel, sampleReport, tasksInAreas } from '../site/plan-facts.ts';
import { siteRoot } from '../site/url-scheme.ts';

/** Where each template's output goes (facts allowed: the reports' README goes into the plan's folder); `block`: only the part of the file between the markers. */
export const PLAN_FILES: { template: string; output: string; block?: string }[] = [
  { template: 'templates/README-intro.md', output: 'README.md', block: 'plan-intro' },
  { template: 'templates/CONTRIBUTING.md', output: 'CONTRIBUTING.md' },
  { template: 'templates/reports-README.md', output: 'content/{{sample.folder}}reports/README.md' },
  { template: 'templates/pull_request_template.md', output: '.github/pull_request_template.md' },
  { template: 'templates/ISSUE_TEMPLATE/config.yml', output: '.github/ISSUE_TEMPLATE/config.yml' },
  { template: 'templates/ISSUE_TEMPLATE/data-error.yml', output: '.github/ISSUE_TEMPLATE/data-error.yml' },
  { template: 'templates/ISSUE_TEMPLATE/new-task.yml', output: '.github/ISSUE_TEMPLATE/new-task.yml' },
];

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The values templates may use, as `{{name}}`. `plans`: every plan id of the site, when it has several;
 * the commands of one plan then need --plan, so the examples carry it.
 */
export function planFacts(dataset: Pick<Dataset, 'folder' | 'site' | 'plan' | 'areas' | 'units' | 'tasks'> & { id?: string }, plans: readonly string[] = []): Record<string, string> {
  const several = plans.length > 1 && dataset.id !== undefined;
  const sample = sampleReport(dataset);
  const task = dataset.tasks.find((t) => t.id === sample.task);
  const target = task?.targets[0];
  const unitName = (id: string) => dataset.units.find((u) => u.id === id)?.name ?? id;
  const lead = task?.lead[0] ?? dataset.units[0]?.id ?? '';
  const coled = dataset.tasks.find((t) => t.lead.length > 1);
  return {
    'site.title': dataset.site.title,
    'site.repository': dataset.site.repository.replace(/\/+$/, ''),
    'site.branch': dataset.site.branch,
    'site.root': siteRoot(dataset.site.site, dataset.site.base),
    'site.maintainers': dataset.site.maintainers ?? '@组织名/maintainers',
    'plan.title': dataset.plan.title,
    'plan.option': several ? ` --plan ${dataset.id}` : '',
    'plan.note': several ? `网站有几个方案(${plans.join('、')}):每一行按填报表中记下的方案写入所属方案的文件夹,不需要 \`--plan\`;加 \`--plan 方案标识\` 只导入该方案的行。` : '',
    // A site of several plans: one sheet per unit spanning them; --plan is for one plan's own, e.g. a late report.
    'sheets.note': several ? `网站有几个方案,每份填报表包含该季度在报送期内的各方案中本单位牵头的任务;加 \`--plan ${dataset.id}\` 只生成一个方案的填报表,写到 \`填报表-${dataset.id}-${sample.period}/\`,用于单独补报;` : '',
    'plan.number': dataset.plan.number,
    'areas.count': String(dataset.areas.length),
    'tasks.count': String(dataset.tasks.length),
    'tasks.summary': tasksInAreas(dataset),
    'window.label': reportingWindowLabel(dataset),
    'reporting.dueDays': String(dueDaysAfterQuarter(dataset.plan)),
    // The plan's folder in content/ ('' or plans/<id>/): every path to its files goes through it.
    'sample.folder': dataset.folder,
    'sample.task': String(sample.task),
    'sample.file': sample.file,
    'sample.earlier': sample.earlier,
    'sample.period': sample.period,
    'sheets.folder': `填报表-${sample.period}`,
    'sample.periodLabel': periodLabel(sample.period),
    'sample.asOf': periodEnd(sample.period),
    // Reports come in early in the next quarter.
    'sample.reportedOn': addDays(periodEnd(sample.period), 10),
    'lead.id': lead,
    'lead.name': unitName(lead),
    'target.id': target?.id ?? '目标标识',
    'target.label': target?.label ?? '数量目标',
    'target.value': String(target?.value ?? 0),
    'target.unit': target?.unit ?? '',
    'coled.example': coled ? `(如任务 ${coled.id} 由${coled.lead.map(unitName).join('、')}共同牵头)` : '',
  };
}

/** The template with every `{{name}}` replaced; a name the facts lack is an error, never left in place. */
export function renderTemplate(template: string, facts: Record<string, string>, name = 'template'): string {
  return template.replace(/\{\{([\w.]+)\}\}/g, (_, key: string) => {
    const value = facts[key];
    if (value === undefined) throw new Error(`${name}: 模板中的 {{${key}}} 没有对应的值(可用: ${Object.keys(facts).join(', ')})`);
    return value;
  });
}

const notice = (template: string, output: string) =>
  output.endsWith('.yml') ? `# 由 npm run plan-files 从 ${template} 和 content/ 生成;请修改模板后重新生成。\n` : `<!-- 由 npm run plan-files 从 ${template} 和 content/ 生成;请修改模板后重新生成。 -->\n`;

/** Where an entry is written, relative to the repository. */
export const planFileOutput = (entry: (typeof PLAN_FILES)[number], facts: Record<string, string>): string => renderTemplate(entry.output, facts, entry.template);

/** The new text of `output`: the whole file, or `current` with its marked block replaced. */
export function planFileText(entry: (typeof PLAN_FILES)[number], template: string, facts: Record<string, string>, current = ''): string {
  const rendered = renderTemplate(template, facts, entry.template);
  if (!entry.block) return notice(entry.template, entry.output) + rendered;
  const begin = `<!-- ${entry.block}: 由 npm run plan-files 从 ${entry.template} 和 content/ 生成 -->\n`;
  const end = `<!-- /${entry.block} -->\n`;
  const from = current.indexOf(begin.slice(0, begin.indexOf(':')));
  const to = current.indexOf(end);
  // No block yet: it goes first (README's opening lines).
  if (from < 0 || to < from) return `${begin}${rendered}${end}\n${current}`;
  return current.slice(0, from) + begin + rendered + end + current.slice(to + end.length);
}
