// One build, either through `npm run build`'s script or as plain `astro build` with the same build kind
// in the environment: the reproducibility check and its test compare the two.
import { spawnSync } from 'node:child_process';
import { buildEnv } from '../src/site/build-kind.ts';

export function buildWith(how: 'script' | 'astro', options: { outDir: string; demo?: boolean; epoch: number }): number {
  const env = { ...process.env, SOURCE_DATE_EPOCH: String(options.epoch), ASTRO_TELEMETRY_DISABLED: '1' };
  const run =
    how === 'script'
      ? spawnSync(process.execPath, ['scripts/build.ts', '--out', options.outDir, ...(options.demo ? ['--demo'] : [])], { stdio: ['ignore', 'ignore', 'inherit'], env })
      : spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
          stdio: ['ignore', 'ignore', 'inherit'],
          env: { ...env, ...buildEnv({ outDir: options.outDir, demo: options.demo }) },
        });
  return run.status ?? 1;
}
