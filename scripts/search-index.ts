// The Pagefind index over the built site, with its size printed so growth is visible.
// The site's own search page uses only Pagefind's JS API (pagefind.js, its worker and WebAssembly, and the index
// files); the prebuilt UI bundles Pagefind also writes are never loaded, so they are removed rather than deployed.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = folderSize(path);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

/** Pagefind's ready-made UIs (default, modular, component) and its highlight script: unused by this site. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export async function buildSearchIndex(siteDir: string): Promise<void> {
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
  console.log(
    `search index: ${added.page_count} pages, ${size.files} files, ${kib(size.bytes)} ` +
      `(word index ${kib(data[0]!.bytes)}, fragments ${kib(data[1]!.bytes)}, filters ${kib(data[2]!.bytes)}), ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
