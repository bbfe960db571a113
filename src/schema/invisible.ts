// Characters a reader cannot see but a search, a copy or a screen reader does: Unicode's whole
// Default_Ignorable_Code_Point set (zero-width, bidi controls, soft hyphen, Hangul fillers, tag
// characters, variation selectors), control characters, lone surrogates and blank-looking signs.
// Taken as a class from Unicode's own properties, so a newly found one is already covered.
// Two members are part of visible text and stay allowed where they belong: the zero-width joiner
// inside an emoji sequence (👩‍💻) and a variation selector after a CJK ideograph (葛󠄀) or an emoji (❤️);
// tag characters only in an emoji flag sequence (🏴 + tags).

// Tab, LF and CR are layout in long text; a one-line field has its own rule for them.
const CONTROL = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
// Not default-ignorable but shown as nothing: line/paragraph separators, the braille blank, the object
// replacement character (what a pasted picture leaves behind).
const BLANK_LOOKING = '\\u2028\\u2029\\u2800\\uFFFC';
const ZWJ = '\\u200D';
const VARIATION_SELECTORS = '\\uFE00-\\uFE0F\\u{E0100}-\\u{E01EF}';
const TAGS = '\\u{E0020}-\\u{E007F}';
const ALL = `\\p{Default_Ignorable_Code_Point}\\p{Cs}${CONTROL}${BLANK_LOOKING}`;

/** Every hidden character, none allowed: for addresses and identifiers. */
export const HIDDEN_ANYWHERE = new RegExp(`[${ALL}]`, 'u');

/**
 * Hidden characters in prose: the same class, except a joiner between two emoji, a variation selector
 * after an ideograph or emoji, and tag characters after 🏴. Every lookaround is bounded, so the scan
 * stays linear in the text's length (and the pattern doubles as the JSON Schema's, see text.ts).
 */
export const HIDDEN_IN_PROSE = new RegExp(
  [
    `(?![${ZWJ}${VARIATION_SELECTORS}${TAGS}])[${ALL}]`,
    `(?<!\\p{Extended_Pictographic}[\\uFE0F\\u{1F3FB}-\\u{1F3FF}]?)${ZWJ}`,
    `${ZWJ}(?!\\p{Extended_Pictographic})`,
    `(?<![\\p{Script=Han}\\p{Emoji}])[${VARIATION_SELECTORS}]`,
    `(?<![\\u{1F3F4}${TAGS}])[${TAGS}]`,
  ].join('|'),
  'u',
);

const NAMES: Record<number, string> = {
  0x00ad: '软连字符',
  0x115f: '韩文填充符',
  0x1160: '韩文填充符',
  0x180e: '蒙古文元音分隔符',
  0x200b: '零宽空格',
  0x200c: '零宽不连字',
  0x200d: '零宽连字',
  0x200e: '从左到右标记',
  0x200f: '从右到左标记',
  0x2028: '行分隔符',
  0x2029: '段分隔符',
  0x202a: '双向文字控制符',
  0x202b: '双向文字控制符',
  0x202c: '双向文字控制符',
  0x202d: '双向文字控制符',
  0x202e: '双向文字控制符',
  0x2060: '零宽不换行符',
  0x2066: '双向文字控制符',
  0x2067: '双向文字控制符',
  0x2068: '双向文字控制符',
  0x2069: '双向文字控制符',
  0x2800: '盲文空白',
  0x3164: '韩文填充符',
  0xfeff: '零宽不换行空格(BOM)',
  0xffa0: '半角韩文填充符',
  0xfffc: '对象替换符(粘贴图片留下的)',
};

/** `U+200B`, and the character's common name when it has one (`U+200B(零宽空格)`). */
export function codePointName(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[cp] ?? (cp >= 0xd800 && cp <= 0xdfff ? '不成对的代理项,文字已损坏' : undefined);
  return name ? `${hex}(${name})` : hex;
}
