// npm run serve: preview the built site on http://127.0.0.1:4321{base} (PORT to change), under the base
// path of the content it was built from, as the host will serve it.
//   --dir DIR       the built site (default dist/)
//   --content DIR   the content folder it was built from, for site.yaml's base (default content/)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readSiteSettings } from '../src/content/site-settings.ts';
import { startStaticServer } from '../src/server/static-server.ts';
import { DEFAULT_CONTENT_DIR, DEFAULT_OUT_DIR } from '../src/site/build-kind.ts';
import { BuildFailure } from '../src/build-failure.ts';

let values: { dir?: string; content?: string };
try {
  ({ values } = parseArgs({ options: { dir: { type: 'string' }, content: { type: 'string' } } }));
} catch (error) {
  console.error(`参数有误: ${error instanceof Error ? error.message : String(error)}\n用法: npm run serve -- [--dir 网站目录] [--content 内容目录]`);
  process.exit(2);
}
const root = values.dir ?? DEFAULT_OUT_DIR;
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/ 中还没有网站,请先运行 npm run build(或直接 npm start)。`);
  process.exit(1);
}
let base: string;
try {
  base = readSiteSettings(values.content ?? DEFAULT_CONTENT_DIR).base;
} catch (error) {
  console.error(error instanceof BuildFailure ? error.message : String(error));
  process.exit(1);
}
const { url } = await startStaticServer({ root, base, port: Number(process.env.PORT ?? 4321) });
console.log(`网站预览: ${url}  (按 Ctrl+C 结束)`);
