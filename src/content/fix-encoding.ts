// `npm run validate -- --fix-encoding`: rewrites content files saved as GB18030 or UTF-16 as UTF-8, only
// when the bytes decode cleanly as that encoding (src/content/encoding.ts), and says what it changed.
// Links are not followed: a file is rewritten only where it really is.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkEntries } from '../fs/walk.ts';
import { decodeContent, type Encoding } from './encoding.ts';

export interface Conversion {
  /** Relative to the folder given, forward slashes. */
  path: string;
  from: Encoding;
}

const TEXT_FILE = /\.(?:ya?ml|txt)$/;

export function fixEncodings(dir: string): Conversion[] {
  const done: Conversion[] = [];
  for (const { path, entry } of walkEntries(dir)) {
    if (!entry.isFile() || !TEXT_FILE.test(path)) continue;
    const full = join(dir, path);
    const decoded = decodeContent(readFileSync(full));
    if (decoded.ok || decoded.encoding === 'unknown' || decoded.converted === undefined) continue;
    // The BOM of UTF-16 is dropped by the decoder; UTF-8 needs none.
    writeFileSync(full, decoded.converted.replace(/^\uFEFF/, ''), 'utf8');
    done.push({ path, from: decoded.encoding });
  }
  return done;
}
