import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeReleaseBundle } from '../../src/deploy/release-bundle.ts';

const root = mkdtempSync(join(tmpdir(), 'release-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const STAMP = '2024-04-10T08:00:00.000Z';
const site = join(root, 'site-in');
mkdirSync(join(site, 'data'), { recursive: true });
mkdirSync(join(site, 'tasks', '3'), { recursive: true });
writeFileSync(join(site, 'index.html'), '<!doctype html><title>首页</title>');
writeFileSync(join(site, 'tasks', '3', 'index.html'), '<p>任务 3</p>');
writeFileSync(join(site, 'data', 'tasks.json'), JSON.stringify({ meta: { generated_at: STAMP } }));
const options = { siteDir: site, name: 'plan-tracker', version: '1.2.3', commit: 'a'.repeat(40) };

test('the bundle unpacks to site/ and verifies with sha256sum -c; a changed file fails', () => {
  const out = join(root, 'out');
  const manifest = writeReleaseBundle({ ...options, outDir: out });
  const archiveSha = execFileSync('sha256sum', [join(out, 'site.tar.gz')], { encoding: 'utf8' }).split(' ')[0];
  expect(manifest).toEqual({ name: 'plan-tracker', version: '1.2.3', commit: 'a'.repeat(40), built_at: STAMP, files: 3, archive: 'site.tar.gz', archive_sha256: archiveSha });
  expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toEqual(manifest);
  execFileSync('tar', ['-xzf', 'site.tar.gz'], { cwd: out });
  const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
  expect(check.status).toBe(0);
  expect(check.stdout).toBe(['site.tar.gz: OK', 'site/data/tasks.json: OK', 'site/index.html: OK', 'site/tasks/3/index.html: OK', ''].join('\n'));
  // Owners and times are the build's, not the machine's.
  const listing = execFileSync('tar', ['-tvzf', 'site.tar.gz', '--numeric-owner'], { cwd: out, encoding: 'utf8' });
  expect(listing).toMatch(/^-rw-r--r-- 0\/0 +\d+ 2024-04-10 \d\d:00 site\/data\/tasks\.json$/m);
  writeFileSync(join(out, 'site', 'index.html'), '<!doctype html><title>改过</title>');
  const tampered = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
  expect(tampered.status).toBe(1);
  expect(tampered.stdout).toContain('site/index.html: FAILED');
});

test('two bundles of one build are identical, byte for byte', () => {
  writeReleaseBundle({ ...options, outDir: join(root, 'a') });
  writeReleaseBundle({ ...options, outDir: join(root, 'b') });
  for (const file of ['site.tar.gz', 'SHA256SUMS', 'manifest.json']) expect(readFileSync(join(root, 'a', file)).equals(readFileSync(join(root, 'b', file))), file).toBe(true);
});

test('a folder without the build stamp is refused, in Chinese', () => {
  const bare = join(root, 'bare');
  mkdirSync(join(bare, 'data'), { recursive: true });
  writeFileSync(join(bare, 'data', 'tasks.json'), '{}');
  expect(() => writeReleaseBundle({ ...options, siteDir: bare, outDir: join(root, 'c') })).toThrow('bare/data/tasks.json 中没有生成时间(meta.generated_at):请先运行 npm run build');
});
