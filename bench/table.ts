// Formatting benchmark results: numbers people can read and a Markdown table that also reads as plain text.

export const seconds = (ms: number) => (ms >= 100_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);

export function bytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : '–');

export const rate = (count: number, ms: number) => (ms > 0 ? `${Math.round((count * 1000) / ms).toLocaleString('en-US')}/s` : '–');

export const thousands = (n: number) => n.toLocaleString('en-US');

/** A Markdown table with columns padded to equal width; numeric-looking columns are right-aligned. */
export function markdownTable(headers: string[], rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uFFFF]/u.test(ch) ? 2 : 1), 0);
  const numeric = headers.map((_, c) => rows.length > 0 && rows.every((row) => /^[\d.,–-]/.test(row[c] ?? '')));
  const widths = headers.map((h, c) => Math.max(3, width(h), ...rows.map((row) => width(row[c] ?? ''))));
  const pad = (s: string, c: number) => {
    const fill = ' '.repeat(widths[c]! - width(s));
    return numeric[c] ? fill + s : s + fill;
  };
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (numeric[c] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
