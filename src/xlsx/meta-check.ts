// Whether a sheet belongs here: this site, this plan, this template version, a quarter of the plan's
// reporting window (and the one asked for, when one is). A sheet that does not is refused as a whole,
// with the reason: its cells would be checked against the wrong tasks.
import { isInWindow, PERIOD_PATTERN, windowLabel, type ReportingWindow } from '../schema/index.ts';
import { TEMPLATE_FORMAT, TEMPLATE_VERSION, type TemplateMeta } from './layout.ts';

export interface MetaExpectation {
  site: string;
  planNumber: string;
  window: ReportingWindow;
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
  if (meta.version !== TEMPLATE_VERSION) return { message: `填报表模板版本为 ${meta.version || '(空)'},本站现在的模板版本为 ${TEMPLATE_VERSION}`, fix: NEW_SHEET };
  if (meta.site !== expected.site) return { message: `这份填报表来自另一个网站(${meta.site}),本站为 ${expected.site}`, fix: '请在生成这份填报表的网站上报送,或从本站下载填报表' };
  if (meta.plan !== expected.planNumber) return { message: `这份填报表属于另一个方案(${meta.plan}),本站的方案为 ${expected.planNumber}`, fix: NEW_SHEET };
  if (!PERIOD_PATTERN.test(meta.period) || !isInWindow(meta.period, expected.window)) {
    return { message: `填报表的季度 ${meta.period} 不在方案的报送期(${windowLabel(expected.window)})内`, fix: NEW_SHEET };
  }
  if (expected.period !== undefined && meta.period !== expected.period) {
    return { message: `这是 ${meta.period} 的填报表,现在导入的是 ${expected.period} 的进展`, fix: `请使用 ${expected.period} 的填报表;确需补报 ${meta.period} 的,请交督查室用 npm run import:xlsx 导入` };
  }
  return undefined;
}
