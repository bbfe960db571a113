// What the validator prints is safe where it is shown: a terminal, GitHub's log (workflow commands) and
// the Markdown step summary. The problems quote content, so hostile content is what these use.
import { describe, expect, test } from 'vitest';
import { githubAnnotation, markdownSummary, problemLine } from '../../src/content/report-problems.ts';
import type { Problem } from '../../src/content/problem.ts';

const problem = (message: string, file = 'content/reports/2023-Q1/01.yaml'): Problem => ({ file, line: 4, col: 9, severity: 'error', code: 'schema.invalid-value', field: 'status', message, fix: '可选: on_track' });

// A value that holds a line break and then a workflow command, an ANSI colour, a bidi override, an old-style command.
const HOSTILE = '"done\n::add-mask::secret\r\n::error file=x::forged\u001b[31m red\u202Egnp.exe ##[set-env name=X]" 不是有效状态';

describe('printed lines', () => {
  test('a problem is one line, with control and bidi characters as escapes, and no command on any line', () => {
    const line = problemLine(problem(HOSTILE));
    expect(line).toBe('content/reports/2023-Q1/01.yaml:4:9 error status: "done\\n::add-mask::secret\\r\\n::error file=x::forged\\u{1B}[31m red\\u{202E}gnp.exe \\u{23}#[set-env name=X]" 不是有效状态,可选: on_track');
    expect(line.split('\n')).toHaveLength(1);
  });

  test('a line that would start with :: (a file named so) does not', () => {
    expect(problemLine(problem('x', '::warning::x.yaml')).startsWith('::')).toBe(false);
    expect(problemLine(problem('x', '  ::warning::x.yaml')).trimStart().startsWith('::')).toBe(false);
  });

  test('an annotation is one command whose text cannot end it or start another', () => {
    const line = githubAnnotation(problem(HOSTILE));
    expect(line.split('\n')).toHaveLength(1);
    expect(line.match(/::/g)?.length).toBeGreaterThan(2); // the value's own :: stay inside the message
    expect(line.startsWith('::error file=content/reports/2023-Q1/01.yaml,line=4,col=9,title=schema.invalid-value status::')).toBe(true);
    expect(line).not.toContain('##[');
    expect(line).not.toContain('\u001b');
  });
});

describe('the Markdown step summary', () => {
  test('content never becomes a link, an image, an autolink or HTML', () => {
    const md = markdownSummary(1, [problem('[点我](https://evil.example/) ![x](https://evil.example/p.png) <img src=x onerror=alert(1)> www.evil.example a@evil.example | `code`')]);
    const row = md.split('\n').find((line) => line.startsWith('| 错误'))!;
    for (const syntax of ['[', ']', '(', ')', '<', '>', '`', 'https:', 'www.', '@', '![']) expect(row.slice(7)).not.toContain(syntax);
    // Still readable: the same words, as character references.
    expect(row).toContain('&#91;点我&#93;&#40;https&#58;//evil&#46;example/&#41;');
    // The pipe in the text does not add a column.
    expect(row.split(' | ')).toHaveLength(5);
  });
});
