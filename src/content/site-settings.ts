// site.yaml read on its own, by the loader's own per-file check, for what must be known before the
// dataset is loaded: Astro's `site` and `base` (astro.config.ts) and the build's integration. Pages,
// exports and scripts take the settings from the loaded dataset; nothing else parses site.yaml.
import { existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SiteSettings } from '../schema/index.ts';
import { readContentFile } from './read-file.ts';
import { problemLine } from './report-problems.ts';
import { BuildFailure } from '../build-failure.ts';


export function readSiteSettings(contentDir: string): SiteSettings {
  const path = join(contentDir, 'site.yaml');
  const file = relative(process.cwd(), path).split(sep).join('/');
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new BuildFailure(`${file}:1:1 error 缺少网站设置文件,请恢复 ${file}(内容目录 ${contentDir} 中必须有 site.yaml)`);
  }
  const read = readContentFile({ path, file, kind: 'site' });
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || read.value === undefined) {
    throw new BuildFailure(`网站设置有误,网站没有生成。请修改:\n${errors.map(problemLine).join('\n')}`);
  }
  return read.value as SiteSettings;
}
