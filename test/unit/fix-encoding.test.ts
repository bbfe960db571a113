// `npm run validate -- --fix-encoding`: the committed converted fixtures are exactly what the converter
// makes of the GB18030 and UTF-16 reports, and a file whose encoding is not certain is left as it is.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixEncodings } from '../../src/content/fix-encoding.ts';
import { decodeContent } from '../../src/content/encoding.ts';
import { INVALID, MINIMAL } from './fixture-corpus.ts';

const REPORT = 'reports/2023-Q1/01.yaml';

function converted(caseName: string) {
  const dir = mkdtempSync(join(tmpdir(), 'fix-encoding-'));
  try {
    cpSync(join(INVALID, caseName, 'files'), dir, { recursive: true });
    const before = readFileSync(join(dir, REPORT));
    return { changes: fixEncodings(dir), before, after: readFileSync(join(dir, REPORT)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.each([
  ['report-saved-as-gb18030', 'gb18030', 'accepted-report-converted-from-gb18030'],
  ['report-saved-as-utf16le-with-bom', 'utf-16le', 'accepted-report-converted-from-utf16le'],
  ['report-saved-as-utf16be-without-bom', 'utf-16be', 'accepted-report-converted-from-utf16be'],
])('%s is rewritten as UTF-8 (%s), as committed in %s', (caseName, from, convertedCase) => {
  const { changes, after } = converted(caseName);
  expect(changes).toEqual([{ path: REPORT, from }]);
  expect(after.equals(readFileSync(join(INVALID, convertedCase, 'files', REPORT)))).toBe(true);
  // The text is the original report's, line ends apart (Notepad's UTF-16 was saved with CRLF).
  expect(after.toString('utf8').replaceAll('\r\n', '\n')).toBe(readFileSync(join(MINIMAL, REPORT), 'utf8'));
});

test('a file that is not clearly one encoding is not touched', () => {
  const { changes, before, after } = converted('report-utf8-with-stray-bytes-is-no-known-encoding');
  expect(changes).toEqual([]);
  expect(after.equals(before)).toBe(true);
});

test('UTF-8 files are left alone and a BOM at the start is kept for the reader to accept', () => {
  expect(decodeContent(Buffer.from('\uFEFFtask: 1\n'))).toEqual({ ok: true, text: '\uFEFFtask: 1\n' });
});
