// Making what the validator prints safe where it is shown. Messages quote content (a value, a file name),
// and content comes from anyone who opens a pull request:
// - a terminal acts on control characters (colours, cursor moves, a bell) and bidi controls reorder a line;
// - GitHub's runner reads any printed line that starts with `::` as a workflow command (and `##[` anywhere
//   as an old-style one): a value holding a line break and `::add-mask::` or `::error` would be obeyed;
// - the step summary is Markdown: a value could become a link, an image or HTML there.
import { HIDDEN_ANYWHERE } from '../schema/invisible.ts';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const UNSAFE = new RegExp(`[\\t\\n\\r]|${HIDDEN_ANYWHERE.source}`, 'gu');
const escape = (ch: string) => NAMED[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`;

/** One printed line whatever the text holds: control, invisible and bidi characters as visible escapes. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escape).replaceAll('##[', '\\u{23}#[');
}

/** A line no workflow runner reads as a command: escaped as above, and never starting with `::`. */
export function printedLine(text: string): string {
  const line = terminalSafe(text);
  return /^\s*::/.test(line) ? `\\u{3A}${line.trimStart().slice(1)}` : line;
}

// Markdown and HTML syntax, and what GitHub's autolinker starts from (`:` of https://, `.` of www., `@`).
const MARKDOWN_SPECIAL = /[\\`*_[\]()<>!|~&:@.]/g;

/** Text for a Markdown table cell that stays text: every character with a meaning there as an entity. */
export function markdownText(text: string): string {
  return terminalSafe(text).replace(MARKDOWN_SPECIAL, (ch) => `&#${ch.codePointAt(0)};`);
}
