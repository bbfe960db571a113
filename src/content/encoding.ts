// Which encoding a content file's bytes are in. Content is UTF-8; Chinese office software saves GB18030
// (GBK) by default, Notepad's "Unicode" is UTF-16. Either is published as mojibake if it is read as UTF-8
// without a check, so every file is decoded in fatal mode and anything else is named for what it looks
// like. Only Node's own decoders are used (TextDecoder knows gb18030 and utf-16 in fatal mode).

export type Encoding = 'gb18030' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | { ok: true; text: string }
  /** `converted` is the text when the guess decodes cleanly, so a rewrite as UTF-8 loses nothing. */
  | { ok: false; encoding: Encoding | 'unknown'; bom: boolean; converted?: string; line: number; col: number };

const decoder = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: false });
// The BOM is kept: the YAML reader allows one at the start and reports one anywhere else.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function attempt(label: string, bytes: Uint8Array): string | undefined {
  try {
    return decoder(label).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Text a person wrote: no control character other than tab and line ends, no private-use character. */
const PLAUSIBLE = (text: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\p{Co}\uFFFD]/u.test(text);

/** UTF-16 without a BOM: ASCII keys and punctuation leave a zero in every other byte. */
function utf16Order(bytes: Uint8Array): Encoding | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  // A CJK character can have a zero byte too (一 is 4E 00), so the other side need only be far rarer.
  if (oddZeros > pairs / 5 && evenZeros < oddZeros / 10) return 'utf-16le';
  if (evenZeros > pairs / 5 && oddZeros < evenZeros / 10) return 'utf-16be';
  return undefined;
}

/** Line and column (1-based, in characters) of the first byte that is not UTF-8. */
function firstBadByte(bytes: Uint8Array): { line: number; col: number } {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  let byteOffset = 0;
  let i = 0;
  for (const ch of lenient) {
    // A U+FFFD the file really contains is the bytes EF BF BD; any other is where decoding failed.
    if (ch === '\uFFFD' && !(bytes[byteOffset] === 0xef && bytes[byteOffset + 1] === 0xbf && bytes[byteOffset + 2] === 0xbd)) {
      const before = lenient.slice(0, i);
      return { line: before.split('\n').length, col: i - before.lastIndexOf('\n') };
    }
    byteOffset += encoder.encode(ch).length;
    i += ch.length;
  }
  return { line: 1, col: 1 };
}

export function decodeContent(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    // Not UTF-8: say what it is instead.
  }
  const at = { line: 1, col: 1 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return guess('utf-16le', true, attempt('utf-16le', bytes), at);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return guess('utf-16be', true, attempt('utf-16be', bytes), at);
  const order = utf16Order(bytes);
  if (order) return guess(order, false, attempt(order, bytes), at);
  const where = firstBadByte(bytes);
  const gb = attempt('gb18030', bytes);
  // Almost any bytes decode as GB18030. It is the answer only when the result reads as Chinese text and
  // the bytes are not mostly UTF-8: in a UTF-8 file with a few damaged bytes, the Chinese that decodes as
  // UTF-8 outnumbers what fails (GBK text forms a UTF-8 character only now and then, by accident).
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const count = (pattern: RegExp) => lenient.match(pattern)?.length ?? 0;
  const mostlyUtf8 = count(/\p{Script=Han}/gu) >= count(/\uFFFD/g);
  if (gb !== undefined && PLAUSIBLE(gb) && /\p{Script=Han}/u.test(gb) && !mostlyUtf8) return guess('gb18030', false, gb, where);
  return { ok: false, encoding: 'unknown', bom: false, ...where };
}

function guess(encoding: Encoding, bom: boolean, text: string | undefined, at: { line: number; col: number }): Decoded {
  const converted = text !== undefined && PLAUSIBLE(text) ? text : undefined;
  return { ok: false, encoding, bom, ...(converted === undefined ? {} : { converted }), ...at };
}

const NAMES: Record<Encoding | 'unknown', string> = {
  gb18030: 'GB18030/GBK(中文 Windows、WPS 和旧版记事本的默认编码)',
  'utf-16le': 'UTF-16 LE(记事本中称为“UTF-16 LE”或“Unicode”)',
  'utf-16be': 'UTF-16 BE(记事本中称为“UTF-16 BE”)',
  unknown: '其他编码(不是 UTF-8,也不像 GB18030 或 UTF-16)',
};

/** How to save a file as UTF-8, in the three editors staff use. */
export const SAVE_AS_UTF8 =
  '请把文件另存为 UTF-8:记事本“文件 → 另存为”,底部“编码”选“UTF-8”;WPS 另存为“纯文本”,编码选“UTF-8”;VS Code 点右下角状态栏的编码名,选“通过编码保存”→“UTF-8”';

/** The Chinese message and fix for a file that is not UTF-8. */
export function encodingMessage(decoded: Extract<Decoded, { ok: false }>): { message: string; fix: string } {
  const bom = decoded.encoding.startsWith('utf-16') ? (decoded.bom ? ',带 BOM' : ',不带 BOM') : '';
  const message = `文件不是 UTF-8 编码,看起来是 ${NAMES[decoded.encoding]}${bom};按 UTF-8 发布会成为乱码`;
  const auto = decoded.converted !== undefined ? ';或运行 npm run validate -- --fix-encoding 自动转换' : '';
  return { message, fix: `${SAVE_AS_UTF8}${auto}` };
}

/** Short names for what --fix-encoding says it changed. */
export const ENCODING_LABELS: Record<Encoding, string> = { gb18030: 'GB18030/GBK', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' };
