// Field builders shared by every schema: what a valid piece of text, date, id or URL is.
// Problems found here carry a Chinese message and, in `params.fix`, how to fix it.
import { z } from 'zod';

import { codePointName, HIDDEN_ANYWHERE, HIDDEN_IN_PROSE } from './invisible.ts';
import { brokenPercentEncoding, nonPublicHost } from './public-url.ts';

// Every pattern below runs on text of any length (a paste of 250,000 characters in the form), so none
// may backtrack over the text more than a bounded number of times: a run of letters, spaces or `<`
// is scanned once from its start (the lookbehinds), never from each of its characters.

// Personal data that must never be published (政府网站信息发布保密审查).
// Digits as typed, half- or full-width (from a Chinese input method); a mobile number also as 139 1234 5678
// or 139-1234-5678.
const MOBILE_NUMBER = /(?<![0-9０-９])[1１][3-9３-９][0-9０-９][ \-－]?[0-9０-９]{4}[ \-－]?[0-9０-９]{4}(?![0-9０-９])/;
const RESIDENT_ID = /(?<![0-9０-９XxＸｘ])[0-9０-９]{17}[0-9０-９XxＸｘ](?![0-9０-９XxＸｘ])/;
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/;
// A tag ends at the first `>`; `[^<>]` keeps a text full of `<` from being rescanned from each one.
const HTML_TAG = /<\s*(?:\/\s*)?[a-zA-Z][^<>]*>/;
// A line break with visible text on both sides: what a one-line field may not contain once trimmed.
// Anchored at the start, so it is tried once (the form of it for the untrimmed JSON Schema value).
const INNER_LINE_BREAK = /^\s*\S[^\r\n]*[\r\n][\s\S]*\S/;

// JSON Schema keywords for editors (src/export/json-schema.ts). zod's refinements do not appear in a
// JSON Schema, so each builder states here, next to its rule and from the same patterns, the part of
// it that a JSON Schema can check. The parity test (test/unit/json-schema.test.ts) holds them together.
// `type` inside `not`, so a value of the wrong type gets only the type error, not one per pattern.
const forbid = (pattern: RegExp) => ({ not: { type: 'string', pattern: pattern.source } });


/** Text shown to the public: trimmed (also U+3000 and NBSP), NFC, visible characters only, no personal data. */
export function prose(options: { multiline?: boolean; max?: number } = {}) {
  const max = options.max ?? (options.multiline ? 5000 : 200);
  // Not checkable in a JSON Schema: NFC (a normalisation, not a pattern). Approximate: length is
  // counted in code points of the text as written (zod counts UTF-16 units after trimming).
  const jsonSchema = {
    maxLength: max,
    allOf: [
      { pattern: '\\S' }, // not empty once trimmed (JS \s includes U+3000 and NBSP)
      forbid(HIDDEN_IN_PROSE),
      ...(options.multiline ? [] : [forbid(INNER_LINE_BREAK)]),
      forbid(HTML_TAG),
      forbid(MOBILE_NUMBER),
      forbid(RESIDENT_ID),
      forbid(EMAIL),
    ],
  };
  return z
    .string()
    // String#trim removes what JS calls white space, U+3000 and NBSP included; a `\s+$` regex would
    // rescan a long run of inner spaces from each of them.
    .transform((value) => value.trim())
    .superRefine((value, ctx) => {
      if (value.length === 0) {
        ctx.addIssue({ code: 'custom', message: '不能为空', params: { fix: '请填写内容(只有空格也算空)' } });
        return;
      }
      // Too long is the one problem worth saying: the other checks would only cost time on a paste.
      if (value.length > max) {
        ctx.addIssue({ code: 'custom', message: `过长(${value.length} 字,最多 ${max} 字)`, params: { fix: '请精简文字' } });
        return;
      }
      const invisible = HIDDEN_IN_PROSE.exec(value);
      if (invisible) {
        ctx.addIssue({
          code: 'custom',
          message: `含有不可见字符 ${codePointName(invisible[0])}`,
          params: { fix: '请删除该字符(常见于从网页或 Word 复制的文字)', find: invisible[0] },
        });
      }
      if (!options.multiline && /[\r\n]/.test(value)) {
        ctx.addIssue({ code: 'custom', message: '只能写一行', params: { fix: '请把换行去掉;较长的说明写在 details 中' } });
      }
      if (value.normalize('NFC') !== value) {
        // `find` locates the first decomposed character (a letter followed by combining marks).
        const decomposed = [...value.matchAll(/\P{M}\p{M}+/gu)].find(([m]) => m.normalize('NFC') !== m)?.[0];
        ctx.addIssue({ code: 'custom', message: '文字不是 Unicode NFC 规范形式', params: { fix: '请重新输入该段文字(不要从 PDF 复制)', find: decomposed } });
      }
      const tag = HTML_TAG.exec(value);
      if (tag) {
        ctx.addIssue({ code: 'custom', message: '含有 HTML 标签', params: { fix: '请只写纯文字;网页链接写在 evidence 中', find: tag[0] } });
      }
      // The matched personal data is only used to locate the problem; it is never put in a message.
      const mobile = MOBILE_NUMBER.exec(value);
      if (mobile) {
        ctx.addIssue({ code: 'custom', message: '疑似含有手机号码(个人信息不得公开)', params: { fix: '请删除个人手机号码,可改写单位公开电话', find: mobile[0] } });
      }
      const residentId = RESIDENT_ID.exec(value);
      if (residentId) {
        ctx.addIssue({ code: 'custom', message: '疑似含有居民身份证号码(个人信息不得公开)', params: { fix: '请删除身份证号码', find: residentId[0] } });
      }
      const email = EMAIL.exec(value);
      if (email) {
        ctx.addIssue({ code: 'custom', message: '疑似含有电子邮箱地址(个人信息不得公开)', params: { fix: '请删除邮箱地址', find: email[0] } });
      }
    })
    .meta(jsonSchema);
}

// Kangxi and CJK radicals look like the ideographs they come from (⼈ U+2F08 and 人), full-width letters
// and digits like ASCII ones: a name written with them differs from the same name in the plan and in
// search. Punctuation is left out: （） and 、 are how Chinese names are written.
const COMPATIBILITY_FORM = /[\p{L}\p{N}\u2E80-\u2FDF]/u;

/** A name as the plan writes it: no letter, digit or radical that NFKC would replace. */
export function plainName(value: string, ctx: z.core.$RefinementCtx<string>) {
  for (const ch of value) {
    if (!COMPATIBILITY_FORM.test(ch)) continue;
    const plain = ch.normalize('NFKC');
    if (plain === ch) continue;
    ctx.addIssue({
      code: 'custom',
      message: `“${ch}”(${codePointName(ch)})是兼容字符,与“${plain}”看起来一样,却是另一个字符`,
      params: { fix: `请改为“${plain}”(从方案原文复制单位名称)`, find: ch },
    });
    return;
  }
}

/** Stable ASCII identifiers, used in URLs. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slug = () => z.string().regex(SLUG_PATTERN, { message: '标识只能用小写英文字母、数字和连字符' });

/** zod keeps no params on regex issues, so the fix for each pattern lives here, keyed by its source. */
export const PATTERN_FIXES = new Map<string, string>([[String(SLUG_PATTERN), '例如 hotline-coverage;可用的标识见 content/ 中对应文件']]);

// JSON Schema: the shape and month/day ranges; whether the day exists in that month (2023-02-30) is not checked.
const ISO_DATE_SHAPE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** YYYY-MM-DD naming a day that exists (2023-02-29 does not). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
  return date.getUTCMonth() === +match[2]! - 1 && date.getUTCDate() === +match[3]!;
}

export const isoDate = () =>
  z.string().meta({ format: 'date', pattern: ISO_DATE_SHAPE.source }).superRefine((value, ctx) => {
    if (!isIsoDate(value)) {
      ctx.addIssue({ code: 'custom', message: `"${value}" 不是有效日期`, params: { fix: '日期格式为 YYYY-MM-DD,例如 2023-03-31' } });
    }
  });

// A web address as written: literally `https://` or `http://` (lower case) and then no whitespace and no
// control or invisible characters anywhere. `new URL` alone is not enough: it strips tabs and newlines
// inside the text and leading control characters, and reads `https:example.com` as https://example.com/,
// so "ht\ttps://…" or "\u0001https://…" would pass while a browser or another tool reads them differently.
// JSON Schema: the same prefix and character rule; what only parsing can tell (a valid host) is left to the validator.
const URL_ODD_CHAR = new RegExp(`\\s|${HIDDEN_ANYWHERE.source}`, 'u');
const WEB_URL_SHAPE = new RegExp(`^https?://(?!${URL_ODD_CHAR.source})[^/?#](?:(?!${URL_ODD_CHAR.source})[\\s\\S])*$`, 'u');
const URL_FIX = '只能填写以 https:// 开头的网址(http:// 也可)';
/** Longer than any page address a browser bar shows in full; a longer one is a pasted search or session. */
export const MAX_URL_LENGTH = 2000;
const PUBLIC_FIX = '佐证材料须是公众能打开的网页:请改用单位官网或政府网站上的公开链接';

export const webUrl = () =>
  z.string().meta({ pattern: WEB_URL_SHAPE.source, maxLength: MAX_URL_LENGTH }).superRefine((value, ctx) => {
    const refuse = (message: string, fix: string) => ctx.addIssue({ code: 'custom', message, params: { fix } });
    if (value.length > MAX_URL_LENGTH) {
      refuse(`网址过长(${value.length} 个字符,最多 ${MAX_URL_LENGTH} 个)`, `请填写材料所在网页的地址,不要粘贴搜索结果或登录后的地址;${URL_FIX}`);
      return;
    }
    const odd = URL_ODD_CHAR.exec(value);
    if (odd) {
      const what = HIDDEN_ANYWHERE.test(odd[0]) ? `不可见字符 ${codePointName(odd[0])}` : '空格、Tab 或换行';
      ctx.addIssue({ code: 'custom', message: `网址中含有${what}`, params: { fix: `请删除网址中的${what}(常见于复制粘贴);${URL_FIX}`, find: odd[0] } });
      return;
    }
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || !WEB_URL_SHAPE.test(value) || url.hostname === '') {
      refuse('不是有效的网页地址', URL_FIX);
      return;
    }
    // Published for anyone to read: a user name or password in it would be published too.
    if (url.username !== '' || url.password !== '') {
      refuse('网址中含有用户名或密码(@ 之前的部分),会随网站公开', `请删除 :// 与 @ 之间的内容;需要登录才能打开的材料不能作为公开佐证。${PUBLIC_FIX}`);
      return;
    }
    const host = nonPublicHost(url);
    if (host) {
      refuse(`网址不是公开地址: ${host}`, PUBLIC_FIX);
      return;
    }
    if (brokenPercentEncoding(value)) {
      refuse('网址中的 % 编码不完整或已损坏(% 后应是两位十六进制数字)', '请从浏览器地址栏重新复制完整网址');
    }
  });

export const positiveInt = () => z.number().int().min(1);
