// Safe YAML reading with source positions. Content files are plain data: one document,
// YAML 1.2 core schema (a date stays a string), no aliases, no tags, no directives, bounded size.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { fieldPath, type Problem } from './problem.ts';

/** A validated value and the file it came from, for locating later problems. */
export interface Located<T> {
  value: T;
  source: YamlSource;
}

export const MAX_FILE_BYTES = 256 * 1024;

export interface YamlSource {
  file: string;
  text: string;
  /** Plain JS data, present only when the file parsed without problems. */
  data?: unknown;
  doc?: Document;
  lineCounter: LineCounter;
}

const YAML_ERROR_MESSAGES: Record<string, { message: string; fix?: string }> = {
  DUPLICATE_KEY: { message: '同一层级中出现了重复的字段名', fix: '删除或合并重复的字段' },
  TAB_AS_INDENT: { message: '不能用 Tab 键缩进', fix: '请改用空格缩进(每级 2 个空格)' },
  BAD_INDENT: { message: '缩进不正确', fix: '同一层级的字段要左对齐,用空格缩进' },
  MULTIPLE_DOCS: { message: '一个文件中只能有一份内容(出现了 ---)', fix: '删除多余的 --- 及其后的内容' },
  BLOCK_AS_IMPLICIT_KEY: { message: '字段名或冒号位置不对', fix: '检查上一行是否缺少冒号后的空格,或缩进是否对齐' },
  MISSING_CHAR: { message: '缺少字符(如引号或括号未闭合)', fix: '检查引号、括号是否成对' },
  BAD_DQ_ESCAPE: { message: '双引号中的转义字符无效', fix: '反斜杠 \\ 需写成 \\\\,或改用单引号' },
  UNEXPECTED_TOKEN: { message: '出现了意外的符号', fix: '检查冒号、短横线和引号的使用' },
  TAG_RESOLVE_FAILED: { message: '不允许使用标签(以 ! 开头的类型标记)', fix: '删除 ! 开头的标记,直接写值' },
  BAD_ALIAS: { message: '不允许使用锚点和别名(& 和 *)', fix: '把内容直接写出来' },
};

function yamlProblem(source: YamlSource, offset: number, code: string, extra?: string): Problem {
  const known = YAML_ERROR_MESSAGES[code];
  const { line, col } = source.lineCounter.linePos(offset);
  return {
    file: source.file,
    line,
    col,
    severity: 'error',
    code: `yaml.${code.toLowerCase().replaceAll('_', '-')}`,
    field: '',
    message: known ? known.message : `YAML 格式错误${extra ? `(${extra})` : ''}`,
    fix: known?.fix ?? '检查缩进(用空格)、冒号后的空格和引号是否成对',
  };
}

function fileProblem(file: string, code: string, message: string, fix?: string, line = 1, col = 1): Problem {
  return { file, line, col, severity: 'error', code, field: '', message, fix };
}

/** Reads one YAML file's text. Returns the source (with data when valid) and every problem found. */
export function parseYamlSource(file: string, raw: string): { source: YamlSource; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const source: YamlSource = { file, text: raw, lineCounter };
  const problems: Problem[] = [];

  if (Buffer.byteLength(raw, 'utf8') > MAX_FILE_BYTES) {
    problems.push(fileProblem(file, 'file.too-large', `文件过大(超过 ${MAX_FILE_BYTES / 1024} KiB)`, '一个文件只写一个任务或一份季度报告;长篇材料请以链接形式放在 evidence 中'));
    return { source, problems };
  }
  // One leading BOM is what Windows editors write; anywhere else it is an invisible character.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  source.text = text;
  if (text.trim() === '') {
    problems.push(fileProblem(file, 'file.empty', '文件是空的', '请按 CONTRIBUTING.md 中的模板填写内容'));
    return { source, problems };
  }
  const bom = text.indexOf('\uFEFF');
  if (bom >= 0) {
    parseDocument('', { lineCounter }); // keep lineCounter empty; compute position directly
    const before = text.slice(0, bom).split('\n');
    problems.push(fileProblem(file, 'text.invisible-char', '含有不可见字符 U+FEFF', '请删除该字符', before.length, before.at(-1)!.length + 1));
    return { source, problems };
  }

  const doc = parseDocument(text, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    strict: true,
    merge: false,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  source.doc = doc;
  for (const error of doc.errors) problems.push(yamlProblem(source, error.pos[0], error.code, error.message));
  for (const warning of doc.warnings) problems.push(yamlProblem(source, warning.pos[0], warning.code, warning.message));

  if (doc.directives.yaml.explicit || Object.keys(doc.directives.tags).some((handle) => !['!', '!!'].includes(handle))) {
    problems.push(fileProblem(file, 'yaml.directive', '不允许使用 %YAML 或 %TAG 指令', '删除以 % 开头的行'));
  }
  // Aliases are rejected before anything expands them, so a "billion laughs" file costs no more than its size.
  visit(doc, {
    Alias(_key, node) {
      problems.push(yamlProblem(source, node.range?.[0] ?? 0, 'BAD_ALIAS'));
    },
    Node(_key, node) {
      if (node.anchor) problems.push(yamlProblem(source, node.range?.[0] ?? 0, 'BAD_ALIAS'));
      if (node.tag && (isScalar(node) || isMap(node) || isSeq(node)) && hasExplicitTag(text, node)) {
        problems.push(yamlProblem(source, node.range?.[0] ?? 0, 'TAG_RESOLVE_FAILED'));
      }
    },
  });
  if (problems.length > 0) return { source, problems: dedupe(problems) };

  source.data = doc.toJS({ maxAliasCount: 0 });
  return { source, problems };
}

// The composer sets `tag` on nodes it resolved from a `!` tag in the text; plain nodes have none.
function hasExplicitTag(text: string, node: Node): boolean {
  const start = node.range?.[0] ?? 0;
  return /![^\s]*\s*$/.test(text.slice(Math.max(0, start - 64), start)) || text.startsWith('!', start);
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.col}:${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The source position of a field path. For an unknown key pass `{ key: true }` to point at the key
 * itself; a path that does not exist (a missing field) points at the nearest existing parent.
 */
export function locate(source: YamlSource, path: readonly PropertyKey[], options: { key?: boolean } = {}): { line: number; col: number } {
  const doc = source.doc;
  if (!doc?.contents) return { line: 1, col: 1 };
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node).range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (isLast && options.key) {
        offset = keyNode.range?.[0] ?? offset;
        break;
      }
      const valueNode = pair.value as Node | null;
      offset = valueNode?.range?.[0] ?? keyNode.range?.[0] ?? offset;
      node = valueNode;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return source.lineCounter.linePos(offset);
}

export function problemAt(
  source: YamlSource,
  path: readonly PropertyKey[],
  code: string,
  message: string,
  fix?: string,
  options: { key?: boolean; severity?: Problem['severity'] } = {},
): Problem {
  const { line, col } = locate(source, path, options);
  return { file: source.file, line, col, severity: options.severity ?? 'error', code, field: fieldPath(path), message, fix };
}
