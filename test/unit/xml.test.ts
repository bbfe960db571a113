import { XMLParser } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { escapeXml } from '../../src/export/xml.ts';

test('escapes the five markup characters, apostrophe included, and nothing else', () => {
  expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  expect(escapeXml('天门 市 — 进展 %20 #')).toBe('天门 市 — 进展 %20 #');
  expect(escapeXml('')).toBe('');
});

test('an entity already in the text is escaped again, so it reads back as written', () => {
  expect(escapeXml('&amp; &apos;')).toBe('&amp;amp; &amp;apos;');
});

test('an XML parser reads the escaped text back, in content and in attributes of either quote', () => {
  const text = `<b>"引号" 'apos' & 更多</b>`;
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
  const doc = parser.parse(`<r a="${escapeXml(text)}" b='${escapeXml(text)}'>${escapeXml(text)}</r>`);
  expect(doc.r['#text']).toBe(text);
  expect(doc.r['@a']).toBe(text);
  expect(doc.r['@b']).toBe(text);
});
