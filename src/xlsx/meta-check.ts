// Whether a sheet belongs here: this site, plans of this site, a template version read here, a quarter of
// each of its plans' reporting windows (and the one asked for, when one is). A sheet that does not is
// refused as a whole, with the reason: its cells would be checked against the wrong tasks.
import { isInWindow, PERIOD_PATTERN, windowLabel, type ReportingWindow } from '../schema/index.ts';
import { SPANNING_VERSION, TEMPLATE_FORMAT, TEMPLATE_VERSION, type TemplateMeta } from './layout.ts';

export interface ExpectedPlan {
  planNumber: string;
  /** planName(plan): what a spanning sheet's 方案 column shows. */
  name?: string;
  window: ReportingWindow;
}

export interface MetaExpectation {
  site: string;
  /** The plans a sheet may name, the site's first first. */
  plans: readonly ExpectedPlan[];
  /** Only sheets of this quarter are taken (the browser: the quarter the site publishes sheets for). */
  period?: string;
}

export interface Refusal {
  message: string;
  fix: string;
}

const NEW_SHEET = '请从本站“单位报送”页面下载新的填报表,把内容抄过去后再导入';

export function metaRefusal(meta: TemplateMeta | undefined, expected: MetaExpectation): Refusal | undefined {
  if (!meta || meta.format !== TEMPLATE_FORMAT) return { message: '不是本站生成的填报表(找不到隐藏的“模板信息”)', fix: NEW_SHEET };
  // A one-plan sheet names its plan and its columns mean what they meant: still read on a site of several
  // plans (a late report made with npm run xlsx:template --plan). The version named is the one this site publishes.
  if (meta.version !== TEMPLATE_VERSION && meta.version !== SPANNING_VERSION) {
    return { message: `填报表模板版本为 ${meta.version || '(空)'},本站现在的模板版本为 ${expected.plans.length > 1 ? SPANNING_VERSION : TEMPLATE_VERSION}`, fix: NEW_SHEET };
  }
  if (meta.site !== expected.site) return { message: `这份填报表来自另一个网站(${meta.site}),本站为 ${expected.site}`, fix: '请在生成这份填报表的网站上报送,或从本站下载填报表' };
  if (meta.plans.length === 0) return { message: '填报表的“模板信息”中没有方案', fix: NEW_SHEET };
  for (const plan of meta.plans) {
    const here = expected.plans.find((p) => p.planNumber === plan.number);
    if (!here) {
      return meta.spanning
        ? { message: `填报表中的方案 ${plan.number || '(空)'} 不是本站的方案,本站的方案为 ${expected.plans.map((p) => p.planNumber).join('、')}`, fix: NEW_SHEET }
        : { message: `这份填报表属于另一个方案(${meta.plan}),本站的方案为 ${expected.plans[0]?.planNumber ?? '(无)'}`, fix: NEW_SHEET };
    }
    // The 方案 column shows the name the sheet was made with: a renamed plan makes the sheet's rows misread.
    if (meta.spanning && here.name !== undefined && plan.name !== here.name) {
      return { message: `填报表中的方案“${plan.name}”(${plan.number})现在名为“${here.name}”`, fix: NEW_SHEET };
    }
    if (!PERIOD_PATTERN.test(meta.period) || !isInWindow(meta.period, here.window)) {
      return { message: `填报表的季度 ${meta.period} 不在${meta.spanning ? `方案“${plan.name}”` : '方案'}的报送期(${windowLabel(here.window)})内`, fix: NEW_SHEET };
    }
  }
  if (expected.period !== undefined && meta.period !== expected.period) {
    return { message: `这是 ${meta.period} 的填报表,现在导入的是 ${expected.period} 的进展`, fix: `请使用 ${expected.period} 的填报表;确需补报 ${meta.period} 的,请交督查室用 npm run import:xlsx 导入` };
  }
  return undefined;
}
