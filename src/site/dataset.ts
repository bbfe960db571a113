// The build's single entry to content: the project's loader, run once per build. Invalid content
// stops the build with the validator's own messages, so the site never publishes a partial dataset.
import { existsSync } from 'node:fs';
import { loadDataset, type Dataset } from '../content/load.ts';
import { problemLine } from '../content/report-problems.ts';
import { deriveAll, type Derived } from '../derive/index.ts';

/** `npm run build:demo` sets this; the default build never reads the demo folder. */
export const DEMO_REPORTS_DIR = 'examples/demo/reports';

/**
 * The content folder: content/ unless TIANMEN_CONTENT_DIR names another one. Only the benchmark sets it
 * (npm run bench builds synthetic datasets of 2,000 tasks); the published site always reads content/.
 */
export const contentDir = (): string => process.env.TIANMEN_CONTENT_DIR || 'content';

let cached: { dataset: Dataset; derived: Derived } | undefined;

export function site(): { dataset: Dataset; derived: Derived } {
  if (cached) return cached;
  const demo = process.env.TIANMEN_DEMO === '1';
  if (demo && !existsSync(DEMO_REPORTS_DIR)) throw new Error(`演示数据目录 ${DEMO_REPORTS_DIR} 不存在,请先运行 npm run demo:generate`);
  const result = loadDataset({ contentDir: contentDir(), reportsDir: demo ? DEMO_REPORTS_DIR : undefined, demo });
  if (!result.ok) {
    throw new Error(`内容校验未通过,网站没有生成。请先运行 npm run validate 并修改:\n${result.problems.map(problemLine).join('\n')}`);
  }
  cached = { dataset: result.dataset, derived: deriveAll(result.dataset) };
  return cached;
}
