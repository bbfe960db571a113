// The release bundle for a domestic server: the built site as site.tar.gz (one folder, site/), a
// SHA256SUMS list that `sha256sum -c` checks (the archive itself, and after unpacking every file) and
// manifest.json (version, commit, build time). Reproducible: the archive is written by the system tar
// with names sorted, owners zeroed and every time set to the build's own stamp, and gzip without a
// name or time in its header, so one build gives one bundle, byte for byte.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from '../fs/walk.ts';

/** The top folder inside the archive: `tar -xzf site.tar.gz` gives site/. */
export const BUNDLE_DIR = 'site';
export const BUNDLE_FILES = { archive: 'site.tar.gz', sums: 'SHA256SUMS', manifest: 'manifest.json' } as const;

export interface Manifest {
  name: string;
  version: string;
  commit: string;
  /** The build's stamp (data/tasks.json meta.generated_at), not the time the bundle was made. */
  built_at: string;
  files: number;
  archive: string;
  archive_sha256: string;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The build stamp the site was built with, from its own data file. */
export function buildStamp(siteDir: string): string {
  const stamp = (JSON.parse(readFileSync(join(siteDir, 'data', 'tasks.json'), 'utf8')) as { meta?: { generated_at?: string } }).meta?.generated_at;
  if (!stamp || Number.isNaN(Date.parse(stamp))) throw new Error(`${siteDir}/data/tasks.json 中没有生成时间(meta.generated_at):请先运行 npm run build`);
  return stamp;
}

export function tarGz(siteDir: string, files: readonly string[], mtime: string): Buffer {
  const seconds = Math.floor(Date.parse(mtime) / 1000);
  const tar = execFileSync(
    'tar',
    ['--create', '--file=-', '--sort=name', `--mtime=@${seconds}`, '--owner=0', '--group=0', '--numeric-owner', '--format=gnu',
      `--transform=s,^,${BUNDLE_DIR}/,`, '--directory', siteDir, '--', ...files],
    { maxBuffer: 1024 * 1024 * 1024 },
  );
  return gzipSync(tar, { level: 9 });
}

/** Writes the three files into `outDir` and returns the manifest. */
export function writeReleaseBundle(options: { siteDir: string; outDir: string; name: string; version: string; commit: string }): Manifest {
  const { siteDir, outDir } = options;
  const builtAt = buildStamp(siteDir);
  const files = listFiles(siteDir);
  const archive = tarGz(siteDir, files, builtAt);
  const archiveSha = sha256(archive);
  // Two spaces: sha256sum's text-mode line. The archive first, so the download can be checked before unpacking.
  const sums = [`${archiveSha}  ${BUNDLE_FILES.archive}`, ...files.map((file) => `${sha256(readFileSync(join(siteDir, file)))}  ${BUNDLE_DIR}/${file}`)];
  const manifest: Manifest = { name: options.name, version: options.version, commit: options.commit, built_at: builtAt, files: files.length, archive: BUNDLE_FILES.archive, archive_sha256: archiveSha };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, BUNDLE_FILES.archive), archive);
  writeFileSync(join(outDir, BUNDLE_FILES.sums), `${sums.join('\n')}\n`);
  writeFileSync(join(outDir, BUNDLE_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
