// Astro builds the static site from the dataset the project's own loader returns (src/site/dataset.ts);
// the project's integration (src/build/integration.ts) adds the search index, the 长辈模式 twins, the
// redirect pages and the published-address check, so `astro build` is the whole build.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readSiteSettings } from './src/content/site-settings.ts';
import { buildKind } from './src/site/build-kind.ts';
import { planTracker } from './src/build/integration.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES } from './src/site/csp.ts';

// Which content, reports and output folder: decided once (src/site/build-kind.ts). site.yaml is read by
// the loader's own check, so an invalid base or site address stops here with the validator's message.
const kind = buildKind(process.env);
// Astro puts every environment variable into server code's import.meta.env, over its own values: a BASE_URL
// or SITE in the environment (vitest sets BASE_URL=/ for the builds its tests start; some CI systems set
// one too) would give the pages another base than site.yaml's. The site is built from site.yaml alone.
for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];
const settings = readSiteSettings(kind.contentDir);

export default defineConfig({
  site: settings.site,
  base: settings.base,
  outDir: kind.outDir,
  trailingSlash: 'always',
  // Pages render a few at a time: writing one page overlaps rendering the next (about a tenth faster at
  // 2,000 tasks, npm run bench). No page keeps state of its own between renders.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [mdx(), planTracker(kind, settings)],
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
  // Scripts ship as files (cacheable, covered by script-src 'self'); Vite's preload wrapper breaks the
  // search page's runtime import of Pagefind when a script is inlined.
  // The invalid corpus holds looping and dangling links on purpose: astro dev's file watcher need not follow them.
  vite: { build: { assetsInlineLimit: 0, modulePreload: false }, server: { watch: { ignored: ['**/test/fixtures/invalid/**'] } } },
  security: {
    csp: {
      // The policy lives in src/site/csp.ts, shared with the nginx configuration's header.
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_RESOURCES] },
      styleDirective: { resources: [...STYLE_RESOURCES] },
    },
  },
});
