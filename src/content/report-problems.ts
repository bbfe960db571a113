// How problems are shown: one line each for people, `::error` lines and a Markdown table for GitHub.
import type { Problem } from './problem.ts';
import { markdownText, printedLine, terminalSafe } from './echo.ts';

export function problemLine(p: Problem): string {
  const where = p.field ? `${p.field}: ` : '';
  return printedLine(`${p.file}:${p.line}:${p.col} ${p.severity} ${where}${p.message}${p.fix ? `,${p.fix}` : ''}`);
}

export function summaryLine(fileCount: number, problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return `${fileCount} files, ${errors} errors, ${problems.length - errors} warnings`;
}

// GitHub workflow commands: properties escape `%`, CR, LF, `:` and `,`; the message escapes `%`, CR, LF.
// Content is made terminal-safe first (no CR or LF is left to escape, and no `##[`).
const escapeData = (s: string) => terminalSafe(s).replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

export function githubAnnotation(p: Problem): string {
  const title = escapeProperty(`${p.code}${p.field ? ` ${p.field}` : ''}`);
  const text = escapeData(`${p.field ? `${p.field}: ` : ''}${p.message}${p.fix ? `,${p.fix}` : ''}`);
  return `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},col=${p.col},title=${title}::${text}`;
}

const cell = markdownText;

export function markdownSummary(fileCount: number, problems: Problem[]): string {
  const head = `### 内容校验结果\n\n${summaryLine(fileCount, problems)}\n`;
  if (problems.length === 0) return `${head}\n全部通过。\n`;
  const rows = problems.map((p) => `| ${p.severity === 'error' ? '错误' : '警告'} | ${cell(`${p.file}:${p.line}:${p.col}`)} | ${cell(p.field)} | ${cell(p.message)} | ${cell(p.fix ?? '')} |`);
  return `${head}\n| 级别 | 位置 | 字段 | 问题 | 修改建议 |\n|---|---|---|---|---|\n${rows.join('\n')}\n`;
}
