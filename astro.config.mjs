// Astro builds the static site from the dataset the project's own loader returns (src/site/dataset.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { parse } from 'yaml';

// Only the two settings Astro itself needs are read here; the loader validates the whole file.
// TIANMEN_CONTENT_DIR: another content folder (the benchmark's synthetic datasets), as in src/site/dataset.ts.
const contentDir = process.env.TIANMEN_CONTENT_DIR || fileURLToPath(new URL('./content/', import.meta.url));
const settings = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8'));

export default defineConfig({
  site: settings.site,
  base: settings.base ?? '/',
  // The demo build goes to its own folder in tests, so both builds can be checked in one run.
  outDir: process.env.TIANMEN_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Pages render a few at a time: writing one page overlaps rendering the next (about a tenth faster at
  // 2,000 tasks, npm run bench). No page keeps state of its own between renders.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
  // Scripts ship as files (cacheable, covered by script-src 'self'); Vite's preload wrapper breaks the
  // search page's runtime import of Pagefind when a script is inlined.
  vite: { build: { assetsInlineLimit: 0, modulePreload: false } },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self' https://github.com",
      ],
      // Pagefind compiles its WebAssembly search engine in the page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
