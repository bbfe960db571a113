import { expect, test } from 'vitest';
import { githubNewFileUrl, MAX_GITHUB_URL } from '../../../src/client/submit/github-link.ts';

test('the new-file page with the path and the content', () => {
  expect(githubNewFileUrl('https://github.com/o/r/', 'release/2025', 'content/reports/2025-Q1/05.yaml', 'a: 1\n')).toEqual({
    url: 'https://github.com/o/r/new/release/2025?filename=content%2Freports%2F2025-Q1%2F05.yaml&value=a%3A%201%0A',
    withContent: true,
  });
});

test('content too long for a URL: the page without it', () => {
  const link = githubNewFileUrl('https://github.com/o/r', 'main', 'x.yaml', '字'.repeat(MAX_GITHUB_URL));
  expect(link).toEqual({ url: 'https://github.com/o/r/new/main?filename=x.yaml', withContent: false });
});
