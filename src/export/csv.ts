// CSV that Excel on Chinese Windows opens correctly: UTF-8 with BOM, CRLF, RFC 4180 quoting.

export interface Column<T> {
  /** Stable English header. */
  key: string;
  /** Chinese meaning, shown in the data dictionary on /data/. */
  label: string;
  value: (row: T) => string | number | null | undefined;
}

function field(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const lines = [columns.map((c) => field(c.key)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
