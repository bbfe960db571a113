// Writes the 长辈模式 twin of every built page under {outDir}/elderly/ (see src/site/elderly-twin.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ELDERLY_DIR, elderlyTwin } from '../src/site/elderly-twin.ts';

export function writeElderlyTwins(outDir: string, base: string): number {
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
    // 404.html is served by the host for any missing URL, never at /elderly/404.html.
    (file) => file.endsWith('.html') && file !== '404.html' && !file.startsWith(`${ELDERLY_DIR}/`) && !file.startsWith('pagefind/'),
  );
  for (const file of pages) {
    const target = join(outDir, ELDERLY_DIR, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, elderlyTwin(readFileSync(join(outDir, file), 'utf8'), base));
  }
  return pages.length;
}
