// The Pagefind index over the built site, with its size printed so growth is visible.
import { readdirSync, statSync } from 'node:fs';
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

export async function buildSearchIndex(siteDir: string): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind 初始化失败: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`Pagefind 索引失败: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind 写入失败: ${written.errors.join('; ')}`);
  await pagefind.close();
  const size = folderSize(join(siteDir, 'pagefind'));
  console.log(`search index: ${added.page_count} pages, ${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
