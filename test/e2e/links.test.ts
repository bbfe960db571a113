// Every internal link and anchor in every built site resolves, as the preview server resolves it (under
// the site's base path), to a file (and an id) in the build.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { resolveFile } from '../../src/server/static-server.ts';
import { builtPages } from './built-files.ts';
import { ALL_SITES } from './sites.ts';

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe.each(ALL_SITES)('$root', (site) => {
  test('every internal link and anchor resolves under the base path', () => {
    const pages = builtPages(site.root);
    expect(pages.length).toBeGreaterThan(50);
    const idCache = new Map<string, Set<string>>();
    const broken: string[] = [];
    for (const { path, file } of pages) {
      const html = readFileSync(file, 'utf8');
      const address = site.urls.url(path.replace(/(^|\/)index\.html$/, '$1'));
      for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = match[1]!.replaceAll('&amp;', '&');
        if (/^(https?:|mailto:|tel:|data:)/.test(raw)) continue;
        const url = new URL(raw, `http://site${address}`);
        const target = resolveFile(site.root, site.urls.base, url.pathname);
        if (!target) {
          broken.push(`${address} → ${raw}`);
          continue;
        }
        if (url.hash && target.endsWith('.html')) {
          const anchor = decodeURIComponent(url.hash.slice(1));
          if (!idCache.has(target)) idCache.set(target, ids(readFileSync(target, 'utf8')));
          if (!idCache.get(target)!.has(anchor)) broken.push(`${address} → ${raw} (no #${anchor})`);
        }
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
  });
});
