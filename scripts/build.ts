// npm run build / build:demo: `astro build` with the build kind's options as environment variables
// (src/site/build-kind.ts). Everything the build does happens inside Astro (src/build/integration.ts),
// so `npx astro build` gives the same dist/.
//   --demo          the demo dataset (examples/demo/reports), labelled demo on every page and export
//   --reports DIR   reports from another folder (test fixtures); labelled demo
//   --content DIR   another content folder (another plan, a test scenario); a real site
//   --out DIR       another output folder (refused if it holds anything but an earlier build)
//   --plan ID       on a site of several plans, the plan --demo or --reports gives its reports to
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { buildEnv } from '../src/site/build-kind.ts';

let values: { demo?: boolean; out?: string; reports?: string; content?: string; plan?: string };
try {
  ({ values } = parseArgs({ options: { demo: { type: 'boolean' }, out: { type: 'string' }, reports: { type: 'string' }, content: { type: 'string' }, plan: { type: 'string' } } }));
} catch (error) {
  console.error(`参数有误: ${error instanceof Error ? error.message : String(error)}\n用法: npm run build -- [--demo] [--reports 目录] [--content 目录] [--out 目录] [--plan 方案]`);
  process.exit(2);
}
const env = {
  ...process.env,
  ...buildEnv({ demo: values.demo, reportsDir: values.reports, contentDir: values.content, outDir: values.out, plan: values.plan }),
  ASTRO_TELEMETRY_DISABLED: '1',
};
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env });
if (astro.status !== 0) {
  console.error('\n网站生成失败(见上方信息)。内容问题可先运行 npm run validate 查看。');
  process.exit(astro.status ?? 1);
}
