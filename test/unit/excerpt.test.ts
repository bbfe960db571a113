// Search excerpts become text and <mark> only (src/client/excerpt.ts), never markup.
import { expect, test } from 'vitest';
import { excerptParts } from '../../src/client/excerpt.ts';

test('marks become highlighted parts; escaped < and > become text', () => {
  expect(excerptParts('a &lt;img src=x <mark>onerror</mark>=alert(1)&gt; b')).toEqual([
    { text: 'a <img src=x ', mark: false },
    { text: 'onerror', mark: true },
    { text: '=alert(1)> b', mark: false },
  ]);
});

test('other markup and entity-like text stay literal text', () => {
  expect(excerptParts('<img src=x onerror=alert(1)>&#60;b&#62;&amp;<mark>x')).toEqual([
    { text: '<img src=x onerror=alert(1)>&#60;b&#62;&amp;', mark: false },
    { text: 'x', mark: true },
  ]);
});
