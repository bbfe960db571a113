// npm run check:reproducible: builds the site twice (two full builds, about 30 s of work) into temp
// folders with two different SOURCE_DATE_EPOCH values and compares them with src/site/reproducible.ts.
// Equal apart from the listed stamp means a build with a fixed SOURCE_DATE_EPOCH is byte-identical.
// Not part of npm test (it doubles the build time); run it before a release or after build changes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareBuilds, STAMPED_FILES } from '../src/site/reproducible.ts';

const { values } = parseArgs({ options: { demo: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });
const root = mkdtempSync(join(tmpdir(), 'reproducible-'));
const epochs = [1_700_000_000, 1_700_086_400];
const builds = epochs.map((epoch, i) => {
  const dir = join(root, `build-${i + 1}`);
  const args = ['scripts/build.ts', '--out', dir, ...(values.demo ? ['--demo'] : [])];
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch) } });
  if (run.status !== 0) {
    console.error(`第 ${i + 1} 次生成失败`);
    process.exit(run.status ?? 1);
  }
  return { dir, stamp: new Date(epoch * 1000).toISOString() };
});
const differences = compareBuilds(builds[0]!, builds[1]!);
if (!values.keep) rmSync(root, { recursive: true, force: true });
if (differences.length > 0) {
  console.error(`两次生成的结果不同(已排除 ${STAMPED_FILES.join('、')} 中的生成时间):\n${differences.join('\n')}`);
  process.exit(1);
}
console.log(`两次生成的结果一致(${values.demo ? '演示构建' : '正式构建'};生成时间只出现在 ${STAMPED_FILES.join('、')} 中)。`);
