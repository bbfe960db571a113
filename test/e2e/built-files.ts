// The HTML files of a built site, as the static checks read them (links, html-validate, rel on external
// links): every page and 长辈模式 twin, not Pagefind's own files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkEntries } from '../../src/fs/walk.ts';
import { isRedirectPage } from '../../src/site/published-urls.ts';

export interface BuiltPage {
  /** Path inside the built folder, with forward slashes ('tasks/3/index.html'). */
  path: string;
  /** The file on disk. */
  file: string;
}

/**
 * The site's own HTML pages. The redirect pages of moved addresses are left out: they have no navigation,
 * footer or policy of their own, and test/e2e/redirects.test.ts checks them apart.
 */
export function builtPages(root: string): BuiltPage[] {
  return walkEntries(root, { skip: (dir) => dir === 'pagefind' })
    .filter(({ path, entry }) => entry.isFile() && path.endsWith('.html'))
    .map(({ path }) => ({ path, file: join(root, path) }))
    .filter(({ file }) => !isRedirectPage(readFileSync(file, 'utf8')));
}
