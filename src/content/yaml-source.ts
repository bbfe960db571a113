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
  MULTILINE_IMPLICIT_KEY: { message: '字段名必须写在一行内', fix: '检查上一行的引号是否成对、冒号后是否有空格' },
  MISSING_CHAR: { message: '缺少字符(如引号或括号未闭合)', fix: '检查引号、括号是否成对' },
  UNCLOSED_QUOTE: { message: '引号没有成对:从这里开始的引号没有结束', fix: '在这段文字末尾补上同样的引号,或删除开头的引号' },
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

const emptyFile = (file: string) => fileProblem(file, 'file.empty', '文件是空的', '请按 CONTRIBUTING.md 中的模板填写内容');

function fileProblem(file: string, code: string, message: string, fix?: string, line = 1, col = 1): Problem {
  return { file, line, col, severity: 'error', code, field: '', message, fix };
}

/**
 * The source of a file read on another thread (src/content/read-files.ts): only its text crossed over,
 * so the document is parsed again here the first time a later check needs a position in it.
 */
export function reparsedSource(file: string, text: string): YamlSource {
  let parsed: YamlSource | undefined;
  const parse = () => (parsed ??= parseYamlSource(file, text).source);
  return {
    file,
    text,
    get data() {
      return parse().data;
    },
    get doc() {
      return parse().doc;
    },
    get lineCounter() {
      return parse().lineCounter;
    },
  };
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
    problems.push(emptyFile(file));
    return { source, problems };
  }
  const bom = text.indexOf('\uFEFF');
  if (bom >= 0) {
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
  // A tab used as indentation throws the parser off for the rest of the block: report the tabs only,
  // not the dozen follow-on errors they cause.
  const tabs = doc.errors.filter((error) => error.code === 'TAB_AS_INDENT');
  for (const error of tabs.length > 0 ? tabs : doc.errors) {
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
      // The parser notices a missing closing quote only at the end of the file; point at the opening one.
      problems.push(yamlProblem(source, openingQuote(doc, error.pos[0]) ?? error.pos[0], 'UNCLOSED_QUOTE'));
    } else {
      problems.push(yamlProblem(source, error.pos[0], error.code, error.message));
    }
  }
  for (const warning of doc.warnings) problems.push(yamlProblem(source, warning.pos[0], warning.code, warning.message));

  if (doc.directives.yaml.explicit || Object.keys(doc.directives.tags).some((handle) => !['!', '!!'].includes(handle))) {
    problems.push(fileProblem(file, 'yaml.directive', '不允许使用 %YAML 或 %TAG 指令', '删除以 % 开头的行'));
  }
  // Aliases are rejected before anything expands them, so a "billion laughs" file costs no more than its size.
  // Anchors, aliases and tags all need one of & * ! in the text; most files have none, and walking
  // every node of 24,000 files costs about a tenth of the validation time at province scale.
  if (/[&*!]/.test(text)) visit(doc, {
    Alias(_key, node) {
      problems.push(yamlProblem(source, node.range?.[0] ?? 0, 'BAD_ALIAS'));
    },
    Node(_key, node) {
      // A node's range starts after its anchor and tag; point at the `&` and the `!` themselves.
      const start = node.range?.[0] ?? 0;
      if (node.anchor) {
        const at = text.lastIndexOf(`&${node.anchor}`, start);
        problems.push(yamlProblem(source, at >= 0 ? at : start, 'BAD_ALIAS'));
      }
      if (node.tag && (isScalar(node) || isMap(node) || isSeq(node))) {
        const at = explicitTagOffset(text, node);
        if (at !== undefined) problems.push(yamlProblem(source, at, 'TAG_RESOLVE_FAILED'));
      }
    },
  });
  if (problems.length > 0) return { source, problems: dedupe(problems) };
  if (doc.contents === null) return { source, problems: [emptyFile(file)] };

  source.data = doc.toJS({ maxAliasCount: 0 });
  return { source, problems };
}

// The composer sets `tag` on nodes it resolved from a `!` tag in the text; plain nodes have none.
// Returns where that tag starts in the text.
function explicitTagOffset(text: string, node: Node): number | undefined {
  const start = node.range?.[0] ?? 0;
  if (text.startsWith('!', start)) return start;
  const from = Math.max(0, start - 64);
  const match = /![^\s]*\s*$/.exec(text.slice(from, start));
  return match ? from + match.index : undefined;
}

// The quoted scalar still open at `end` (where the parser gave up), for an unclosed quote.
function openingQuote(doc: Document, end: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const [start, valueEnd] = node.range ?? [0, 0];
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && start < end && valueEnd >= end) found = start;
    },
  });
  return found;
}

// YAML 1.1 (still what many tools and editors use) reads these plain words as true/false; the 1.2 core
// schema reads them as text. A text field written as a bare `on` or `no` means different things to
// different programs, so it has to be quoted.
const YAML11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** Unquoted values that YAML 1.1 would read as true/false; the caller reports those the schema accepted as text. */
export function yaml11Booleans(source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string' && YAML11_BOOLEAN.test(node.value)) {
      problems.push(
        problemAt(source, path, 'yaml.ambiguous-bool', `应为文字,但不加引号的 ${node.value} 在 YAML 1.1 中表示是/否,有的程序会读错`, `请给该值加上引号,例如 "${node.value}"`),
      );
    }
  };
  walk(source.doc?.contents, []);
  return problems;
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
 * `find` points at the first place that text occurs inside the value (an invisible character, a phone
 * number in a long text), falling back to the start of the value when it is not written literally.
 */
export function locate(
  source: YamlSource,
  path: readonly PropertyKey[],
  options: { key?: boolean; find?: string } = {},
): { line: number; col: number } {
  const doc = source.doc;
  if (!doc?.contents) return { line: 1, col: 1 };
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node).range?.[0] ?? 0;
  let found = path.length === 0;
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
    found = isLast;
  }
  const range = (node as Node | null)?.range;
  if (found && options.find && range) {
    const at = source.text.indexOf(options.find, offset);
    if (at >= 0 && at + options.find.length <= range[1]) offset = at;
  }
  return source.lineCounter.linePos(offset);
}

export function problemAt(
  source: YamlSource,
  path: readonly PropertyKey[],
  code: string,
  message: string,
  fix?: string,
  options: { key?: boolean; find?: string; severity?: Problem['severity'] } = {},
): Problem {
  const { line, col } = locate(source, path, options);
  return { file: source.file, line, col, severity: options.severity ?? 'error', code, field: fieldPath(path), message, fix };
}
