// The checksum list of a frozen quarter, in sha256sum's own format, so anyone can check an archive with
// `sha256sum -c SHA256SUMS` and no tool of ours; the build and the validator check it the same way.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkEntries } from '../fs/walk.ts';

export const CHECKSUM_FILE = 'SHA256SUMS';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Pure: the list for files given by name (forward slashes), sorted, one `hash  name` line each. */
export function checksumList(files: ReadonlyMap<string, Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map((name) => `${sha256(files.get(name)!)}  ${name}\n`)
    .join('');
}

/** What is wrong with one frozen folder: a line of the list (1-based) or a file, and why. */
export interface ChecksumMismatch {
  /** The file the problem is in: the list itself, or a file the list does not name. */
  file: string;
  line: number;
  message: string;
  fix: string;
}

const LINE = /^([0-9a-f]{64}) [ *](.+)$/;

/** Checks every file of `dir` against its list: changed, missing and unlisted files alike. */
export function checkFrozenFolder(dir: string, restore: string): ChecksumMismatch[] {
  let list: string;
  try {
    list = readFileSync(join(dir, CHECKSUM_FILE), 'utf8');
  } catch {
    return [{ file: CHECKSUM_FILE, line: 1, message: '归档缺少校验清单 SHA256SUMS', fix: restore }];
  }
  const out: ChecksumMismatch[] = [];
  const listed = new Set<string>();
  // Only plain files are frozen: a link would make the archive whatever it points at, elsewhere or later.
  const entries = walkEntries(dir);
  for (const { path, entry } of entries) {
    if (!entry.isFile()) out.push({ file: path, line: 1, message: '归档中只能有普通文件,这里是符号链接或其他特殊文件', fix: '请删除它,恢复冻结时的文件(git restore)' });
  }
  const plainFiles = new Set(entries.filter((e) => e.entry.isFile()).map((e) => e.path));
  const lines = list.split('\n');
  lines.forEach((text, i) => {
    if (text === '' && i === lines.length - 1) return;
    const match = LINE.exec(text);
    if (!match) {
      out.push({ file: CHECKSUM_FILE, line: i + 1, message: '校验清单的这一行格式不对', fix: restore });
      return;
    }
    const [, hash, name] = match as unknown as [string, string, string];
    if (listed.has(name)) {
      out.push({ file: CHECKSUM_FILE, line: i + 1, message: `校验清单中 ${name} 出现了不止一次`, fix: restore });
      return;
    }
    listed.add(name);
    // Names are the folder's own files: nothing above it, nothing that is not a plain file in it.
    if (!plainFiles.has(name)) {
      out.push({ file: CHECKSUM_FILE, line: i + 1, message: `已冻结的文件 ${name} 不见了`, fix: restore });
      return;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, name));
    } catch {
      out.push({ file: CHECKSUM_FILE, line: i + 1, message: `已冻结的文件 ${name} 不见了`, fix: restore });
      return;
    }
    if (sha256(bytes) !== hash) out.push({ file: CHECKSUM_FILE, line: i + 1, message: `已冻结的文件 ${name} 被改动了(SHA-256 与冻结时不符)`, fix: restore });
  });
  for (const name of plainFiles) {
    if (name !== CHECKSUM_FILE && !listed.has(name)) out.push({ file: name, line: 1, message: '归档中多出了冻结时没有的文件', fix: '归档冻结后不能增加文件:请删除它' });
  }
  return out;
}
