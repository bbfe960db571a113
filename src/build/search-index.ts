// The Pagefind index over the built site, with its size printed so growth is visible.
// The site's own search page uses only Pagefind's JS API (pagefind.js, its worker and WebAssembly, and the index
// files); the prebuilt UI bundles Pagefind also writes are never loaded, so they are removed rather than deployed.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from '../fs/walk.ts';

function folderSize(dir: string): { bytes: number; files: number } {
  const files = listFiles(dir);
  return { bytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0), files: files.length };
}

/** Pagefind's ready-made UIs (default, modular, component) and its highlight script: unused by this site. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Indexes the built site in `siteDir`; returns the line that says how large the index is. */
export async function buildSearchIndex(siteDir: string): Promise<string> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind 初始化失败: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`Pagefind 索引失败: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind 写入失败: ${written.errors.join('; ')}`);
  await pagefind.close();
  const bundle = join(siteDir, 'pagefind');
  for (const name of readdirSync(bundle)) if (UNUSED_UI.test(name)) rmSync(join(bundle, name));
  const size = folderSize(bundle);
  const data = ['index', 'fragment', 'filter'].map((d) => folderSize(join(bundle, d)));
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  return (
    `search index: ${added.page_count} pages, ${size.files} files, ${kib(size.bytes)} ` +
      `(word index ${kib(data[0]!.bytes)}, fragments ${kib(data[1]!.bytes)}, filters ${kib(data[2]!.bytes)}), ${((performance.now() - started) / 1000).toFixed(1)} s`
  );
}
