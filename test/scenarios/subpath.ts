// The base-path scenario: content/ as a city would deploy it under a sub-path of its government site, with
// its own repository. `npm test` writes it (node test/scenarios/subpath.ts), builds it to dist-subpath/
// and runs the browser suite over it, so no test can assume the site sits at / or in Tianmen's repository.
// The folder is written fresh every time from content/ and is gitignored.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { DEFAULT_CONTENT_DIR } from '../../src/site/build-kind.ts';

export const SUBPATH_SCENARIO = {
  contentDir: join('.scenarios', 'subpath', 'content'),
  outDir: 'dist-subpath',
  /** A sub-path as a government site puts a 专题专栏 under it. */
  base: '/ztzl/ggfw/',
  repository: 'https://github.com/example-city/progress-site',
} as const;

/** Copies `from` to the scenario folder with site.yaml's base and repository replaced (comments kept). */
export function writeSubpathContent(from = DEFAULT_CONTENT_DIR): string {
  const { contentDir, base, repository } = SUBPATH_SCENARIO;
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(from, contentDir, { recursive: true });
  const path = join(contentDir, 'site.yaml');
  const settings = parseDocument(readFileSync(path, 'utf8'));
  settings.set('base', base);
  settings.set('repository', repository);
  writeFileSync(path, settings.toString());
  return contentDir;
}

if (import.meta.main) console.log(`基础路径场景的内容: ${writeSubpathContent()}`);
