// npm run check:reproducible: three builds into temp folders, compared with src/site/reproducible.ts:
//  1. `npm run build`'s script and 2. plain `astro build`, with the same SOURCE_DATE_EPOCH: byte-identical
//     (the whole build happens inside Astro, src/build/integration.ts);
//  3. the script again with another SOURCE_DATE_EPOCH: equal apart from the listed stamp.
// Not part of npm test (test/e2e/one-build.test.ts does the first comparison there); run it before a
// release or after build changes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareBuilds, STAMPED_FILES } from '../src/site/reproducible.ts';
import { buildWith } from './build-with.ts';

const { values } = parseArgs({ options: { demo: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });
const root = mkdtempSync(join(tmpdir(), 'reproducible-'));
const runs = [
  { how: 'script', epoch: 1_700_000_000 },
  { how: 'astro', epoch: 1_700_000_000 },
  { how: 'script', epoch: 1_700_086_400 },
] as const;
const builds = runs.map(({ how, epoch }, i) => {
  const dir = join(root, `build-${i + 1}`);
  const status = buildWith(how, { outDir: dir, demo: values.demo, epoch });
  if (status !== 0) {
    console.error(`第 ${i + 1} 次生成失败(${how === 'astro' ? 'astro build' : 'npm run build'})`);
    process.exit(status);
  }
  return { dir, stamp: new Date(epoch * 1000).toISOString() };
});
const sameEpoch = compareBuilds(builds[0]!, builds[1]!);
const otherEpoch = compareBuilds(builds[0]!, builds[2]!);
if (!values.keep) rmSync(root, { recursive: true, force: true });
if (sameEpoch.length > 0) console.error(`npm run build 与 astro build 的结果不同:\n${sameEpoch.join('\n')}`);
if (otherEpoch.length > 0) console.error(`两次生成的结果不同(已排除 ${STAMPED_FILES.join('、')} 中的生成时间):\n${otherEpoch.join('\n')}`);
if (sameEpoch.length + otherEpoch.length > 0) process.exit(1);
console.log(`npm run build 与 astro build 结果一致;两次生成的结果一致(${values.demo ? '演示构建' : '正式构建'};生成时间只出现在 ${STAMPED_FILES.join('、')} 中)。`);
