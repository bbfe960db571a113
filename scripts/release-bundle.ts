// npm run release:bundle [-- --site DIR] [--out DIR]: the release bundle of a built site (default dist/
// into release/): site.tar.gz, SHA256SUMS, manifest.json. See src/deploy/release-bundle.ts and
// docs/deploy-nginx.md. The commit is GITHUB_SHA in Actions, otherwise git's HEAD.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeReleaseBundle } from '../src/deploy/release-bundle.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'release' } } });
if (!existsSync(join(values.site, 'index.html'))) {
  console.error(`${values.site}/ 中没有生成好的网站,请先运行 npm run build`);
  process.exit(1);
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const commit = process.env.GITHUB_SHA ?? execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
try {
  const manifest = writeReleaseBundle({ siteDir: values.site, outDir: values.out, name: pkg.name, version: pkg.version, commit });
  console.log(`发布包已写入 ${values.out}/:${manifest.archive}(${manifest.files} 个文件)、SHA256SUMS、manifest.json`);
  console.log(`版本 ${manifest.version},提交 ${manifest.commit},生成时间 ${manifest.built_at}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
