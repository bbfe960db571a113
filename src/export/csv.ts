// CSV that Excel on Chinese Windows opens correctly: UTF-8 with BOM, CRLF, RFC 4180 quoting.
//
// Cells are written exactly as the data holds them, also text that starts with = + - @ (which a
// spreadsheet may take for a formula when the file is opened by double-click). Prefixing "'" would make
// the CSV differ from the JSON and the YAML and break scripts that read it; the text is reviewed content
// that the validator has checked, and /data/ tells spreadsheet users to import the file as text.
// test/unit/open-data.test.ts holds both: the round trip and that such text comes back unchanged.

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
