// The Content-Security-Policy in every built page of every built site: the meta tag comes before any
// script (a script above it runs unchecked), no page inlines a script or a style (so the hash sources
// Astro adds allow nothing, and the nginx header can leave them out), and the policy is the header's
// (src/site/csp.ts) less what only a header can carry.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cspHeader, HEADER_ONLY_DIRECTIVES, policyWithoutHashes } from '../../src/site/csp.ts';
import { builtPages } from './built-files.ts';
import { ALL_SITES } from './sites.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const decode = (text: string) => text.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** What is wrong with one page's policy, as lines (empty: nothing). */
export function cspProblems(html: string, expected: Map<string, string[]>): string[] {
  const meta = CSP_META.exec(html);
  if (!meta) return ['no CSP meta tag'];
  const problems: string[] = [];
  const firstScript = html.search(/<script\b/i);
  if (firstScript !== -1 && firstScript < meta.index) problems.push('a <script> comes before the CSP meta tag');
  if (/<script\b(?![^>]*\bsrc=)[^>]*>/i.test(html)) problems.push('an inline <script>');
  if (/<style\b/i.test(html) || /\sstyle="/i.test(html)) problems.push('an inline style');
  const actual = policyWithoutHashes(decode(meta[1]!));
  if (JSON.stringify([...actual]) !== JSON.stringify([...expected])) problems.push(`policy ${JSON.stringify([...actual])}`);
  return problems;
}

const headerOnly = new Set(HEADER_ONLY_DIRECTIVES.map((d) => d.split(' ')[0]));
const expected = new Map([...policyWithoutHashes(cspHeader())].filter(([name]) => !headerOnly.has(name)));

describe('cspProblems', () => {
  const good = `<head><meta http-equiv="content-security-policy" content="${cspHeader().replace("; frame-ancestors 'self'", '')} 'sha256-abc='"></head><body><script src="/a.js"></script>`;
  test('accepts the policy after which scripts load', () => {
    expect(cspProblems(good, expected)).toEqual([]);
  });
  test('finds a script above the policy, an inline script and another policy', () => {
    expect(cspProblems(`<script src="/e.js"></script>${good}`, expected)).toEqual(['a <script> comes before the CSP meta tag']);
    expect(cspProblems(`${good}<script>alert(1)</script>`, expected)).toEqual(['an inline <script>']);
    expect(cspProblems(good.replace("object-src 'none'", "object-src 'self'"), expected)[0]).toMatch(/^policy /);
    expect(cspProblems('<head></head>', expected)).toEqual(['no CSP meta tag']);
  });
});

for (const site of ALL_SITES) {
  test(`${site.name}: every page has the policy before any script, and nothing inline`, () => {
    const pages = builtPages(site.root);
    expect(pages.length).toBeGreaterThan(50);
    const wrong = pages.flatMap(({ path, file }) => cspProblems(readFileSync(file, 'utf8'), expected).map((p) => `${path}: ${p}`));
    expect(wrong).toEqual([]);
  });
}
