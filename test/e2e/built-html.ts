// The HTML pages of a build, for the tests that read every page. Pagefind's folder holds the search
// index, never a page, so it is not walked.
import { join } from 'node:path';
import { listFiles } from '../../src/fs/walk.ts';

/** Paths (joined to `root`) of every .html file in the build at `root`, sorted. */
export const htmlFiles = (root: string): string[] =>
  listFiles(root, { skip: (folder) => folder.split('/').at(-1) === 'pagefind' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => join(root, path));
