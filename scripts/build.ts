// npm run build / build:demo: the site (Astro) and its search index (Pagefind) into dist/.
// Content is validated by the same loader inside the Astro build; invalid content fails here.
// TIANMEN_CONTENT_DIR (benchmark only) points the whole build at another content folder.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './search-index.ts';
import { writeElderlyTwins } from './elderly-twins.ts';

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
// After the index, so the twins are not search results of their own. The loader inside the Astro build
// has already validated site.yaml; only its base path is needed here.
const base = (parse(readFileSync(join(process.env.TIANMEN_CONTENT_DIR || 'content', 'site.yaml'), 'utf8')) as { base?: string }).base ?? '/';
console.log(`长辈模式页面: ${writeElderlyTwins(outDir, base.endsWith('/') ? base : `${base}/`)} 个`);
