// The project's Astro integration: what a build does after Astro has written the pages, inside Astro
// (as Starlight runs Pagefind in `astro:build:done`), so `astro build` alone gives the whole site, and
// what `astro dev` needs to show it (长辈模式 twins served on the fly). scripts/build.ts only sets the
// build kind's options and runs `astro build`.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../schema/index.ts';
import type { BuildKind } from '../site/build-kind.ts';
import { siteUrls } from '../site/url-scheme.ts';
import { finishBuild } from './finish-build.ts';
import { outDirProblem, removeFailedBuild } from './out-dir.ts';
import { serveElderlyTwinsInDev } from './dev-elderly.ts';
import { reloadOnContentChange } from './dev-content.ts';
import { BuildFailure } from '../build-failure.ts';
import { publicSymlinkProblems } from '../site/public-files.ts';

export function planTracker(kind: BuildKind, settings: SiteSettings): AstroIntegration {
  let outDir = kind.outDir;
  let finished = false;
  const urls = siteUrls(settings.base);
  // Astro prints the message after its own line naming the hook; logging it here too would say it twice.
  const fail = (message: string): never => {
    throw new BuildFailure(message);
  };
  return {
    name: 'plan-tracker',
    hooks: {
      'astro:config:setup': ({ addWatchFile }) => {
        // Astro copies public/ following links: a link out of the repository would publish what it points to.
        const links = publicSymlinkProblems('public', process.cwd());
        if (links.length > 0) fail(['public/ 中有不能发布的链接,网站没有生成:', ...links.map((p) => `${p.file}: ${p.message}`)].join('\n'));
        // `site` and `base` are Astro settings: a change to site.yaml restarts `astro dev` with the new ones.
        addWatchFile(resolve(kind.contentDir, 'site.yaml'));
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // Before Astro empties the folder.
        const problem = outDirProblem(outDir, process.cwd());
        if (problem) fail(problem);
        // Whatever stops the build from here on (bad content while rendering, a published address that
        // disappeared, Pagefind), no half-built site is left for `npm run serve` or CI's preview.
        process.once('exit', () => {
          if (!finished) removeFailedBuild(outDir);
        });
      },
      'astro:build:done': async ({ logger }) => {
        const result = await finishBuild({ outDir, kind, urls, siteTitle: settings.title });
        for (const line of result.log) logger.info(line);
        if (result.error) fail(result.error);
        finished = true;
      },
      'astro:server:setup': ({ server }) => {
        serveElderlyTwinsInDev(server, urls);
        reloadOnContentChange(server, [kind.contentDir, ...(kind.reportsDir ? [kind.reportsDir] : [])]);
      },
    },
  };
}
