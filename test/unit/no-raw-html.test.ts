// Content reaches pages only as text: Astro escapes `{expr}`, so the ways around that are banned in src/.
// set:html / set:text with raw markup, innerHTML and friends, and define:vars (content inside a script)
// would each let a report's text become markup. The search excerpts use src/client/excerpt.ts instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listFiles } from '../../src/fs/walk.ts';

const RAW_HTML = /set:html|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|createContextualFragment|define:vars|\bv-html\b|dangerouslySetInnerHTML/;

const sourceFiles = (dir: string) =>
  listFiles(dir)
    .filter((path) => /\.(astro|ts|tsx|js|mjs|mdx|md)$/.test(path))
    .map((path) => join(dir, path));

test('no source file in src/ (or public/) writes raw HTML', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('public')];
  expect(files.length).toBeGreaterThan(50);
  const hits = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
      .filter(({ line }) => RAW_HTML.test(line) && !/^\s*(\/\/|\*|<!--)/.test(line))
      .map(({ line, at }) => `${at}: ${line.trim()}`),
  );
  expect(hits).toEqual([]);
});
