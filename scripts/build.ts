// npm run build / build:demo: the site (Astro) and its search index (Pagefind) into dist/.
// Content is validated by the same loader inside the Astro build; invalid content fails here.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './search-index.ts';

const { values } = parseArgs({ options: { demo: { type: 'boolean', default: false }, out: { type: 'string', default: 'dist' } } });
const outDir = values.out;
const env = { ...process.env, TIANMEN_DEMO: values.demo ? '1' : '0', TIANMEN_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };

rmSync(outDir, { recursive: true, force: true });
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env });
if (astro.status !== 0) {
  console.error('\n网站生成失败(见上方信息)。内容问题可先运行 npm run validate 查看。');
  process.exit(astro.status ?? 1);
}
await buildSearchIndex(outDir);
