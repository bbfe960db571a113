// Slips of a Chinese input method or an old editor that the YAML reader would only report as a confusing
// syntax error far from the cause: line ends of a lone CR (classic Mac, some exports), a full-width colon
// after a field name (`status：on_track`), full-width spaces (U+3000) as indentation. Each is named with
// the character and the fix. One pass over the lines: linear in the file's length.
import { codePointName } from '../schema/invisible.ts';

export interface Slip {
  line: number;
  col: number;
  code: string;
  message: string;
  fix: string;
}

const LONE_CR = /\r(?!\n)/;
// Indentation (ASCII spaces, then the full-width ones) before what can only be YAML structure: a list
// dash or a known field name. A paragraph of `details` indented with 　　 as Chinese text is, stays text.
const FULL_WIDTH_INDENT = /^( *)(\u3000+)[ \u3000]*(?:- |([A-Za-z_][A-Za-z0-9_]*)\s*[:：])/;
const FULL_WIDTH_COLON = /^([ \u3000]*(?:- +)?)([A-Za-z_][A-Za-z0-9_]*)\s*：/;

/** Every slip in `text` (without its BOM); `keys` are the field names its schema knows. */
export function typingSlips(text: string, keys: ReadonlySet<string>): Slip[] {
  const cr = LONE_CR.exec(text);
  if (cr) {
    const before = text.slice(0, cr.index);
    return [
      {
        line: before.split('\n').length,
        col: cr.index - before.lastIndexOf('\n'),
        code: 'file.line-end-cr',
        message: `换行符是单独的 CR(${codePointName('\r')},旧式 Mac 换行),YAML 读不出分行`,
        fix: '请把换行符改为 LF:VS Code 点右下角的“CR”改选“LF”后保存;记事本中另存为一次即可',
      },
    ];
  }
  const slips: Slip[] = [];
  text.split('\n').forEach((line, i) => {
    const indent = FULL_WIDTH_INDENT.exec(line);
    if (indent && (indent[3] === undefined || keys.has(indent[3]))) {
      slips.push({
        line: i + 1,
        col: indent[1]!.length + 1,
        code: 'yaml.full-width-indent',
        message: `缩进中有全角空格“　”(${codePointName('\u3000')})`,
        fix: '请删除行首的全角空格,改用半角空格缩进(切换到英文输入法,每级 2 个空格)',
      });
    }
    const colon = FULL_WIDTH_COLON.exec(line);
    if (colon && keys.has(colon[2]!)) {
      slips.push({
        line: i + 1,
        col: colon[0].length,
        code: 'yaml.full-width-colon',
        message: `字段名 ${colon[2]} 后面是全角冒号“：”(${codePointName('：')})`,
        fix: `请改为半角冒号加空格,例如 ${colon[2]}: 值(切换到英文输入法再输入冒号)`,
      });
    }
  });
  return slips;
}
