// Every internal link and anchor in the built sites resolves to a file (and an id) in the build.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from './built-html.ts';
import { resolveFile } from '../../src/server/static-server.ts';


const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe.each(['dist', 'dist-demo'])('%s', (root) => {
  test('every internal link and anchor resolves', () => {
    const files = htmlFiles(root);
    expect(files.length).toBeGreaterThan(50);
    const idCache = new Map<string, Set<string>>();
    const broken: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const pagePath = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
      for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = match[1]!.replaceAll('&amp;', '&');
        if (/^(https?:|mailto:|data:)/.test(raw)) continue;
        const url = new URL(raw, `http://site${pagePath}`);
        const target = resolveFile(root, url.pathname);
        if (!target) {
          broken.push(`${pagePath} → ${raw}`);
          continue;
        }
        if (url.hash && target.endsWith('.html')) {
          const anchor = decodeURIComponent(url.hash.slice(1));
          if (!idCache.has(target)) idCache.set(target, ids(readFileSync(target, 'utf8')));
          if (!idCache.get(target)!.has(anchor)) broken.push(`${pagePath} → ${raw} (no #${anchor})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
