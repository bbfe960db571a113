// The checksum list of a frozen quarter, in sha256sum's own format, so anyone can check an archive with
// `sha256sum -c SHA256SUMS` and no tool of ours; the build and the validator check it the same way.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../fs/walk.ts';

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
  const lines = list.split('\n');
  lines.forEach((text, i) => {
    if (text === '' && i === lines.length - 1) return;
    const match = LINE.exec(text);
    if (!match) {
      out.push({ file: CHECKSUM_FILE, line: i + 1, message: '校验清单的这一行格式不对', fix: restore });
      return;
    }
    const [, hash, name] = match as unknown as [string, string, string];
    listed.add(name);
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, name));
    } catch {
      out.push({ file: CHECKSUM_FILE, line: i + 1, message: `已冻结的文件 ${name} 不见了`, fix: restore });
      return;
    }
    if (sha256(bytes) !== hash) out.push({ file: CHECKSUM_FILE, line: i + 1, message: `已冻结的文件 ${name} 被改动了(SHA-256 与冻结时不符)`, fix: restore });
  });
  for (const name of listFiles(dir)) {
    if (name !== CHECKSUM_FILE && !listed.has(name)) out.push({ file: name, line: 1, message: '归档中多出了冻结时没有的文件', fix: '归档冻结后不能增加文件:请删除它' });
  }
  return out;
}
