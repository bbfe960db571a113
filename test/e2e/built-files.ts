// The HTML files of a built site, as the static checks read them (links, html-validate, rel on external
// links): every page and 长辈模式 twin, not Pagefind's own files.
import { join } from 'node:path';
import { walkEntries } from '../../src/fs/walk.ts';

export interface BuiltPage {
  /** Path inside the built folder, with forward slashes ('tasks/3/index.html'). */
  path: string;
  /** The file on disk. */
  file: string;
}

export function builtPages(root: string): BuiltPage[] {
  return walkEntries(root, { skip: (dir) => dir === 'pagefind' })
    .filter(({ path, entry }) => entry.isFile() && path.endsWith('.html'))
    .map(({ path }) => ({ path, file: join(root, path) }));
}
