// `npx astro build` is the whole build: with the same SOURCE_DATE_EPOCH it writes the same files, byte for
// byte, as `npm run build` (search index and 长辈模式 twins included).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { compareBuilds } from '../../src/site/reproducible.ts';
import { buildWith } from '../../scripts/build-with.ts';

const root = mkdtempSync(join(tmpdir(), 'one-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('astro build and npm run build give the same dist/', { timeout: 240_000 }, () => {
  const epoch = 1_700_000_000;
  const viaScript = join(root, 'script');
  const viaAstro = join(root, 'astro');
  expect(buildWith('script', { outDir: viaScript, epoch })).toBe(0);
  expect(buildWith('astro', { outDir: viaAstro, epoch })).toBe(0);
  for (const dir of [viaScript, viaAstro]) {
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'elderly', 'index.html'))).toBe(true);
  }
  const stamp = new Date(epoch * 1000).toISOString();
  expect(compareBuilds({ dir: viaScript, stamp }, { dir: viaAstro, stamp })).toEqual([]);
});
