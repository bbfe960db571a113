// The base-path scenario: content/ as a city would deploy it under a sub-path of its government site, with
// its own repository and every identity field a government site shows (主办单位, 备案号, 网站标识码 ...). `npm test` writes it (node test/scenarios/subpath.ts), builds it to dist-subpath/
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
  /** Every identity field of a government site set (placeholder values), so the footer and meta tags are tested set. */
  identity: {
    site: 'https://www.example.gov.cn',
    sponsor: '示例市人民政府办公室',
    organizer: '示例市政务服务和大数据管理局',
    contact: { phone: '0728-5221234', email: 'zfb@example.gov.cn', address: '示例市示例大道 1 号' },
    site_code: '4290060001',
    icp: '鄂ICP备12345678号-1',
    police_filing: '鄂公网安备42900602000001号',
    conac_certificate: 'https://bszs.conac.cn/sitename?method=show&id=0000000000000000',
  },
} as const;

/** Copies `from` to the scenario folder with site.yaml's base and repository replaced (comments kept). */
export function writeSubpathContent(from = DEFAULT_CONTENT_DIR): string {
  const { contentDir, base, repository, identity } = SUBPATH_SCENARIO;
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(from, contentDir, { recursive: true });
  const path = join(contentDir, 'site.yaml');
  const settings = parseDocument(readFileSync(path, 'utf8'));
  settings.set('base', base);
  settings.set('repository', repository);
  for (const [key, value] of Object.entries(identity)) settings.set(key, value);
  writeFileSync(path, settings.toString());
  return contentDir;
}

if (import.meta.main) console.log(`基础路径场景的内容: ${writeSubpathContent()}`);
