// The build's single entry to content: the project's loader, run once per build. Invalid content
// stops the build with the validator's own messages, so the site never publishes a partial dataset.
import { existsSync } from 'node:fs';
import { loadDataset, type Dataset } from '../content/load.ts';
import { problemLine } from '../content/report-problems.ts';
import { deriveAll, type Derived } from '../derive/index.ts';

/** `npm run build:demo` sets this; the default build never reads the demo folder. */
export const DEMO_REPORTS_DIR = 'examples/demo/reports';

/**
 * Where a build reads its reports. `TIANMEN_REPORTS_DIR` (set by `npm run build -- --reports DIR`, used by
 * the browser tests for hostile content) reads another folder; like the demo, a site built from any reports
 * but content/'s own is not the real data, so it is labelled demo (banner, `"demo": true`).
 */
export function reportsSource(env: NodeJS.ProcessEnv): { reportsDir: string | undefined; demo: boolean } {
  const other = env.TIANMEN_REPORTS_DIR;
  if (other) return { reportsDir: other, demo: true };
  const demo = env.TIANMEN_DEMO === '1';
  return { reportsDir: demo ? DEMO_REPORTS_DIR : undefined, demo };
}

let cached: { dataset: Dataset; derived: Derived } | undefined;

export function site(): { dataset: Dataset; derived: Derived } {
  if (cached) return cached;
  const { reportsDir, demo } = reportsSource(process.env);
  if (reportsDir === DEMO_REPORTS_DIR && !existsSync(DEMO_REPORTS_DIR)) throw new Error(`演示数据目录 ${DEMO_REPORTS_DIR} 不存在,请先运行 npm run demo:generate`);
  if (reportsDir && !existsSync(reportsDir)) throw new Error(`报告目录 ${reportsDir} 不存在`);
  const result = loadDataset({ contentDir: 'content', reportsDir, demo });
  if (!result.ok) {
    throw new Error(`内容校验未通过,网站没有生成。请先运行 npm run validate 并修改:\n${result.problems.map(problemLine).join('\n')}`);
  }
  cached = { dataset: result.dataset, derived: deriveAll(result.dataset) };
  return cached;
}
