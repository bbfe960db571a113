// zod issues → Chinese messages with the fix, without a file position. Pure and free of node: modules:
// the validator (zod-problems.ts adds file:line:col) and the browser submission form show the same words.
// The zh-CN locale that ships with zod is the fallback; the common cases get a message a member of staff
// can act on and, where one exists, the fix.
import { z } from 'zod';
// The one locale, imported by itself: `z.locales` would pull all of zod's languages into the browser bundle.
import zhCN from 'zod/v4/locales/zh-CN.js';
import { COMPARATOR, PATTERN_FIXES, STATUS } from '../schema/index.ts';

z.config(zhCN());

// What the user wrote, as they wrote it.
// A long value is cut: a 250,000-character paste should not come back as a 250,000-character message.
function shown(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `"${value.slice(0, 80)}…"(共 ${value.length} 字)` : `"${value}"`;
  if (value === null || value === undefined) return '空值';
  // What YAML's .nan and .inf become; show them as written.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'object') return '多个字段';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  array: '列表(每项以 "- " 开头)',
  object: '多个字段(键: 值)',
  boolean: '是/否',
};

const labelsOf = (vocabulary: Record<string, { label: string }>) =>
  Object.fromEntries(Object.entries(vocabulary).map(([key, { label }]) => [key, label]));
const ENUM_LABELS: Record<string, Record<string, string>> = { status: labelsOf(STATUS), comparator: labelsOf(COMPARATOR) };
const ENUM_NAMES: Record<string, string> = { status: '状态', comparator: '比较方式', kind: '单位类型', recurring: '重复周期' };

const FULL_WIDTH_NUMBER = /^[\s０-９．。,，%％+-]+$/;

function invalidType(issue: z.core.$ZodIssueInvalidType, value: unknown): { message: string; fix?: string } {
  const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
  if (value === undefined) return { message: '缺少必填字段', fix: `请添加该字段(${expected})` };
  if (issue.expected === 'number' && typeof value === 'string') {
    if (FULL_WIDTH_NUMBER.test(value) || /[０-９％]/.test(value)) {
      return { message: `${shown(value)} 含有全角数字或符号`, fix: '请用半角数字,不带单位或百分号,例如 85' };
    }
    if (/^[\d.]+\s*[%万亿个户所人]/.test(value)) {
      return { message: `${shown(value)} 不是数字`, fix: '只写数字,单位已在目标中定义;1.5万 写作 15000' };
    }
    if (/^[+-]?\d{1,3}([_,]\d{3})+(\.\d+)?$/.test(value)) {
      return { message: `${shown(value)} 不是数字`, fix: `数字中间不要加 _ 或逗号,写作 ${value.replace(/[_,]/g, '')}` };
    }
    return { message: `${shown(value)} 不是数字`, fix: '请写阿拉伯数字,不加引号,例如 85' };
  }
  if (issue.expected === 'number' && typeof value === 'number' && !Number.isFinite(value)) {
    return { message: `${shown(value)} 不是有限的数字`, fix: '请写实际数值' };
  }
  if (issue.expected === 'string' && (typeof value === 'boolean' || typeof value === 'number')) {
    return { message: `应为${expected},实际是 ${shown(value)}`, fix: `请给该值加上引号,例如 "${String(value)}"` };
  }
  if (value === null) return { message: '值为空', fix: `请填写${expected}` };
  const fix =
    issue.expected === 'object' && Array.isArray(value)
      ? '去掉行首的 "- ",每行写成 字段: 值'
      : issue.expected === 'array' && typeof value === 'object'
        ? '每一项另起一行,以 "- " 开头'
        : undefined;
  return { message: `应为${expected},实际是${TYPE_NAMES[Array.isArray(value) ? 'array' : typeof value] ?? typeof value}`, fix };
}

/** One zod issue in words: where (field path), what is wrong and how to fix it. */
export interface IssueMessage {
  path: readonly PropertyKey[];
  /** Stable code without the `schema.` prefix, e.g. `missing-field`, `invalid-value`, `invalid-text`. */
  code: string;
  message: string;
  fix?: string;
  /** True when the problem is the key itself (an unknown field). */
  key?: boolean;
  /** Text inside the value the problem is about (an invisible character, a phone number). */
  find?: string;
}

/** The value at a field path of the data that was validated. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** One message per zod issue (one per key for unknown keys); `data` is what was validated. */
export function issueMessages(error: z.ZodError, data: unknown): IssueMessage[] {
  const messages: IssueMessage[] = [];
  for (const issue of error.issues) {
    const path = issue.path;
    const value = valueAt(data, path);
    const at = (message: string, fix: string | undefined, code: string, subPath: readonly PropertyKey[] = path, key = false, find?: string) =>
      messages.push({ path: subPath, code, message, ...(fix === undefined ? {} : { fix }), ...(key ? { key } : {}), ...(find === undefined ? {} : { find }) });
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          at(`未知字段 "${key}"`, `请删除或改正(是否拼错?)`, 'unknown-field', [...path, key], true);
        }
        break;
      case 'invalid_type': {
        const { message, fix } = invalidType(issue, value);
        at(message, fix, value === undefined ? 'missing-field' : 'invalid-type');
        break;
      }
      case 'invalid_value': {
        const field = String(path.at(-1));
        const labels = ENUM_LABELS[field];
        const allowed = issue.values.map((v) => (labels?.[String(v)] ? `${String(v)}(${labels[String(v)]})` : String(v))).join(', ');
        if (value === undefined) at('缺少必填字段', `请添加该字段,可选: ${allowed}`, 'missing-field');
        else at(`${shown(value)} 不是有效${ENUM_NAMES[field] ?? '值'}`, `可选: ${allowed}`, 'invalid-value');
        break;
      }
      case 'too_small':
        if (issue.origin === 'array') at(`至少需要 ${issue.minimum} 项`, undefined, 'too-small');
        else if (issue.origin === 'number') at(`${shown(value)} 太小,不能小于 ${issue.minimum}`, undefined, 'too-small');
        else at(issue.message, undefined, 'too-small');
        break;
      case 'too_big':
        if (issue.origin === 'array') at(`最多 ${issue.maximum} 项`, undefined, 'too-big');
        else at(`${shown(value)} 太大,不能大于 ${issue.maximum}`, undefined, 'too-big');
        break;
      case 'invalid_format':
        at(
          value === undefined ? issue.message : `${shown(value)}: ${issue.message}`,
          issue.format === 'regex' ? PATTERN_FIXES.get(issue.pattern ?? '') : undefined,
          'invalid-format',
        );
        break;
      case 'custom': {
        const params = (issue.params ?? {}) as { fix?: string; find?: string };
        at(issue.message, params.fix, 'invalid-text', path, false, params.find);
        break;
      }
      default:
        at(issue.message, undefined, issue.code.replaceAll('_', '-'));
    }
  }
  return messages;
}
