// The floor for the build: a minimal Astro project with one dynamic route producing N trivial pages, built
// with the project's own installed Astro (node_modules is linked in). The site build is compared with this.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBareAstroProject(dir: string, pages: number, nodeModules: string): void {
  mkdirSync(join(dir, 'src', 'pages', 'p'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2));
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ devToolbar: { enabled: false } });\n");
  writeFileSync(
    join(dir, 'src', 'pages', 'p', '[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>第 {n} 页</title></head><body><h1>第 {n} 页</h1><p>Page {n}.</p></body></html>
`,
  );
}
