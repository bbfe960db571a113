// Writes the 长辈模式 twin of every built page under {outDir}/elderly/ (see src/site/elderly-twin.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles } from '../fs/walk.ts';
import { elderlyTwin } from '../site/elderly-twin.ts';
import { ELDERLY_DIR } from '../site/url-scheme.ts';

export function writeElderlyTwins(outDir: string, base: string): number {
  const pages = listFiles(outDir, { skip: (dir) => dir === ELDERLY_DIR || dir === 'pagefind' })
    // 404.html is served by the host for any missing URL, never at /elderly/404.html.
    .filter((file) => file.endsWith('.html') && file !== '404.html');
  for (const file of pages) {
    const target = join(outDir, ELDERLY_DIR, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, elderlyTwin(readFileSync(join(outDir, file), 'utf8'), base));
  }
  return pages.length;
}
